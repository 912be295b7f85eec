namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (realnews69): headlines and coups of real copy. A headline tells two acts of one subject as two predicates
/// joined by a comma with no "and" ("Police raid office, arrest 12 activists"); the second verb, which the tagger read as
/// a noun and the parser hung on the first predicate's object, is the first verb's conjunct and shares its subject. Power
/// seized by an armed force is a coup (180 at its own government, decision 069), no confiscation of property (1711).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class RealNews69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
    private static void AssertHeadlineCoded(string text, string expected) => PipelineEvents.AssertHeadlineCoded(text, expected);

    // The second predicate after the headline's comma is coded with the first one's subject; a noun after the comma that
    // is the subject of an attribution ("police say") or a list member ("guns, drugs") stays a noun.
    [Theory]
    [InlineData("Police raid opposition office in Harare, arrest 12 activists", "ZWECOP→*:173")]
    [InlineData("Police arrest protest leader, ban march in Nairobi", "KENCOP→*:173")]
    [InlineData("Police arrest protest leader, ban march in Nairobi", "!KENCVL→*:1721")]
    [InlineData("Ghana recalls envoy from Lome, summons Togolese ambassador", "GHA→TGO:161")]
    [InlineData("Gunmen kill five villagers in Zamfara, police say", "NGAREB→NGACVL:1823")]
    [InlineData("Customs officers seize weapons, drugs in port raid", "*→*:1711")]
    public void Comma_joined_headline_predicates_share_the_subject(string headline, string expected) => AssertHeadlineCoded(headline, expected);

    // Power seized by soldiers is a coup aimed at their government; by a party it is no event; a power plant seized is
    // territory or property as before.
    [Theory]
    [InlineData("Soldiers seize power in Niamey after a night of gunfire.", "NERMIL→NERGOV:180")]
    [InlineData("Soldiers seize power in Niamey after a night of gunfire.", "!*→*:1711")]
    [InlineData("The army seized power in Niger on Wednesday.", "NERMIL→NERGOV:180")]
    [InlineData("The army seized power in Niger on Wednesday.", "!*→*:1711")]
    [InlineData("The ruling party in Niger took power after the election.", "!*→*:180")]
    [InlineData("Rebels in Niger seized a power station outside the city.", "!*→*:180")]
    public void Power_seized_by_a_force_is_a_coup(string sentence, string expected) => AssertCoded(sentence, expected);
}
