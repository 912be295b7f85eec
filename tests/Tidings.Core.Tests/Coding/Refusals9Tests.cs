namespace Tidings.Tests.Coding;

/// <summary>
/// Refusals and stances that longer sentences used to lose (session 19, refusals9): a rejected request's author named by
/// an adjective or compound, a rejection verb the tagger read as a participle on a noun root, a negation between a copula
/// and its adjective ("was not optimistic", "is not ready to").
/// </summary>
public class Refusals9Tests
{
    [Theory]
    // the author of a rejected request, call or demand named by an actor adjective or compound is the refusal's target
    [InlineData("Algeria rejected a French request to share intelligence on armed groups in the Sahel.", "DZA→FRA:1214")]
    [InlineData("Egypt rejected an Israeli request to share intelligence.", "EGY→ISR:1214")]
    [InlineData("Tunisia's president rejected opposition calls to restore the parliament.", "TUNGOV→TUNOPP:1234")]
    [InlineData("Serbia turned down a Kosovar demand to release the detained police officers.", "SRB→KSV:1243")]
    [InlineData("Israel rejected a US request to lift the blockade on Gaza.", "ISR→USA:1246")]
    [InlineData("Japan rejected Chinese proposals to hold talks.", "JPN→CHN:125")]
    // a possessive author still counts
    [InlineData("Israel rejected Egypt's request to lift the blockade.", "ISR→EGY:1246")]
    public void A_rejected_request_is_refused_to_its_author(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "rejected" read as a participle on a noun root with a subject (a relative clause later in the sentence) is the verb
    [InlineData("Tunisia's president rejected opposition calls to restore the parliament he dissolved in 2021.", "TUNGOV→TUNOPP:1234")]
    [InlineData("Kenya's president rejected opposition calls to scrap the tax law he signed last year.", "KENGOV→KENOPP:12*")]
    public void A_rejection_verb_stays_the_verb_before_a_relative_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // optimism its speaker denies is a pessimistic comment (012)
    [InlineData("Iran's supreme leader said he was not optimistic about the talks.", "IRNGOV→-:012|!*:013")]
    [InlineData("Iran's president was not optimistic about the negotiations.", "IRNGOV→-:012|!*:013")]
    [InlineData("Iran's supreme leader said he was not optimistic about the talks but would not forbid them.", "IRNGOV→-:012")]
    [InlineData("Ghana's president said he was not hopeful about the negotiations.", "GHAGOV→-:012|!*:013")]
    // plain optimism stays optimism; denied concern is no event
    [InlineData("Iran's president said he was optimistic about the talks.", "IRNGOV→-:013|!*:012")]
    [InlineData("Japan's prime minister said he was not concerned about the sanctions.", "!*:012|!*:013")]
    public void Denied_optimism_is_pessimism(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // readiness to cooperate or yield denied inside the copula phrase is a refusal
    [InlineData("Iran is not ready to negotiate with the United States.", "IRN→USA:125")]
    [InlineData("Iran said it was not willing to resume talks with Washington.", "IRN→USA*:125")]
    [InlineData("Hamas said it was not prepared to release the hostages.", "PSEREBHMS→*:1243")]
    // without the negation it stays an intent
    [InlineData("Iran said it was ready to negotiate with the United States.", "!*:12*")]
    public void Denied_readiness_is_a_refusal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // giving up territory yields it (0874), a right or claim is a concession (080); announced as not going to happen it is a
    // refusal to yield (1246, 124)
    [InlineData("Iran's foreign ministry spokesman said Tehran would not give up its right to enrich uranium under any agreement.", "IRN*→-:124")]
    [InlineData("Iran said it would never give up its right to enrich uranium.", "IRN→-:124")]
    [InlineData("The Philippine president said his government would never give up an inch of territory in the South China Sea.", "PHLGOV→-:1246")]
    [InlineData("Ukraine said it would not give up any territory to Russia.", "UKR→RUS:1246")]
    [InlineData("Ukraine will not give up its land, the president said.", "UKR→-:1246")]
    // done, they are concessions; asked for, an appeal
    [InlineData("The rebels gave up territory to the army.", "*REB→*MIL:0874|!*:12*")]
    [InlineData("Armenia gave up its claim to the region.", "ARM→-:080|!*:12*")]
    public void Not_giving_up_territory_or_a_right_is_a_refusal_to_yield(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a complaint lodged with a court is a lawsuit (115) against whom the "against" phrase names; the court is no target
    [InlineData("Ukraine said it would file a complaint with the International Court of Justice against Russia.", "UKR→RUS:115|!*→IGOUNOJUDICJ:*")]
    [InlineData("Ecuador lodged a complaint against Mexico with the International Court of Justice.", "ECU→MEX:115|!*:114")]
    [InlineData("Ukraine filed a complaint against Russia at the International Court of Justice.", "UKR→RUS:115")]
    // with a government or a council it stays an official complaint
    [InlineData("Algeria lodged a formal complaint with Paris over remarks by a French minister.", "DZA→FRA*:114|!*:115")]
    [InlineData("Iran lodged a complaint with the UN Security Council against Israel.", "!*:115")]
    public void A_complaint_to_a_court_is_a_lawsuit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // seeing no reason or need to do an act of cooperation or yielding is refusing it
    [InlineData("Trump said he saw no reason to meet Xi Jinping.", "USAGOV→CHNGOV:125")]
    [InlineData("Israel saw no reason to lift the blockade.", "ISR→-:1246")]
    [InlineData("Germany sees no need to send troops to Ukraine, the chancellor said.", "DEU→UKR:122*")]
    // with no act to refuse it is no event
    [InlineData("The minister saw no reason for concern.", "!*:12*")]
    [InlineData("Kenya's president saw no reason to doubt the report.", "!*:12*")]
    public void Seeing_no_reason_to_act_is_a_refusal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
