namespace Tidings.Tests.Coding;

/// <summary>
/// Session 37's sub-code rules (helper exact37), on sentences written for these tests: events whose root was right but
/// whose CAMEO sub-code was not. People seized are abducted (181), property seized confiscated (1711); an option its holder
/// will not rule out is a policy option considered (014); a truce agreed in a headline's bare verb is declared (0871).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Exact37Tests
{
    [Theory]
    // people seized: abduction or hostage taking (181)
    [InlineData("Gunmen seized 14 villagers in northern Burkina Faso on Friday.", "*→BFACVL:181|!*→*:1711")]
    [InlineData("Pirates seized the crew of a Liberian-flagged freighter off Nigeria.", "*:181|!*:1711")]
    [InlineData("Two Chinese engineers were seized by gunmen in western Mali.", "*→CHN:181|!*:1711")]
    // police seizing people arrest them
    [InlineData("Bolivian police seized dozens of protesters near the presidential palace.", "BOLCOP→*:173|!*:1711")]
    // property, things and places keep their codes
    [InlineData("Venezuelan troops seized two Guyanese fishing boats on the Essequibo river.", "VENMIL→GUY:1711")]
    [InlineData("Egyptian authorities seized the assets of an exiled opposition businessman.", "EGYGOV→*:1711|!*:181")]
    [InlineData("Moroccan customs officers seized four tonnes of cannabis at Tangier port.", "!*:181")]
    public void People_seized_are_abducted_and_things_confiscated(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an option not ruled out is considered (014)
    [InlineData("The Thai prime minister did not rule out deploying troops to the Cambodian border.", "THAGOV→*:014|!*:12*")]
    [InlineData("Canberra declined to rule out sanctions against the Myanmar junta.", "AUSGOV→*:014|!*:12*")]
    // ruling an option out stays its refusal
    [InlineData("The Dutch prime minister ruled out sending troops to Ukraine.", "NLDGOV→UKR:12*|!*:014")]
    public void An_option_not_ruled_out_is_considered(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Niger, Benin Agree Truce After Border Shooting", "NER→*:0871|!*:0356")]
    [InlineData("Chad And Sudan Agree Ceasefire After Clashes", "*:0871|!*:0356")]
    public void A_truce_agreed_in_a_headline_is_declared(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // a body truce agreement and the intent to de-escalate keep their codes
    [InlineData("Ethiopia and Eritrea agreed to a truce on Sunday.", "*:0871")]
    [InlineData("The rebels agreed to observe the ceasefire.", "!*:0871")]
    public void Truce_rows_keep_their_codes(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
