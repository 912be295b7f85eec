namespace Tidings.Tests.Coding;

/// <summary>
/// The right target (session 27, targets27): the opposition or rebels named beside a state organ as the other party are that
/// state's own, however many other countries the sentence names; a curb on imports whose goods a country adjective names is
/// aimed at that country; a thing's past participle ("steel imported from Japan") is no act of the governing verb's subject
/// and still says where the thing the measure hits comes from.
/// </summary>
public class Targets27Tests
{
    [Theory]
    // a mediator or host names the two sides: the opposition or rebels coordinated after a state organ are that state's
    [InlineData("Qatar offered to host talks between Venezuela's government and the opposition.", "QAT→VENOPP:039|QAT→VENGOV:039|!*→OPP:*")]
    [InlineData("Norway offered to mediate between the Colombian government and the rebels.", "NOR→COLREB:039|!*→REB:*")]
    [InlineData("Egypt hosted talks between Kinshasa and the rebels.", "EGY→CODREB:045|!*→REB:*")]
    [InlineData("Brazil urged Venezuela's government and the opposition to resume talks.", "BRA→VENOPP:*|!*→OPP:*")]
    [InlineData("Turkey offered to mediate between the Ethiopian government and armed rebels.", "TUR→ETHREB:039|!*→REB:*")]
    [InlineData("Angola called on Mozambique's army and the rebels to respect the truce.", "AGO→MOZREB:*|!*→REB:*")]
    public void Opposition_or_rebels_beside_a_state_organ_are_that_states(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the bare role keeps its own reading where no state organ stands before "and"
    [InlineData("Sudan's army and the rebels traded fire near the capital.", "SDNMIL→SDNREB:19*")]
    [InlineData("Police arrested students and opposition activists in Nairobi.", "KENCOP→KENOPP:173")]
    public void Without_a_coordinated_state_organ_the_role_is_found_as_before(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a curb on imports of goods a country adjective names is aimed at that country
    [InlineData("Russia banned imports of Polish apples.", "RUS→POL:163")]
    [InlineData("India banned imports of Chinese toys and Turkish steel.", "IND→CHN:163|IND→TUR:163")]
    [InlineData("Belarus banned imports of Polish and Lithuanian fruit.", "BLR→POL:163|BLR→LTU:163")]
    [InlineData("Ukraine halted imports of Russian gas.", "UKR→RUS:163")]
    [InlineData("China suspended imports of Japanese seafood on Thursday.", "CHN→JPN:163")]
    // "from X" keeps working, and a ban with no origin named keeps no target
    [InlineData("Russia banned imports from Moldova.", "RUS→MDA:163")]
    [InlineData("Russia banned imports of apples.", "RUS→-:163")]
    public void A_curb_on_imports_of_a_countrys_goods_is_aimed_at_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the thing's participle tells where it comes from even when hung on the measure noun; it is no trade by the subject
    [InlineData("China imposed tariffs on steel imported from Japan.", "CHN→JPN:163|!*:061")]
    [InlineData("The EU imposed duties on cars imported from China.", "IGOEUREEC→CHN:163|!*:061")]
    [InlineData("India imposed tariffs on solar panels imported from China.", "IND→CHN:163|!*:061")]
    [InlineData("Mexico raised tariffs on shoes imported from Vietnam.", "MEX→VNM:163|!*:061")]
    public void A_participle_on_the_hit_goods_names_their_origin(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a country adjective on the counted people themselves says whose people they are, before the place or the doer's country
    [InlineData("Germany deported 81 Afghan men to Kabul.", "DEU→AFGCVL:174|!*→DEUCVL:*")]
    [InlineData("The United States deported 200 Venezuelan men to El Salvador.", "USA→VENCVL:174|!*→USACVL:*")]
    [InlineData("Police arrested three Egyptian men in Athens.", "*COP→EGYCVL:173")]
    // with no adjective they stay the people of the place or of the doer
    [InlineData("Police detained more than 200 people at a protest in Moscow.", "RUSCOP→RUSCVL:173")]
    public void A_demonym_on_counted_people_gives_their_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // trade "with" a country names the partner
    [InlineData("China said it would continue normal trade with Iran.", "CHN→IRN:0311")]
    public void Trade_with_a_country_names_the_partner(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
