namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (threat69): threats and ultimatums the coder did not read. Declaring something a legitimate target is a threat
/// to attack it (1384), aimed at its owner when the sentence names one; a span of time the parser hung on the recipient of
/// "give" is still the deadline of an ultimatum (139), and "the government" given it by a country's own people is their
/// own government; a sentence-initial "Giving X N hours to ..." before the main clause's subject is an adverbial clause, so
/// the ultimatum has its giver; a threat of force is aimed at the side whose act it answers ("to any incursion from X", "to
/// any Albanian incursion"), never at the threatener's own army. Events are written "SOURCE→TARGET:CODE"; "!" marks an
/// event that must not be coded. Sentences written for these tests, not taken from the gold.
/// </summary>
public class Threat69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Things declared fair game for the speaker's fire.
    [Theory]
    [InlineData("The militia warned that any aircraft flying over the province would be treated as a legitimate target.", "REB→-:1384|!REB→-:012")]
    [InlineData("The Kremlin warned that any US missiles stationed in Romania would become legitimate targets.", "RUSGOV→USA:1384")]
    // guards: a negated declaration is no threat; a target of a takeover named by no actor is no threat either
    [InlineData("The UN said hospitals are never a legitimate target.", "!*→*:1384")]
    [InlineData("Analysts said the company was a legitimate target for a takeover.", "!*→*:1384")]
    public void Declared_legitimate_targets(string sentence, string expected) => AssertCoded(sentence, expected);

    // Ultimatums whose span or giver the parser misplaced.
    [Theory]
    [InlineData("Kenya's doctors' union demanded a pay rise, giving the government three weeks to respond or face a national strike.", "KENHLH→KENGOV:139|!KENHLH→*:143")]
    [InlineData("Giving Fano rebels 72 hours to leave the city of Bahir Dar, Ethiopia's army chief warned that his troops would otherwise 'drive them out by force'.", "ETHMIL→ETHREB:139")]
    // guards: a span with its own preposition is no deadline; a gerund subject with no comma keeps its reading
    [InlineData("Peru's teachers' union said the government of two weeks ago had promised a pay rise.", "!*→*:139")]
    [InlineData("Giving aid to rebels is a crime, Ethiopia's army chief said.", "!*→*:139")]
    public void Misparsed_ultimatums(string sentence, string expected) => AssertCoded(sentence, expected);

    // Threats of force answer the foe's act; the threatener's own forces carry them out.
    [Theory]
    [InlineData("Serbia's defence minister warned that the army would respond with force to any incursion from Kosovo.", "SRBGOV→KSV:138|!SRBGOV→SRBMIL:138")]
    [InlineData("Serbia's defence minister warned that the army would respond with force to any Albanian incursion.", "SRBGOV→ALB:138")]
    [InlineData("Serbia's defence minister warned that the army would respond with force to any incursion.", "SRBGOV→-:138|!SRBGOV→SRBMIL:138")]
    // guard: a foreign army in the warned clause is still the one warned
    [InlineData("Pakistan's defence minister warned that Indian troops would face a crushing response.", "PAKGOV→INDMIL:138")]
    public void Force_threats_aimed_at_the_foe(string sentence, string expected) => AssertCoded(sentence, expected);
}
