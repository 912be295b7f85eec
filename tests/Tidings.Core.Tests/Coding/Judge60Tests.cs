namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (judge60): refusals told without a verb of refusing. A rejection or refusal (12x) with no target of its own
/// is aimed at the side a concessive or yielding phrase names as pressing for the refused act ("despite Chinese demands",
/// "despite appeals from Paris"); a permission announced as not going to be given ("would not allow / let X to ...") is a
/// refusal aimed at X, and the act it would have allowed is not coded. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Judge60Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A refusal with no target answers whoever the "despite" or yielding phrase names; a phrase that names no one leaves it
    // untargeted.
    [Theory]
    [InlineData("The Philippines refused to withdraw its patrol boats from the shoal despite Chinese demands.", "PHL→CHN:1246")]
    [InlineData("Serbia's president said he would not step down despite weeks of protests led by students.", "SRBGOV→SRBEDU:*")]
    [InlineData("Kenya's president said Kenya would not back down on the fuel levy despite the protests.", "KEN→-:124*")]
    [InlineData("Kenya's president said Kenya would not back down on the fuel levy despite the protests.", "!KEN→KENCVL:124*")]
    public void Refusals_answer_the_pressure_they_defy(string sentence, string expected) => AssertCoded(sentence, expected);

    // "would not allow / let X to do Y" refuses X (1212 for an armed force), and Y is not done; a hostile Y, an affirmed
    // permission and a conditional one are no refusal.
    [Theory]
    [InlineData("A government spokesman said Israel would not allow the Palestinian Authority to run the crossing.", "ISR→PSEGOV:120")]
    [InlineData("The defence minister said Colombia would not let the US military use its airfields for strikes on Venezuela.", "COL→USAMIL:1212")]
    [InlineData("The defence minister said Colombia would not let the US military use its airfields for strikes on Venezuela.", "!USAMIL→VEN:19*")]
    [InlineData("The minister said Israel would not allow Iran to attack its cities.", "!ISR→IRN:12*")]
    [InlineData("A government spokesman said Israel would allow the Palestinian Authority to run the crossing.", "!ISR→PSEGOV:12*")]
    [InlineData("A government spokesman said Israel would not allow the Palestinian Authority to run the crossing unless Hamas disarmed.", "!ISR→PSEGOV:12*")]
    public void Permissions_announced_as_not_given_are_refusals(string sentence, string expected) => AssertCoded(sentence, expected);

    // Extradition and its refusal are aimed at the state that wants the person: a "wanted in" place's country, else the
    // person's own; a "to" phrase keeps its state, and a person of the source's own country wanted nowhere named stays.
    [Theory]
    [InlineData("Fiji's High Court refused to extradite a Chinese businessman wanted in China on fraud charges.", "FJIJUD→CHN:1213")]
    [InlineData("Fiji's High Court refused to extradite a Chinese businessman wanted in China on fraud charges.", "!FJIJUD→CHNBUS:1213")]
    [InlineData("Kenya extradited a Turkish businessman wanted on fraud charges.", "KEN→TUR:063")]
    [InlineData("Honduras extradited a former police chief wanted in Miami for cocaine trafficking.", "HND→USA:063")]
    [InlineData("Spain extradited a Moroccan businessman to Rabat.", "ESP→MARGOV:063")]
    public void Extraditions_are_aimed_at_the_wanting_state(string sentence, string expected) => AssertCoded(sentence, expected);

    // A refusal announced with "would not" and held "until" another side acts is aimed at that side, not at the source's own
    // population the eased measure would reach; a condition no actor fulfils leaves the default.
    [Theory]
    [InlineData("Thailand's prime minister said he would not reopen the border crossings until Cambodia cleared its landmines.", "THAGOV→KHM:1241")]
    [InlineData("Thailand's prime minister said he would not reopen the border crossings until Cambodia cleared its landmines.", "!THAGOV→THA:1241")]
    [InlineData("Thailand's prime minister said he would not reopen the border crossings until the rains ended.", "!THAGOV→KHM:1241")]
    public void Refusals_held_until_another_side_acts(string sentence, string expected) => AssertCoded(sentence, expected);

    // Cooperation or aid done "in breach / violation of" a rule is a wrong: not coded as cooperation, and a charge (112) of
    // the doer by a speaker who reports it; the same act told plainly stays cooperation, and force in breach stays force.
    [Theory]
    [InlineData("Britain's foreign office said two Turkish firms had sold drones to Russia in violation of the embargo.", "GBRGOV→TURBUS:112")]
    [InlineData("Britain's foreign office said two Turkish firms had sold drones to Russia in violation of the embargo.", "!TURBUS→RUS:07*")]
    [InlineData("Britain's foreign office said two Turkish firms had sold drones to Russia.", "TURBUS→RUS:072")]
    [InlineData("India's army said Pakistani troops opened fire in violation of the ceasefire.", "PAKMIL→*:193")]
    public void Acts_in_breach_of_a_rule_are_wrongs(string sentence, string expected) => AssertCoded(sentence, expected);
}
