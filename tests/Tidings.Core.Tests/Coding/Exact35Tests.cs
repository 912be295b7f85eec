namespace Tidings.Tests.Coding;

/// <summary>
/// Right root and actors, wrong sub-code (session 35, exact35). Weapons listed together in a "with" phrase are judged by the
/// heaviest ("with rifles and mortars" 194, "small arms" are 193), and "exchanged fire" (193 when no weapon is named,
/// decision 022) takes a heavier weapon named for it. An appeal that the addressee press, persuade or use its influence on a
/// third side is one for diplomatic backing (022, 102), whatever the third side is to do. An appeal to return home and take
/// part in talks asks for the talks (026), and one to settle differences for a settlement (027). A rejected request for aid of
/// a kind is the refusal of that aid (1221 economic, 1222 military, 1223 humanitarian), as the appeal for it is 023k; a
/// rejected request for anything else stays 120. "Agreed to free trade" opens trade (0311), "agreed to free" people releases
/// them (0353). An accusation of restrictions, disinformation or hacking is no accusation of aggression: it stays 112
/// (1122 with people named as harmed), while force and backing armed groups stay 1123. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Exact35Tests
{
    [Theory]
    // the heaviest weapon of a list decides, for both sides of the exchange
    [InlineData("Armenian and Azerbaijani troops exchanged fire with machine guns and mortars near the village of Sotk.", "ARMMIL→AZEMIL:194|AZEMIL→ARMMIL:194|!ARMMIL→AZEMIL:193")]
    [InlineData("Indian and Pakistani soldiers clashed with small arms and artillery along the Line of Control.", "INDMIL→PAKMIL:194|!INDMIL→PAKMIL:190")]
    // a lighter weapon, or none, leaves the exchange at 193
    [InlineData("Armenian and Azerbaijani troops exchanged fire with rifles near the village of Sotk.", "ARMMIL→AZEMIL:193|!ARMMIL→AZEMIL:194")]
    [InlineData("Armenian and Azerbaijani troops exchanged fire across the border overnight.", "ARMMIL→AZEMIL:193|!ARMMIL→AZEMIL:194")]
    public void Heaviest_weapon_named_decides(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Jordan asked the United Nations to press Israel to halt settlement construction.", "JOR→IGOUNO:022|!JOR→IGOUNO:020")]
    [InlineData("France urged Turkey to use its influence to persuade Azerbaijan to reopen the corridor.", "FRA→TUR:022|!FRA→TUR:020")]
    [InlineData("Estonia called on the European Union to pressure Belarus over the migrants at the border.", "EST→IGOEUREEC:022")]
    // pressing charges or pressing ahead is no third side brought round
    [InlineData("The governor urged lawmakers to press ahead with the budget reform.", "!*:022")]
    [InlineData("Kenya urged the United Nations to send more peacekeepers to Haiti.", "!KEN→IGOUNO:022")]
    public void Appeal_to_press_a_third_side(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ghana's president urged exiled opposition leaders to return home and take part in a national dialogue.", "GHAGOV→GHAOPP:026|!GHAGOV→GHAOPP:020")]
    [InlineData("Qatar urged Sudan and South Sudan to settle their differences through dialogue.", "QAT→SDN:027|QAT→SSD:027")]
    // returning home alone asks for no talks
    [InlineData("Ghana's president urged exiled opposition leaders to return home.", "!GHAGOV→GHAOPP:026")]
    public void Appeal_for_talks_by_a_coordinated_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Malawi rejected a request from Zambia for emergency food aid.", "MWI→ZMB:1223|!MWI→ZMB:120")]
    [InlineData("Germany turned down Kyiv's request for more air defence systems.", "DEU→UKR*:1222|!DEU→UKR*:120")]
    [InlineData("Japan rejected a request from Sri Lanka for a new loan.", "JPN→LKA:1221")]
    // a request for talks or a visit is no aid refused
    [InlineData("Colombia rejected a request from Venezuela for talks on the border.", "!COL→VEN:122*")]
    public void Rejected_request_for_aid_takes_its_kind(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Kenya and Uganda agreed to free trade across their shared border.", "KEN→UGA:0311|!KEN→UGA:0353")]
    // freeing people keeps the release
    [InlineData("The rebels agreed to free the Kenyan hostages held in the forest.", "*:0353")]
    public void Agreed_to_free_trade_is_economic_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Mali's junta accused the French broadcaster of spreading false information about the army.", "MLIMIL→FRAMED:112|!MLIMIL→FRAMED:1123")]
    [InlineData("Lithuania accused Russia of a cyber attack on its railway network.", "LTU→RUS:112|!LTU→RUS:1123")]
    [InlineData("The opposition leader accused the army chief of plotting to remove him from office.", "*:112|!*:1123")]
    // force, seizure and backing armed groups stay aggression; harm to detainees a rights abuse
    [InlineData("Japan accused China of seizing a Japanese fishing boat.", "JPN→CHN:1123")]
    [InlineData("Chad accused Sudan of arming the rebels who attacked its border posts.", "TCD→SDN:1123")]
    [InlineData("Human Rights Watch accused the police of torturing detainees in Harare.", "NGOHRI→ZWECOP:1122")]
    public void Accusation_of_coercion_without_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
