namespace Tidings.Tests.Coding;

/// <summary>
/// Session 51 (lead). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Lead51Tests
{
    // A former minister of a sector ("health minister", GOVHLH in roles.tsv) is out of office as any former minister is:
    // an elite, not the sitting government.
    [Theory]
    [InlineData("Malawi jailed a former health minister for fraud.", "MWI→MWIELI:17*")]
    [InlineData("Malawi jailed a former health minister for fraud.", "!MWI→MWIGOVHLH:*")]
    [InlineData("A court in Lilongwe jailed the former education minister.", "MWIJUD→MWIELI:116")]
    [InlineData("Malawi jailed the health minister for fraud.", "MWI→MWIGOVHLH:17*")]
    public void A_former_sector_minister_is_an_elite(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "X was jailed" read as a copula and an adjective is still a passive: X is who was jailed, never the doer, and with no
    // doer named there is no event (gold/README.md: an agentless passive is not coded).
    [Theory]
    [InlineData("Former interior minister Peter Kaluwa was jailed on Monday.", "!*→*:17*")]
    [InlineData("Former interior minister Peter Kaluwa was jailed by a court in Lilongwe.", "MWIJUD→*:116")]
    [InlineData("Former interior minister Peter Kaluwa was jailed by a court in Lilongwe.", "!*ELI→*:116")]
    public void A_coercion_participle_after_be_is_a_passive(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "the country's" owns the role after it through adjectives that only describe the role ("main", "last independent",
    // "most prominent"); the country is the one the sentence named before.
    [Theory]
    [InlineData("A court in Belarus banned the country's last independent opposition party.", "BLRJUD→BLROPP:172*")]
    [InlineData("Police in Malawi detained the country's most prominent opposition leader.", "MWICOP→MWIOPP:173")]
    [InlineData("Police in Malawi detained the country's most prominent opposition leader.", "!MWICOP→MWI:173")]
    public void The_countrys_described_role_is_owned(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Spelling variants of roles: a hyphenated "vice-president" is the vice president, a "consular official" an official of
    // its government (as a consul is).
    [Theory]
    [InlineData("Malawi's parliament impeached the vice-president on Tuesday.", "MWILEG→MWIGOV:*")]
    [InlineData("Morocco demanded the release of its consular official.", "MAR→MARGOV:105*")]
    [InlineData("Morocco demanded the release of its consular official.", "!MAR→-:*")]
    public void Role_spelling_variants(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
