namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (blind86): fixes from the first run of the blind86 split (wire syntax: appositions, passives, relative
/// clauses). (1) A mass killing's victims described again in an apposition ("more than 60 people, most of them women and
/// children") are one group: the verb's lesser copy on the appositive conjunct (1823 beside the 202) is dropped, while a
/// killing of a few keeps its 1823. (2) "was shot", "were hit" right after a form of "be" are passive participles, not
/// nouns: the victim is no longer read as the shooter of an agentless shooting, and a by-agent still is the source.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the blind86 gold lines.
/// </summary>
public class Blind86Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // One verb, one group of victims of one actor code: the mass killing alone.
    [Theory]
    [InlineData("Militiamen killed more than 60 people, most of them women and children, in a night raid on a fishing camp in Upper Nile state.", "SSDREB→SSDCVL:202")]
    [InlineData("Militiamen killed more than 60 people, most of them women and children, in a night raid on a fishing camp in Upper Nile state.", "!SSDREB→SSDCVL:1823")]
    [InlineData("Gunmen killed six villagers, most of them women, in a raid in Zamfara state.", "NGAREB→NGACVL:1823")]
    public void Appositive_victims_of_a_mass_killing_are_one_group(string sentence, string expected) => AssertCoded(sentence, expected);

    // "was shot" is the passive: no shooting by the victim; a by-agent is the source.
    [Theory]
    [InlineData("Kenya's former sports minister was shot and wounded in Nairobi on Friday.", "!KENELI→*:193")]
    [InlineData("Kenya's former sports minister was shot and wounded in Nairobi on Friday.", "!KENELI→*:190")]
    [InlineData("Kenya's former sports minister was shot by unidentified gunmen in Nairobi on Friday.", "KENREB→KENELI:185")]
    public void Was_shot_is_a_passive(string sentence, string expected) => AssertCoded(sentence, expected);
}
