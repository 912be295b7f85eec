namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (actor69): actor codes of state bodies. U.S. federal departments and agencies named without the country
/// (data/actors/organizations-agencies.tsv), the names other states' bodies share ("?" rows: the owner's adjective,
/// possessive or dateline gives the country, ActorRecognizer.SharedAbroadBodies), "ministry of &lt;field&gt;" written in
/// lower case (roles.tsv), civilians named by their plight (roles.tsv) and a province the gazetteer knew only as another
/// country's region (gazetteer-admin1.tsv). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Actor69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // U.S. federal law enforcement is the police (COP), departments and regulators the government (GOV), whatever other
    // country the sentence names for the target; before, the bare names had no country or took the target's.
    [Theory]
    [InlineData("Immigration and Customs Enforcement arrested 40 people at a meatpacking plant in Nebraska.", "USACOP→*:173")]
    [InlineData("The Drug Enforcement Administration arrested a Colombian trafficker in Miami.", "USACOP→COLCRM:173|!COL*→COLCRM:173")]
    [InlineData("Customs and Border Protection agents detained 25 migrants near Tucson.", "USACOP→*:173|!USASPY→*:173")]
    [InlineData("The Justice Department charged three men with smuggling.", "USAGOV→*:173")]
    [InlineData("The Treasury Department imposed sanctions on three Iranian shipping firms.", "USAGOV→IRNBUS:163|!IRNGOV→IRNBUS:163")]
    public void Federal_agencies_are_the_united_states(string sentence, string expected) => AssertCoded(sentence, expected);

    // A name other states' bodies share is theirs after their adjective, possessive or dateline; after the U.S. dateline,
    // or with no owner named, it stays the row's body (the U.S. FDA, the Philippine NBI).
    [Theory]
    [InlineData("The Philippine FDA accused a Chinese company of selling fake drugs.", "PHLGOV→CHNBUS:112*|!USAGOV→CHNBUS:112*")]
    [InlineData("Nigeria's SEC accused a British bank of hiding losses.", "NGAGOV→GBRBUS:112|!USAGOV→GBRBUS:112")]
    [InlineData("MANILA - The FDA accused a Chinese company of selling fake drugs.", "PHLGOV→CHNBUS:112*")]
    [InlineData("WASHINGTON - The FDA accused a Chinese company of selling fake drugs.", "USAGOV→CHNBUS:112*|!PHLGOV→CHNBUS:112*")]
    [InlineData("The FDA accused a Chinese company of selling fake drugs.", "USAGOV→CHNBUS:112*")]
    [InlineData("Finland's National Bureau of Investigation arrested two men over the cable damage.", "FINCOP→*:173|!PHLCOP→*:173")]
    [InlineData("The National Bureau of Investigation arrested two men in Cebu over the online scam.", "PHLCOP→*:173")]
    [InlineData("Azerbaijan's State Security Service detained a journalist in Baku.", "AZESPY→*:173|!NGASPY→*:173")]
    [InlineData("The Department of Justice arrested two police officers in Cebu.", "PHLGOV→PHLCOP:173|!USAGOV→*:173")]
    public void Shared_names_follow_their_owner(string sentence, string expected) => AssertCoded(sentence, expected);

    // "the ministry of foreign affairs of Chile" in lower case is the whole role, placed by the country after it, not a bare
    // "ministry" that takes the sentence's other country.
    [Theory]
    [InlineData("The ministry of foreign affairs of Chile praised the United States for its help.", "CHLGOV→USA:051|!USAGOV→USA:051|!GOV→USA:051")]
    [InlineData("Peru's ministry of finance accused Chile of hiding the figures.", "PERGOV→CHL:112")]
    public void Lower_case_ministry_names_are_roles(string sentence, string expected) => AssertCoded(sentence, expected);

    // Patients and tenants are civilians of the place they are harmed in; "Zimbabwe's Midlands province" is Zimbabwe's,
    // while the bare "Midlands" stays England's region.
    [Theory]
    [InlineData("Soldiers shot two patients at a clinic in Juba.", "SSDMIL→SSDCVL:*")]
    [InlineData("Police arrested 12 people in Zimbabwe's Midlands province on Sunday.", "ZWECOP→ZWECVL:173|!ZWECOP→GBRCVL:173")]
    [InlineData("British police arrested 12 people in the Midlands on Sunday.", "GBRCOP→GBRCVL:173|!GBRCOP→ZWECVL:173")]
    public void Civilians_and_provinces(string sentence, string expected) => AssertCoded(sentence, expected);
}
