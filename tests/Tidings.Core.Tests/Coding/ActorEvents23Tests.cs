namespace Tidings.Tests.Coding;

/// <summary>
/// Events whose source or target the actor recognizer used to miss or code too widely (session 23, actors23): a ministry
/// named by "affairs", an office tied to a body through a unit of it, heads of a body in the plural, the host state's
/// ministry beside a foreign envoy, and the verb of a Title Case headline that an organisation's name swallowed.
/// </summary>
public class ActorEvents23Tests
{
    [Theory]
    [InlineData("India's external affairs ministry condemned the attack by Pakistan.", "INDGOV→PAK:111")]
    [InlineData("The foreign affairs ministry of Nigeria condemned the raid by Niger.", "NGAGOV→NER:111")]
    [InlineData("The chief of the press service for the Ministry of Defence of Ukraine accused Russia of shelling Kharkiv.", "UKRGOV→RUS:112*")]
    [InlineData("A spokesman for the press office of the Kenyan army accused Somalia of hosting the gunmen.", "KENMIL→SOM:112*")]
    [InlineData("Leaders of Ghana's nurses' union held talks with the health minister.", "GHAHLH→GHAGOVHLH:04*")]
    [InlineData("The foreign ministry summoned the Danish ambassador to protest the cartoon.", "!DNKGOV→DNKGOV:*")]
    public void Codes_the_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Moderate Candidates in Malaysia Denounce Far-Right Party", "*→MYSPTY:111")]
    [InlineData("Farmers in Poland Condemn Ukrainian Grain Imports", "POLAGR→UKR:111")]
    public void Codes_the_headline(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);
}
