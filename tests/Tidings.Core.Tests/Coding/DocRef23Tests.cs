namespace Tidings.Tests.Coding;

/// <summary>
/// Document-level reference in whole articles (session 23, docref23): "the attack" that a later sentence reacts to is the
/// act the article's lead tells, not a reprisal of the same kind told in between, unless the noun repeats the later act's
/// verb; a bare country and its organ doing the same act are one doer, the organ the more exact name; and "the president"
/// after two presidents of two countries named together is not simply the last named.
/// </summary>
public class DocRef23Tests
{
    [Theory]
    // the lead's act, not the reprisal told after it
    [InlineData("Militants ambushed an army convoy in central Mali on Monday, killing 15 soldiers. Hours later the air force struck militant positions near the border. The attack drew condemnation from ECOWAS.", "IGOWAFWAS→MLIREB:111")]
    [InlineData("Militants ambushed an army convoy in central Mali on Monday, killing 15 soldiers. Hours later the air force struck militant positions near the border. The attack drew condemnation from ECOWAS.", "!IGOWAFWAS→MLIMIL:111")]
    [InlineData("Gunmen attacked a police station in northern Burkina Faso on Sunday, killing six officers. Soldiers later shelled a camp used by the gunmen. The attack drew condemnation from the African Union.", "IGOAFRAFU→BFAREB:111")]
    [InlineData("Israeli jets bombed a school in Gaza on Tuesday, killing 20 people. Hamas fired rockets at Israeli towns hours later. Egypt condemned the strike.", "EGY→ISR*:111")]
    [InlineData("Russian missiles struck a power plant in Kharkiv overnight. Ukrainian drones later hit an oil depot in Belgorod. The European Union condemned the attack.", "IGOEUREEC→RUS*:111")]
    [InlineData("Russian missiles struck a power plant in Kharkiv overnight. Ukrainian drones later hit an oil depot in Belgorod. The European Union condemned the attack.", "!IGOEUREEC→UKR*:111")]
    [InlineData("Turkish jets bombed Kurdish positions in northern Iraq on Sunday. Kurdish fighters attacked a Turkish base a day later. Iraq condemned the strike.", "IRQ→TURMIL:111")]
    [InlineData("Police raided an opposition office in Kampala on Monday. Protesters threw stones at officers. Amnesty International condemned the raid.", "NGOHRIAMN→UGACOP:111")]
    // a noun that repeats the later act's verb names that act
    [InlineData("Rebels ambushed a convoy in eastern Congo on Monday. The army attacked rebel camps on Tuesday. The attack drew criticism from Rwanda.", "RWA→CODMIL:111")]
    [InlineData("Syrian troops shelled rebel-held towns near Idlib on Monday. Rebels attacked an army post on Tuesday. Turkey condemned the attack.", "TUR→SYRREB:111")]
    // with one act only, it is that act's doer
    [InlineData("Rebels ambushed a convoy in eastern Congo on Monday. The United Nations condemned the attack.", "IGOUNO→CODREB:111")]
    public void The_attack_a_later_sentence_reacts_to_is_the_lead_act(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a country and its organ doing the same act: the organ is the doer reacted to
    [InlineData("The United States sanctioned six Iranian oil firms on Monday. The U.S. Treasury imposed sanctions on two Iranian shipping companies. Iran's foreign ministry condemned the sanctions.", "IRNGOV→USAGOV:111")]
    [InlineData("The European Union sanctioned three Belarusian officials on Monday. EU foreign ministers imposed sanctions on two Belarusian banks. Belarus's foreign ministry condemned the sanctions.", "BLRGOV→IGOEUREEC:111")]
    [InlineData("China sanctioned two American defence firms. The Chinese commerce ministry imposed sanctions on a US drone maker. The State Department criticised the sanctions.", "USAGOV→CHNGOV:111")]
    public void A_country_and_its_organ_are_one_doer(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // two holders of one office from two countries named together: "the president" is not simply the last named
    [InlineData("Kenya's president met Uganda's president in Nairobi on Monday. The president criticised the opposition for staging protests.", "!UGAGOV→*:111")]
    [InlineData("Peru's foreign minister met Chile's foreign minister in Lima. The minister later criticised Bolivia over its gas exports.", "!CHLGOV→BOL:111")]
    // one holder named: the memory keeps him
    [InlineData("Kenya's president flew to Kampala on Monday. The president criticised the opposition for staging protests.", "KENGOV→KENOPP:111")]
    [InlineData("Peru's foreign minister visited Santiago on Monday. The minister later criticised Bolivia over its gas exports.", "PERGOV→BOL:111")]
    [InlineData("Ghana's foreign minister flew to Lome on Monday. The minister met Togo's president and praised his efforts for peace.", "GHAGOV→TGOGOV:04*")]
    // a bare office with no country does not borrow its target's
    [InlineData("The head of the ministry criticised Japan on Tuesday.", "!JPN*→JPN:111")]
    [InlineData("A spokesman for the ministry accused South Korea of provoking tensions.", "!KOR*→KOR:112")]
    public void An_office_named_for_two_countries_stays_open(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
