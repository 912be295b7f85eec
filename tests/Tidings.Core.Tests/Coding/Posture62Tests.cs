namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (posture62): root 15, exhibit force posture. A show of force by a state is made by its force (decision 018):
/// CAMEO 151 and 152 are the alert status of the police and of the military, so a country or government that raises an
/// alert gives the source's role from the code; a mobilisation or deployment takes it from the force its trigger or the
/// trigger noun's "of" phrase names. A border named by a country adjective or noun ("the Syrian border", "the US
/// border") says where a posture is held, not whom it is aimed at (decision 085); "its border with X" and "X's border"
/// keep X. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Posture62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The force whose alert is raised is the source of 152 (and police of 151), whether the sentence names a country, a
    // capital or a minister as the subject.
    [Theory]
    [InlineData("Lithuania raised the alert level of its military cyber unit on Tuesday.", "LTUMIL→-:152|!LTU→-:152")]
    [InlineData("Seoul raised the readiness of its frontline units on Sunday.", "KORMIL→-:152|!KORGOV→-:152")]
    [InlineData("Armenia's defence minister put the armed forces on maximum alert on Friday.", "ARMMIL→-:152|!ARMGOV→-:152")]
    [InlineData("Armenia's defence minister criticised the plan on Friday.", "!ARMMIL→*")]
    public void Alert_raised_by_a_state_is_the_forces(string sentence, string expected) => AssertCoded(sentence, expected);

    // A mobilisation told through a trigger noun takes the force its "of" phrase names; with no force named (weapons
    // only) the state keeps the act.
    [Theory]
    [InlineData("Kyrgyzstan's defence minister announced the deployment of 3,000 troops to the border with Tajikistan.", "KGZMIL→TJK:154|!KGZGOV→TJK:154")]
    [InlineData("Poland deployed long-range missiles to its border with Belarus.", "POL→BLR:154|!POLMIL→BLR:154")]
    public void Mobilisation_by_a_state_is_the_forces(string sentence, string expected) => AssertCoded(sentence, expected);

    // A deployment announced for later with no warning or condition is the posture decided (15x, intended); a warning or an
    // "if" keeps it a threat.
    [Theory]
    [InlineData("Peru's interior minister said the government would deploy 2,000 more police officers to Puno.", "PERCOP→-:153")]
    [InlineData("Peru's interior minister said the government would deploy 2,000 more police officers to Puno.", "!PERCOP→-:130")]
    [InlineData("Moscow warned it would send warships to escort its tankers.", "!RUSMIL→-:150")]
    [InlineData("Greece said it would send warships to the area if a Turkish survey ship entered its waters.", "!GRCMIL→-:150")]
    public void Announced_posture_is_intended(string sentence, string expected) => AssertCoded(sentence, expected);

    // A border adjective or noun names the place of the posture, not its target; the border "with X" and "X's border" keep X.
    [Theory]
    [InlineData("Turkish police were placed on high alert along the Iraqi border on Monday.", "TURCOP→-:151|!TURCOP→IRQ:151")]
    [InlineData("Chile sends 2,000 troops to Peruvian border", "!CHLMIL→PER:154")]
    [InlineData("Chile sent 2,000 troops to its border with Peru on Monday.", "CHLMIL→PER:154")]
    [InlineData("Belarus massed troops near Lithuania's border.", "BLRMIL→LTU:154")]
    public void Border_adjective_is_a_place(string sentence, string expected) => AssertCoded(sentence, expected);
}
