namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (threat62): root 13 (Threaten), missed and false (decision 084). A threat keeps the dyad of the act it
/// threatens: the country the threatened act names (whose border, exports or airspace it would close or cut) is the target,
/// not the government of the capital its "if"/"unless" condition names; the condition's doer is the target only when the
/// threatened act names no one. A threat held over "any" member of a class (any country that, anyone who) is kept with no
/// target, and a state's or police force's threat to arrest "anyone" is aimed at its own people (CVL). A tariff or sanction announced with "will"/"would" and no warning, condition or "any" class
/// is the measure decided (163, intended), not a threat (1312). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from any gold line.
/// </summary>
public class Threat62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The threatened act names a country: that country, bare, is the target, whatever capital the condition names.
    [Theory]
    [InlineData("Hungary threatened to cut electricity exports to Serbia if Belgrade kept backing the rival candidate.", "HUN→SRB:131")]
    [InlineData("Hungary threatened to cut electricity exports to Serbia if Belgrade kept backing the rival candidate.", "!HUN→SRBGOV:131")]
    [InlineData("Morocco threatened to suspend fishing access for Spain unless Madrid recognised its claim.", "MAR→ESP:13*")]
    [InlineData("Morocco threatened to suspend fishing access for Spain unless Madrid recognised its claim.", "!MAR→ESPGOV:13*")]
    // The act names no one: the condition's doer is the target, a capital its government.
    [InlineData("Beijing threatened to impose sanctions if Manila sent troops to the shoal.", "CHNGOV→PHLGOV:1312")]
    [InlineData("Washington warned Ankara it would face sanctions if it bought more Russian missiles.", "USAGOV→TURGOV:1312")]
    public void Threats_keep_the_dyad_of_the_threatened_act(string sentence, string expected) => AssertCoded(sentence, expected);

    // Announced tariffs and sanctions are the measure; a condition, a warning or an "any" class keeps them threats.
    [Theory]
    [InlineData("Canada's finance minister said Ottawa would impose a 20 percent tariff on Chinese electric cars from October.", "CANGOV→CHN:163")]
    [InlineData("Canada's finance minister said Ottawa would impose a 20 percent tariff on Chinese electric cars from October.", "!*:1312")]
    [InlineData("Canada's finance minister said Ottawa would impose a 20 percent tariff on Chinese electric cars if Beijing kept dumping them.", "CANGOV→*:1312")]
    [InlineData("Canada warned that it would impose tariffs on Chinese electric cars.", "CAN→CHN:1312")]
    [InlineData("The president said he would impose tariffs on any country that buys Iranian oil.", "!*:163")]
    [InlineData("The president said he would impose tariffs on any country that buys Iranian oil.", "*→-:1312")]
    [InlineData("'If the generals do not hand back power within a month, we will impose sanctions on the junta,' the ECOWAS chief said.", "IGOWAFWAS→*:1312")]
    public void Announced_tariffs_are_the_measure(string sentence, string expected) => AssertCoded(sentence, expected);

    // A threat over whoever of a class might act is the threat, with no named target; a state's or police force's threat of
    // repression against "anyone" is aimed at its own people, an armed group's is not.
    [Theory]
    [InlineData("Brazil's president threatened to impose tariffs on any country that blocks its beef exports.", "BRAGOV→-:1312")]
    [InlineData("Tanzania's police chief threatened to arrest anyone who protests.", "TZACOP→TZACVL:137")]
    [InlineData("The rebels threatened to kill anyone who helped the army.", "!*→*CVL:*")]
    [InlineData("Police in Dar es Salaam threatened to arrest the opposition leader.", "!*→*CVL:*")]
    public void Threats_over_anyone(string sentence, string expected) => AssertCoded(sentence, expected);
}
