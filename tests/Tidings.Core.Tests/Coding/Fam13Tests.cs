namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (fam13): breadth of CAMEO roots 13, 14 and 15 (threaten, protest, exhibit force posture) in wordings wire copy
/// uses beyond the ones the gold happened to write: strikes gone on under a kind the lexicon knows as a noun of its own ("went
/// on a nationwide strike"), strike notices, stoppages, a mediator threatening to step down (135), a penalty faced (132),
/// forces placed on readiness and patrols stepped up; "ahead of planned protests" misparsed into the clause subject's threat;
/// an alert of units that name no arm, by the force that orders it; a protest outside a legislature named by a bare noun
/// (decision 064). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not
/// be. Sentences written for these tests, not taken from gold lines or probes.
/// </summary>
public class Fam13Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Strikes, strike notices and stoppages.
    [Theory]
    [InlineData("Nurses in Zambia went on a nationwide strike over unpaid salaries.", "ZMBHLH→*:143*")]
    [InlineData("Nurses in Malawi issued a strike notice over unpaid allowances.", "MWIHLH→*:133")]
    [InlineData("Port workers in Argentina staged a 36-hour stoppage over pay.", "ARGLAB→*:143*")]
    // Near cases: a halt of exports, a trip abroad and a notice of no strike are none of these.
    [InlineData("Argentina ordered a stoppage of grain exports to Chile.", "!*→*:143*")]
    [InlineData("Ghana's president went on a two-day visit to Nigeria.", "!*→*:143*")]
    [InlineData("The ministry issued a notice on new visa rules for students.", "!*→*:133")]
    public void Strikes_in_the_words_copy_uses(string sentence, string expected) => AssertCoded(sentence, expected);

    // Threats and postures in other words: a mediator stepping down, a penalty faced, forces placed on readiness, patrols
    // stepped up.
    [Theory]
    [InlineData("Qatar threatened to step down as mediator between Sudan's army and the Rapid Support Forces.", "QAT*→*:135")]
    [InlineData("Kenya's education ministry said striking teachers would face disciplinary action.", "KENGOV*→KENEDU:132")]
    [InlineData("Venezuela placed its navy on maximum readiness after US warships entered the Caribbean.", "VENMIL→*:152")]
    [InlineData("Police in Manila intensified patrols before the holiday.", "PHLCOP→-:151")]
    // Near cases: no will/would, no threat; patrols of two states together are cooperation; a president who steps down
    // threatens nothing.
    [InlineData("Striking teachers in Kenya face disciplinary action over the exam leak.", "!*→*:132")]
    [InlineData("Thailand and Malaysia intensified joint patrols along their border.", "!*→*:15*")]
    [InlineData("Kenya's president stepped down as chairman of the regional bloc.", "!*→*:13*")]
    public void Threats_and_postures_in_other_words(string sentence, string expected) => AssertCoded(sentence, expected);

    // "ahead of planned protests": the protest's planner is not the clause subject, whatever the parse makes of "planned".
    [Theory]
    [InlineData("Uganda deployed riot police across Kampala ahead of planned anti-government protests on Thursday.", "!UGA→*:133")]
    [InlineData("Uganda deployed riot police across Kampala ahead of planned anti-government protests on Thursday.", "UGACOP→-:153")]
    // Near case: a union that threatens a strike keeps its threat.
    [InlineData("Teachers in Uganda threatened a strike over pay.", "UGAEDU→*:133")]
    public void Planned_protests_are_nobodys_threat(string sentence, string expected) => AssertCoded(sentence, expected);

    // An alert of units that name no arm is the arm of the force that puts them on alert.
    [Theory]
    [InlineData("Colombian police put all units in Bogota on maximum alert ahead of the march.", "COLCOP→*:151")]
    [InlineData("Colombian police put all units in Bogota on maximum alert ahead of the march.", "!COLCOP→*:152")]
    // Near case: an army's units stay the military's.
    [InlineData("Colombia's army put its units on maximum alert.", "COLMIL→*:152")]
    public void Alerts_of_generic_units_follow_the_force(string sentence, string expected) => AssertCoded(sentence, expected);

    // A protest outside a legislature named by a bare noun is aimed at the legislature (decision 064).
    [Theory]
    [InlineData("Romanian teachers protested outside parliament against cuts to school budgets.", "ROUEDU→ROULEG:141*")]
    [InlineData("Romanian teachers protested outside parliament against cuts to school budgets.", "!ROUEDU→ROUGOV:141*")]
    // Near case: a protest at another building keeps the government.
    [InlineData("Romanian teachers protested outside the presidential palace against cuts to school budgets.", "ROUEDU→ROUGOV:141*")]
    public void Protests_at_a_bare_legislature_aim_at_it(string sentence, string expected) => AssertCoded(sentence, expected);
}
