namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (realnews67): actors named earlier in the article. A bare crowd noun ("the protesters", "marchers", "the
/// crowd") is the protesting group an earlier protest sentence named (students, nurses, farmers, a union, the opposition),
/// and "supporters" after a party's name are the party's; a socio-cultural or socio-political group named by its
/// appositive is a non-governmental organisation. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Passages written for these tests, not taken from the gold lines.
/// </summary>
public class Realnews67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The crowd of a later sentence is the group whose protest an earlier sentence told, in every crowd word.
    [Theory]
    [InlineData("Thousands of nurses marched to the health ministry in Nairobi on Monday to demand unpaid allowances. Police fired tear gas at the protesters.", "KENCOP→KENHLH:175|!KENCOP→KENCVL:175")]
    [InlineData("Hundreds of farmers blocked the main highway outside Lima on Tuesday. Riot police used water cannon to disperse the demonstrators.", "PERCOP→PERAGR:175")]
    [InlineData("Taxi drivers staged a strike in Dakar on Monday. Police detained dozens of protesters.", "SENCOP→SENLAB:173")]
    [InlineData("University students rallied in Dhaka against the new fee rules. Police beat the marchers with batons.", "BGDCOP→BGDEDU:182")]
    // a sentence between that names no crowd leaves the crowd to the protest before it
    [InlineData("Students protested in Jakarta on Friday. The president condemned the violence. Police fired rubber bullets at the crowd.", "IDNCOP→IDNEDU:175")]
    public void A_bare_crowd_is_the_protesting_group_named_before(string text, string expected) => AssertCoded(text, expected);

    // Supporters after a party's name are the party's (decision 069: party supporters take the party's code).
    [Theory]
    [InlineData("Members of the opposition Citizens' Coalition for Change held a rally in Harare on Saturday. Police arrested 40 supporters.", "ZWECOP→ZWEOPP:173")]
    public void Supporters_after_a_party_are_the_party(string text, string expected) => AssertCoded(text, expected);

    // What the rule must leave: a crowd no group was named for, a group of another country, a crowd with its own owner,
    // a crowd of civilians named between.
    [Theory]
    [InlineData("Police arrested 30 protesters in Nairobi on Monday.", "KENCOP→KENCVL:173")]
    [InlineData("Thousands of teachers marched in Bogota against the pension reform. Separately, police arrested protesters in Lima.", "!PERCOP→*EDU:173")]
    [InlineData("The opposition party condemned the election result. Police arrested dozens of supporters of the president in Harare.", "!ZWECOP→ZWEOPP:173")]
    [InlineData("Residents of the town marched against the new dam. Police arrested 20 protesters.", "!*→*EDU:173|!*→*LAB:173")]
    // a crowd of civilians named between the protest and the crowd noun is nearer: the crowd is theirs
    [InlineData("Thousands of workers marched in Paris against the pension bill. Groups of masked youths smashed shop windows. Police charged the crowd.", "!FRACOP→FRALAB:*")]
    // "riot police" holds a protest word but tells no protest: the channels that broadcast footage are no protesters
    [InlineData("Riot police cleared the square, according to footage broadcast by independent television channels. Some demonstrators threw bottles at police.", "!*MED→*:145")]
    public void A_crowd_keeps_its_own_reading(string text, string expected) => AssertCoded(text, expected);

    // A socio-cultural or socio-political group named by its appositive is a non-governmental organisation of its country.
    [Theory]
    [InlineData("Igbo Unity Forum, the pan-Igbo socio-cultural group, condemned the arrest of the governor in Enugu.", "NGANGO→NGAGOV:111")]
    public void A_socio_cultural_group_is_an_NGO(string text, string expected) => AssertCoded(text, expected);
}
