namespace Tidings.Tests.Coding;

/// <summary>
/// Causes found on the blind44 articles (session 27: a national paper's politics and courts desk in large democracies):
/// members suspended by their party or chamber, votes against a bill or a motion, an accusation whose accuser is no actor
/// (the accused act was coded as done), mocking and apologising with no named addressee, special counsels, thugs
/// and backbenchers as actors, and a surname repeated after an apposition (a Korean family name; the holder of a
/// title the lexicon lists as a synonym, which was read as a plural).
/// </summary>
public class Blind44Tests
{
    [Theory]
    // a party, chamber or employer suspending its members from their seat or post sanctions them (172), not the
    // reduction of relations (160) that suspended talks and agreements are
    [InlineData("The Conservative Party suspended two of its MPs after the vote on the housing bill.", "GBR*→GBRLEG:172|!*:160")]
    [InlineData("The speaker of the Lok Sabha suspended nine opposition members for disrupting the house.", "INDLEG→INDOPP:172")]
    [InlineData("Kenya's ruling party suspended three of its senators for a week after a brawl in the chamber.", "KENGOVPTY→KENLEG:172")]
    [InlineData("South Africa's ANC suspended three members of parliament after the vote on the land bill.", "ZAFGOVPTY→ZAFLEG:172")]
    [InlineData("Nigeria suspended talks with the striking doctors' union on Monday.", "NGA→*:16*|!*:172")]
    public void Suspended_members_are_sanctioned(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a vote against a measure or a motion rejects it (120), aimed at the measure's owner when the sentence names one
    [InlineData("Thirty Labour backbenchers voted against the government's immigration bill on Tuesday.", "GBR*→GBRGOV:120")]
    [InlineData("Japan's upper house voted down an opposition motion to censure the prime minister.", "JPNLEG→*:120")]
    [InlineData("Brazilian senators voted against the president's pension reform late on Wednesday.", "BRALEG→BRAGOV:120")]
    [InlineData("The Bundestag voted down the opposition's motion to cut the defence budget.", "DEULEG→*:120")]
    public void A_vote_against_a_measure_rejects_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the act an accusation names is alleged, also when the accuser is no actor the coder knows: it is not coded as done
    [InlineData("One of the rebels, Mark Dobson, accused Downing Street of punishing MPs for their votes.", "!GBRGOV→GBRLEG:17*")]
    [InlineData("Several of them accused the interior ministry of arresting journalists without warrants.", "!*GOV→*:173")]
    [InlineData("A few of the lawmakers blamed the army for killing civilians in the north.", "!*MIL→*:18*")]
    // with an accuser, the accusation is coded and the act still is not
    [InlineData("Kenya's opposition leader accused the police of killing protesters in Nairobi.", "KENOPP→KENCOP:112*|!KENCOP→*:18*")]
    public void An_alleged_act_is_not_coded_as_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // mocking a government or a rival is criticism (111); an apology with no named addressee is still an apology (055)
    [InlineData("The Labour leader mocked the government in parliament over the delayed budget.", "GBR*→GBRGOV:111")]
    [InlineData("India's opposition leader mocked the prime minister at a rally in Patna.", "INDOPP→INDGOV:111")]
    [InlineData("Japan's prime minister apologised on Monday for the funding scandal.", "JPNGOV→-:055")]
    [InlineData("South Korea's interior minister apologised for the police response to the crush.", "KORGOV→-:055")]
    public void Mocking_and_apologising_are_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // backbenchers are lawmakers
    [InlineData("British backbenchers criticised the prime minister over the welfare cuts.", "GBRLEG→GBRGOV:111")]
    // special counsels and thugs are actors of their role
    [InlineData("A special counsel in South Korea indicted a former interior minister on Monday.", "KORJUD→KORELI:173")]
    [InlineData("Thugs attacked Nigerian opposition supporters outside the electoral commission's office in Lagos.", "NGACVL→NGAOPP:*")]
    public void Domestic_roles_are_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a name given after a bare role is repeated by its surname: a Korean one by its family name ("a former minister,
    // Park Jae-won, … Park"), and one after a title the lexicon lists as a synonym ("internal affairs minister")
    [InlineData("Tokyo prosecutors questioned a former internal affairs minister, Hiroshi Kanda, on Monday. Kanda resigned his seat on Tuesday.", "JPNELI→-:0831")]
    [InlineData("Prosecutors in Seoul indicted a former defence minister, Park Jae-won, on Monday. Park denied the charges.", "KORELI→*:016")]
    [InlineData("South Korean police questioned a former presidential aide, Kim Soo-hyun, on Friday. Kim criticised the police.", "KORELI→KORCOP:111")]
    public void A_surname_repeats_an_apposed_name(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
