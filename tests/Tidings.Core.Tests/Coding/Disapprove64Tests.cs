namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (disapprove64): root 11, missed events, second pass. A parse repair that gives an accusation or a criticism
/// back its speaker: a comma-led participle of saying hung on the base-form verb of a demanded clause ("demanded that the
/// agency condemn the strikes, accusing its chief of ...") is the demander's, not the addressee's. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not
/// be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Disapprove64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // What a demanded clause tells is not done; a speech participle beside it is the demander's act. A participle beside a
    // clause that reports a done act stays with that clause.
    [Theory]
    [InlineData("Serbia's foreign ministry demanded on Monday that the UN refugee agency condemn the expulsions, accusing the agency's chief of ignoring the plight of Serbs.", "SRBGOV→IGOUNOREFHCR:112*")]
    [InlineData("Serbia's foreign ministry demanded on Monday that the UN refugee agency condemn the expulsions, accusing the agency's chief of ignoring the plight of Serbs.", "!IGOUNOREFHCR→IGOUNOREFHCR:112*")]
    [InlineData("Serbia demanded that Croatia extradite the former commander, accusing him of war crimes.", "SRB→HRV*:112*")]
    [InlineData("Serbia said that Croatia had arrested the former commander, accusing him of war crimes.", "!SRB→*:112*")]
    public void A_speech_participle_after_a_demanded_clause_is_the_demanders(string text, string expected) => AssertCoded(text, expected);
}
