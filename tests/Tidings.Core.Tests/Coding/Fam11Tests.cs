namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (fam11): breadth of CAMEO roots 11 (disapprove) and 12 (reject), from probes written before reading the
/// lexicon: the idioms wire copy uses for disapproval, criticism, blame, official complaints, lawsuits, rejection and
/// refusing to yield (data/coding/verbs.tsv), a refused offer of cooperation in a field (ShallowCoder.RefusedCooperation.cs)
/// and an allegation told in a that-clause (TreeRoles.AllegedAct). Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold or probes.
/// </summary>
public class Fam11Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Disapproval (110) and criticism (111) told with idioms; the same words in their everyday senses are no event.
    [Theory]
    [InlineData("Vietnam frowned upon the Philippine plan to build an airstrip on the reef.", "VNM→PHL:110")]
    [InlineData("The minister frowned as reporters asked about the budget.", "!*:11*")]
    [InlineData("Pakistan's foreign ministry bristled at India's remarks about Kashmir.", "PAKGOV→IND:110")]
    [InlineData("The harbour bristled with masts and flags.", "!*:11*")]
    [InlineData("Chinese state media took Washington to task over its chip export curbs.", "CHNMED→USAGOV:111")]
    [InlineData("The coach took the players to the stadium.", "!*:11*")]
    [InlineData("The Labour leader rounded on the prime minister over the cuts.", "GBR*→GBRGOV:111")]
    public void Disapproval_and_criticism_idioms(string sentence, string expected) => AssertCoded(sentence, expected);

    // Blame laid, pinned or shifted on another is an accusation (112x); a complaint registered with a government is 114;
    // proceedings brought against a state are a lawsuit (115).
    [Theory]
    [InlineData("The Kremlin pinned the blame on Ukraine.", "RUSGOV→UKR:112")]
    [InlineData("The ruling party shifted the blame onto the opposition for the crisis.", "*→*OPP:112")]
    [InlineData("Engineers laid the pipe on the seabed.", "!*:112*")]
    [InlineData("Greece registered a protest with Turkey over the survey ship.", "GRC→TUR:114")]
    [InlineData("Thousands of voters registered with the electoral commission.", "!*:114")]
    [InlineData("Bolivia brought proceedings against Chile at the World Court over the river.", "BOL→CHL:115")]
    [InlineData("The proceedings of the conference were broadcast live.", "!*:115")]
    public void Blame_complaints_and_proceedings(string sentence, string expected) => AssertCoded(sentence, expected);

    // Rejection and refusing to yield told with idioms: "said no to", "dug in its heels", sanctions prolonged (1244), observers
    // barred (1245), talks shunned (125), a peace proposal rebuffed (127).
    [Theory]
    [InlineData("Chile said no to Bolivia's request.", "CHL→BOL:120")]
    [InlineData("Despite weeks of pressure, Beijing dug in its heels.", "CHNGOV→-:124")]
    [InlineData("Soldiers dug in along the ridge.", "!*:124")]
    [InlineData("The European Union prolonged its sanctions on Belarus for six more months.", "IGOEUREEC→BLR:1244")]
    [InlineData("The European Union prolonged its support for Moldova.", "!*:1244")]
    [InlineData("Eritrea barred African Union observers from the border area.", "ERI→IGOAFRAFU:1245")]
    [InlineData("Eritrea barred its citizens from leaving the country.", "!*:1245")]
    [InlineData("Kosovo's prime minister shunned talks with Serbia in Brussels.", "KSVGOV→SRB:125")]
    [InlineData("Armenia rebuffed the peace proposal drafted by Azerbaijan.", "ARM→AZE:127")]
    [InlineData("Armenia welcomed the peace proposal drafted by Azerbaijan.", "!*:12*")]
    public void Rejection_idioms(string sentence, string expected) => AssertCoded(sentence, expected);

    // A refused offer or proposal of cooperation in a field is refused as that cooperation (121k); an offer whose act names
    // no field, or an offer to mediate, keeps its own code.
    [Theory]
    [InlineData("Kenya rejected Russia's offer to build a nuclear power plant near the coast.", "KEN→RUS:1211")]
    [InlineData("Georgia rejected Turkey's proposal to hold joint naval exercises in the Black Sea.", "GEO→TUR:1212")]
    [InlineData("Kenya rejected Russia's offer to help.", "!*:121*")]
    [InlineData("Kenya rejected Qatar's offer to mediate in the dispute.", "!*:121*")]
    public void Refused_offers_of_cooperation(string sentence, string expected) => AssertCoded(sentence, expected);

    // An allegation told in a that-clause is an accusation of the kind its act names, and the alleged act is not coded;
    // a neutral report of the same act is not an accusation.
    [Theory]
    [InlineData("Ukraine's foreign ministry alleged that Russian soldiers had tortured civilians in Kherson.", "UKRGOV→RUSMIL:1122|!RUSMIL→*:18*")]
    [InlineData("Ukraine's foreign ministry said that Russian soldiers had withdrawn from Kherson.", "!*:112*")]
    public void Allegations_in_that_clauses(string sentence, string expected) => AssertCoded(sentence, expected);
}
