namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind59 split (session 39: sentences as they come out of news web pages, press releases and national
/// agencies). A customs authority or service is the state's (roles.tsv: GOV), so a country adjective before it gives the
/// country ("Chinese customs authorities" CHNGOV, where the adjective stood alone and the bare "authorities" took the
/// country of the target). "Registered a case against" opens a criminal case, an investigation of crime (091), as "opened
/// a criminal case against" does (verbs.tsv). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind59Tests
{
    [Theory]
    [InlineData("Indonesian customs authorities have halted imports of palm kernels from two Malaysian traders.", "IDNGOV→MYSBUS:163")]
    [InlineData("Indonesian customs authorities have halted imports of palm kernels from two Malaysian traders.", "!MYSGOV→*:*")]
    [InlineData("The Kenyan customs service seized a shipment of Ugandan sugar at the Busia border post on Friday.", "KENGOV→UGA*:1711")]
    public void Customs_authorities_take_the_country_adjective(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Police in Karachi registered a case against the provincial transport minister over a land deal.", "PAKCOP→PAKGOV:091")]
    [InlineData("The Central Bureau of Investigation has registered a criminal case against two customs officials in Mumbai.", "INDCOP→INDGOV:091")]
    // a registered company or a registered voter is no case
    [InlineData("The firm registered a profit of $2 million against a loss a year earlier.", "!*:091")]
    public void A_case_registered_against_someone_is_an_investigation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
