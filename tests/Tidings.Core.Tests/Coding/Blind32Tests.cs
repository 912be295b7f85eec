namespace Tidings.Tests.Coding;

/// <summary>
/// Session 18's sense tests from the blind32 split (everyday verbs and nouns in and out of their political sense), over the
/// default pipeline, on sentences written for these tests: an aid that is a device, figures a company backs or warns about,
/// people in need one supports, a company's sale, a lawyer's defence of clients,
/// "hit X with tariffs", "welcomed X to a capital", an agreement that is what a welcome or praise is of, fire from critics,
/// wounds in a crackdown, a baton charge, naming people a threat, and "push X to do Y". Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Blind32Tests
{
    [Theory]
    // a device or a skill named "aid" is no aid given; aid sent still is
    [InlineData("Pensioners in Ireland will receive free hearing aids under the new budget.", "")]
    [InlineData("Kenyan volunteers gave first aid to injured runners in Nairobi.", "")]
    [InlineData("Japan sent aid to the Philippines after the typhoon.", "JPN→PHL:07*")]
    // a company backing or supporting its own figures, or warning about them, endorses or warns nobody
    [InlineData("The German carmaker backed its profit forecast despite weak sales in China.", "")]
    [InlineData("The retailer backed its annual earnings guidance on Tuesday.", "")]
    [InlineData("The airline warned that its profits would fall this year.", "")]
    [InlineData("France backed Morocco's autonomy plan for Western Sahara.", "FRA→MAR:051")]
    [InlineData("The IMF warned that growth in Kenya would slow.", "IGOBUSIMF→KEN:012")]
    // "push" frames an appeal only with an actor as its object
    [InlineData("The heatwave pushed electricity prices to a record.", "")]
    [InlineData("Germany pushes for a quick end to the sanctions on Iran.", "")]
    // caring for people in need supports no cause (051); a company's sale is commerce; a lawyer defends in court
    [InlineData("The mayor supported the victims' families throughout the inquiry.", "")]
    [InlineData("The foundation supports vulnerable children in Lagos.", "")]
    [InlineData("Germany supports the Ukrainian people.", "DEU→UKRCVL:051")]
    [InlineData("The Spanish airline agreed to sell its regional unit to a Portuguese rival.", "")]
    [InlineData("The bank agreed to be acquired by a larger rival.", "")]
    [InlineData("Kenya agreed to send police officers to Haiti.", "KEN→HTI:03*")]
    [InlineData("Chinese lawyer Li Heping defended dissidents and victims of land seizures for a decade.", "")]
    [InlineData("Hungary's foreign minister defended Russia's invasion.", "HUNGOV→RUS:052")]
    [InlineData("The United States pushed Israel to allow more aid into Gaza.", "USA→ISR:02*")]
    public void Everyday_senses_name_no_event(string text, string expected)
    {
        if (expected.Length == 0) Assert.Empty(PipelineEvents.Codes(text));
        else PipelineEvents.AssertCoded(text, expected);
    }

    [Theory]
    // hit with tariffs or sanctions: a sanction (163), not force; missiles that hit stay an attack. Makers named by a
    // country adjective are its business (session 65, nationality65: roles.tsv "makers" BUS; was the bare CHN).
    [InlineData("The European Union hit Chinese electric car makers with tariffs of up to 35 percent.", "IGOEUREEC→CHNBUS:163|!IGOEUREEC→CHN*:190")]
    [InlineData("Washington hit Venezuela with new sanctions on Monday.", "USA*→VEN:163")]
    [InlineData("Russian missiles hit a power plant in Kharkiv overnight.", "RUS→UKR:195|!RUS→UKR:163")]
    // welcoming a guest to a place hosts a visit; welcoming a decision approves it
    [InlineData("Kenya's president welcomed Ethiopia's prime minister to Nairobi on Monday.", "KENGOV→ETHGOV:043|ETHGOV→KENGOV:042|!KENGOV→ETHGOV:051")]
    [InlineData("Kenya's president welcomed Ethiopia's decision to reopen the border.", "KENGOV→ETH:051|!KENGOV→ETH:043")]
    // what is welcomed or praised is known news, not an agreement by the one who praises it
    [InlineData("Egypt welcomed the truce agreement between Israel and Hamas.", "EGY→ISR:051|!EGY→ISR:057|!ISR→EGY:057")]
    [InlineData("Turkey praised the peace deal between Armenia and Azerbaijan.", "TUR→ARM:051|!TUR→ARM:057|!ARM→TUR:057")]
    public void Idioms_change_the_code(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // fire from critics is criticism (111); fire from guns stays force
    [InlineData("Britain's education minister came under fire from teachers' unions over school funding.", "GBREDU→GBRGOVEDU:111|!GBREDU→GBRGOVEDU:190")]
    [InlineData("Ukrainian positions came under fire from Russian artillery.", "RUSMIL→UKR:190|!RUSMIL→UKR:111")]
    // wounds in a crackdown are its outcome, no killing; deaths in it are killings
    [InlineData("Police fired on demonstrators in Nairobi, wounding at least ten of them.", "KENCOP→KENCVL:175|!KENCOP→KENCVL:1823")]
    [InlineData("Police fired on demonstrators in Nairobi, killing at least ten of them.", "KENCOP→KENCVL:1823")]
    // a charge at a crowd is repression (175); charging a suspect stays legal action (173)
    [InlineData("Riot police charged at students with batons in Dhaka.", "BGDCOP→BGDEDU:175|!BGDCOP→BGDEDU:173")]
    [InlineData("Prosecutors in Dhaka charged the former minister with fraud.", "BGDJUD→BGDELI:173|!BGDJUD→BGDELI:175")]
    // naming people a threat or traitors denounces them (111)
    [InlineData("Serbia's president called the striking students a threat to the state.", "SRBGOV→SRBEDU:111")]
    [InlineData("Venezuela's president branded the opposition leaders traitors.", "VENGOV→VENOPP:111")]
    public void Force_words_in_other_senses(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
