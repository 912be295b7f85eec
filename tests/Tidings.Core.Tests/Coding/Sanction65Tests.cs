namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (sanction65): root 17, administrative sanctions (172x). A state or court dissolving an organisation,
/// association, union, council or militia bans the group (1722, decision 083); a parliament dissolved by a row of more than
/// one word reaches an actor that spells it ("dissolved the National Assembly", 172); permits, legal status and mandates
/// revoked or stripped are administrative sanctions on their holders (172); broadcasters ordered or taken off the air are
/// silenced (1721); candidates struck off a ballot or list are barred (1722), no attack; asylum or family reunification
/// suspended restricts the people it is taken from (172, decision 073); the person deprived stands between "strip" and
/// "of". Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Sanction65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Dissolving an organisation is a ban on the group; a company's partnership or a government dissolved by its own head
    // is no ban.
    [Theory]
    [InlineData("Belarus's government dissolved the country's largest independent trade union on Monday.", "BLRGOV→BLRLAB:1722")]
    [InlineData("Niger's junta dissolved the main Islamic council on Friday.", "NERMIL→NERREL:1722")]
    [InlineData("Kyrgyzstan's Supreme Court ordered the dissolution of an opposition movement.", "KGZJUD→KGZOPP:1722")]
    [InlineData("The two companies dissolved their partnership last year.", "!*→*:1722")]
    [InlineData("The president dissolved his cabinet after the protests.", "!*→*:1722")]
    public void Dissolved_organisations_are_banned(string sentence, string expected) => AssertCoded(sentence, expected);

    // A row of several literal words reaches the actor that spells them.
    [Theory]
    [InlineData("Kenya's president dissolved the national assembly on Friday.", "KENGOV→KENLEG:172")]
    [InlineData("Kenya's president addressed the national assembly on Friday.", "!*→*:172")]
    public void Dissolved_assembly_named_by_an_actor(string sentence, string expected) => AssertCoded(sentence, expected);

    // Permits, legal status and mandates taken from their holders.
    [Theory]
    // Session 66 (civic66): a charity's lost legal status is 1721 by decision 099 A (the root, 17, is unchanged).
    [InlineData("Nicaragua revoked the legal status of the Catholic charity Caritas.", "NIC→*:1721")]
    [InlineData("Parliament stripped three opposition deputies of their mandates.", "LEG→OPP:172")]
    [InlineData("Bahrain stripped dozens of people of their citizenship.", "BHR→BHRCVL:1721")]
    [InlineData("The army stripped the villages of their food stocks.", "!*→*:172")]
    public void Permits_status_and_mandates_revoked(string sentence, string expected) => AssertCoded(sentence, expected);

    // Broadcasters taken off the air; candidates struck off a ballot (no attack, 190).
    [Theory]
    [InlineData("The junta ordered the BBC and Radio France Internationale off the air for a month.", "MIL→GBRMED:1721")]
    [InlineData("The electoral council struck three opposition candidates off the ballot.", "GOV→OPP:1722")]
    [InlineData("The electoral council struck three opposition candidates off the ballot.", "!*→*:190")]
    [InlineData("Israeli jets struck three targets in Gaza off the coast.", "!*→*:1722")]
    public void Broadcasters_off_air_and_candidates_off_the_ballot(string sentence, string expected) => AssertCoded(sentence, expected);

    // Asylum and family reunification suspended restrict the people who lose them (172, not 160).
    [Theory]
    [InlineData("The government suspended family reunification for refugees with subsidiary protection.", "GOV→REF:172")]
    [InlineData("The government suspended family reunification for refugees with subsidiary protection.", "!*→*:160")]
    [InlineData("Germany suspended talks with Iran on Monday.", "!*→*:172")]
    public void Suspended_asylum_restricts_refugees(string sentence, string expected) => AssertCoded(sentence, expected);
}
