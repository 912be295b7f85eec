namespace Tidings.Tests.Coding;

/// <summary>
/// Shapes of real news text the coder used to lose (session 24, realnews24): protesters who gather, assemble or converge
/// somewhere (a demonstration only when the subject names protesters); children named by age words ("a 14-year-old boy",
/// "two teenage girls") as the civilians they are; concessions insisted on; prayers sent or posted for someone.
/// </summary>
public class RealNews24Tests
{
    [Theory]
    // protesters gathering, assembling or converging demonstrate
    [InlineData("Thousands of protesters gathered outside the parliament in Nairobi on Tuesday.", "KENCVL→KEN*:141")]
    [InlineData("Demonstrators assembled outside the labour ministry in Lima.", "PERCVL→PER*:141")]
    [InlineData("Hundreds of protesters converged on the presidential palace in Dhaka.", "BGDCVL→BGD*:141")]
    [InlineData("About 300 protesters gathered near the parliament building in Accra.", "GHACVL→GHA*:141")]
    [InlineData("Anti-government protesters gathered in the capital's main square, Serbian police said.", "*CVL→*:141")]
    // with a purpose clause the purpose is the demonstration's event; the gathering adds no second one
    [InlineData("Hundreds of protesters gathered outside the parliament in Lima to demand early elections.", "!*→PERGOV:141")]
    // others who gather do not protest
    [InlineData("World leaders gathered in Rome for the funeral.", "!*:141")]
    [InlineData("A large crowd gathered to watch the parade in Paris.", "!*:141")]
    [InlineData("Relatives of the miners assembled outside the hospital in Lagos.", "!*:141")]
    [InlineData("Investigators gathered evidence at the scene of the blast in Kabul.", "!*:141")]
    [InlineData("Foreign ministers of the bloc assembled in Brussels for talks.", "!*:141")]
    public void Protesters_who_gather_demonstrate(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // children named by age words are civilians, as "child" and "teenager" are
    [InlineData("Police in Dublin arrested a 14-year-old boy over the attack.", "IRLCOP→IRLCVL:173")]
    [InlineData("Police in Madrid detained two teenage girls after the riot.", "ESPCOP→ESPCVL:173")]
    [InlineData("Gunmen abducted two young girls from a village in northern Nigeria.", "NGAREB→NGACVL:181")]
    [InlineData("Soldiers shot dead a boy in the town of Jenin, Palestinian officials said.", "*→PSECVL:*")]
    [InlineData("The Pope prayed for the sick infant and his parents.", "VATREL→*CVL:018")]
    [InlineData("Security forces in Harare beat a group of youngsters at a checkpoint.", "ZWE*→ZWECVL:*")]
        [InlineData("Israeli air strikes on Rafah killed three babies, Gaza health officials said.", "ISR*→PSECVL:*")]
    // a child welcomed into a family is a birth, no praise of anyone
    [InlineData("The governor of Ohio and his wife welcomed a baby girl on Monday.", "!*:05*")]
    [InlineData("Spain's prime minister welcomed the boy's release by the kidnappers.", "ESPGOV→*:*")]
    public void Children_named_by_age_words_are_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // concessions insisted on or pressed for are demanded
    [InlineData("Iran insisted on concessions from the European Union before any deal.", "IRN→IGOEUREEC:105")]
    [InlineData("Turkey pressed for concessions from Sweden on its extradition requests.", "TUR→SWE:105")]
    // concessions made stay yielding
    [InlineData("Ukraine made concessions to Russia in the talks.", "!*:105")]
    public void Concessions_insisted_on_are_demanded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // prayers sent or posted for someone are sympathy
    [InlineData("The Pope tweeted prayers for the families of the flood victims in Pakistan.", "VATREL→*CVL:018")]
    [InlineData("Brazil's president sent prayers to the families of the miners.", "BRAGOV→BRACVL:018")]
    // a plain tweet is no sympathy
    [InlineData("The Pope tweeted a photo of the families of the flood victims in Pakistan.", "!*:018")]
    public void Prayers_sent_for_someone_are_sympathy(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a plea in court is no appeal to anyone
    [InlineData("The former governor pleaded guilty to fraud before a federal court in Chicago.", "!*:02*")]
    [InlineData("The two activists pleaded not guilty to the charges in a Moscow court.", "!*:02*")]
    // pleading with someone stays an appeal
    [InlineData("Ukraine's president pleaded with Germany to send more air defence systems.", "UKRGOV→DEU:02*")]
    public void A_plea_in_court_is_no_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
