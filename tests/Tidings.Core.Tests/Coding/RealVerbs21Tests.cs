namespace Tidings.Tests.Coding;

/// <summary>
/// Real-news criticism and accusation told as a statement about another actor's conduct rather than with a verb of
/// criticising (session 21, realverbs21): a speaker who says an actor "failed" people criticises it (111); a speaker who
/// says an election or its votes were rigged or cast fraudulently accuses whoever did it (112); a stressed "need for" an act
/// is an appeal for it; a phone call received is the caller's; bilateral relations reviewed with a counterpart are a consultation;
/// an actor "to blame" for a harmful act is accused; refuting a claim denies it.
/// </summary>
public class RealVerbs21Tests
{
    [Theory]
    // an actor said to have failed people (a person, a pronoun, a group of people) is criticised by the speaker
    [InlineData("The father of the murdered girl says the police have failed him.", "CVL→COP:111")]
    [InlineData("Ghana's opposition said the government had failed its citizens.", "GHAOPP→GHAGOV:111")]
    [InlineData("The police have failed the victims, the Kenyan opposition leader said.", "KENOPP→KENCOP:111")]
    [InlineData("Nigeria's main opposition party said the army had failed the families of the kidnapped girls.", "NGAOPP→NGAMIL:111")]
    [InlineData("Kenya's main opposition party said the government had failed patients in public hospitals.", "*→*GOV:111")]
    // failing to act is the act's own matter; failing a test or an exam is no criticism; denied or possible failure is none
    [InlineData("Ghana's opposition said the government had failed to protect its citizens.", "!*:111")]
    [InlineData("Ghana's opposition said the government had failed the test.", "!*:111")]
    [InlineData("Ghana's opposition said the government had not failed its citizens.", "!*:111")]
    [InlineData("Ghana's opposition said the government could fail its citizens.", "!*:111")]
    // told by no one, it is narration, not a criticism
    [InlineData("The police failed the victims.", "!*:111")]
    public void An_actor_said_to_have_failed_people_is_criticised(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an election or its votes said to be rigged, stolen, falsified or fraudulent: an accusation of whoever did it
    [InlineData("Zambia's opposition claimed that the election was rigged.", "ZMBOPP→-:112")]
    [InlineData("The Ugandan opposition leader claimed that thousands of votes were cast fraudulently.", "UGAOPP→-:112")]
    [InlineData("Malawi's opposition said the results had been falsified by the electoral commission.", "MWIOPP→MWI*:112")]
    [InlineData("Zambia's opposition said the vote was fraudulent.", "ZMBOPP→-:112")]
    [InlineData("The election was stolen, the Zimbabwean opposition leader said.", "ZWEOPP→-:112")]
    [InlineData("Zambia's opposition said the ruling party rigged the vote.", "ZMBOPP→ZMB*:112")]
    // denied, possible or unsaid rigging is no accusation; a fair election is no event
    [InlineData("Zambia's opposition said the election was not rigged.", "!*:112")]
    [InlineData("Zambia's opposition said the election could be rigged.", "!*:112")]
    [InlineData("Observers said the election in Zambia was free and fair.", "!*:112")]
    [InlineData("The votes were counted on Sunday, Zambia's electoral commission said.", "!*:112")]
    public void A_vote_said_to_be_rigged_is_an_accusation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a stated need for an act is an appeal for it, as "called for" is
    [InlineData("The Kenyan president stressed the need for dialogue with Uganda.", "KENGOV→UGA:026")]
    [InlineData("Egypt's foreign minister underlined the need to resume talks with Israel.", "EGYGOV→ISR:026|!*:040")]
    [InlineData("The UN envoy emphasised the need for a ceasefire in Sudan.", "IGOUNO→-:0256")]
    [InlineData("The Kenyan president reiterated the need for the release of the detained journalists.", "KENGOV→KENMED:0253|!*:0841")]
    [InlineData("Egypt stressed the need for the withdrawal of Israeli troops from Gaza.", "EGY→ISRMIL:02*|!*:0874")]
    // a need for no act between actors is no event; denied, it is no appeal
    [InlineData("The Kenyan president stressed the need for unity.", "!*:02*")]
    [InlineData("The Kenyan president stressed the need to fight corruption.", "!*:02*")]
    [InlineData("The Kenyan president did not stress the need for dialogue with Uganda.", "!*:026")]
    public void A_stressed_need_for_an_act_is_an_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a phone call received is made by the caller the "from" phrase names, and held by both (decision 033)
    [InlineData("Egypt's president received a phone call from the Jordanian king.", "JORGOV→EGYGOV:041|EGYGOV→JORGOV:041")]
    [InlineData("The Kenyan president received a telephone call from the Ugandan president on Sunday.", "UGAGOV→KENGOV:041")]
    [InlineData("The Kenyan president received a call from his party to stand again.", "!*:041")]
    // bilateral relations reviewed with a counterpart are a consultation; a country's own review of its ties is not
    [InlineData("Egypt's president reviewed bilateral relations with the Jordanian king.", "EGYGOV→JORGOV:040")]
    [InlineData("The Indian foreign minister reviewed bilateral ties with his Japanese counterpart in Tokyo.", "INDGOV→JPNGOV:04*")]
    [InlineData("The Kenyan president said he would review relations with Uganda.", "!*:036|!*:040")]
    public void Calls_received_and_relations_reviewed_are_consultations(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an actor said to be "to blame" for a harmful act is accused of it, as "responsible for" is
    [InlineData("Kenya's opposition leader said the government was to blame for the violence.", "KENOPP→KENGOV:112")]
    [InlineData("The government is to blame for the attack, the Kenyan opposition leader said.", "KENOPP→KENGOV:112")]
    [InlineData("Kenya's opposition leader said the government was not to blame for the violence.", "!*:112")]
    [InlineData("Kenya's opposition leader said the weather was to blame for the deaths.", "!*:112")]
    // refuting or rebutting a claim denies it; faulting an actor criticises it
    // (session 61, decision 082: the refuted claim's "that" clause is the denied act, so with no accuser named the denial is
    // aimed at the protesters it names, as "denied that officers had shot protesters" is; it was untargeted before)
    [InlineData("The Kenyan police refuted claims that officers had shot protesters.", "KENCOP→KENCVL:016")]
    [InlineData("Egypt's foreign ministry rebutted the report.", "EGYGOV→-:016")]
    [InlineData("The Kenyan president faulted the police for the deaths.", "KENGOV→KENCOP:111")]
    public void Blame_denial_and_fault_phrasings(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
