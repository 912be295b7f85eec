namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (posture68): roots 15, 16, 10 and 12. (1) A leader or commander who oversees, watches or inspects a weapons test
/// or launch shows the state's force (150, no target, decision 077). (2) Missiles or shells fired toward, over or across a sea
/// with no other goal are a weapons test (150), as those fired into it are. (3) A force ordered to a place ("ordered the army onto
/// the streets") is deployed there (154, 153 for police). (4) A call-up of conscripts or reservists told as a noun is a
/// mobilisation (154) by the force. (5) A recalled envoy is the recaller's own: the relation cut (161) is aimed at the host
/// state the "from"/"to" phrase names, as the bare country. Events are written "SOURCE→TARGET:CODE"; "!" marks an event that
/// must not be coded. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Posture68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Kim Jong Un oversaw the test-firing of a new cruise missile, state media said.", "PRKGOV→-:150")]
    [InlineData("North Korean leader Kim Jong Un watched a new artillery system being fired on Sunday, KCNA reported.", "PRKGOV→-:150")]
    // a launch of no weapon, and a test another state makes, are no show of force by the one who watches
    [InlineData("Prime Minister Narendra Modi oversaw the launch of a new health insurance scheme.", "!*→*:150")]
    [InlineData("South Korea's military watched North Korea's missile launch closely.", "!KORMIL→-:150")]
    public void Overseen_weapons_tests_show_force(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("North Korea launched two ballistic missiles toward the East Sea on Monday.", "PRK→-:150")]
    // a launch aimed past the sea at a named place is an attack
    [InlineData("Iran fired a missile over the Gulf of Oman toward Israel on Sunday.", "!IRN→-:150")]
    public void Missiles_fired_toward_or_over_a_sea_are_a_test(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peru's interior minister ordered 500 police officers to the southern region after the riots.", "PERCOP→-:153")]
    [InlineData("Colombia's president ordered 2,000 soldiers to the border with Venezuela.", "COLMIL→VEN:154")]
    // troops ordered back, or ordered to do something, are not deployed by the order
    [InlineData("Colombia's president ordered the soldiers back to their base.", "!*→*:154")]
    [InlineData("Colombia's president ordered the army to crush the rebellion.", "!*→*:154")]
    public void Forces_ordered_to_a_place_are_deployed(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Russia's defence ministry announced the call-up of 150,000 conscripts.", "RUSMIL→-:154")]
    public void A_call_up_is_a_mobilisation(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Sweden recalls envoy from Iran over execution", "SWE→IRN:161")]
    [InlineData("Ghana Recalls Ambassador To Togo Over Border Row", "GHA→TGO:161")]
    // a headline that names no host keeps no target
    [InlineData("Ghana Recalls Ambassador For Consultations", "!GHA→GHA*:161")]
    public void Recalled_envoys_cut_relations_with_the_host(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    [InlineData("Chile's foreign minister said on Thursday that President Boric had recalled his ambassador from Caracas.", "CHLGOV→VEN:161")]
    [InlineData("Ghana recalled its ambassador for consultations.", "GHA→-:161")]
    public void Recalled_envoys_in_the_body_cut_relations_with_the_host(string sentence, string expected) => AssertCoded(sentence, expected);
}
