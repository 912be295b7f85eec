namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (realnews66): false events on real articles. A bare act of speaking (a comment, a statement, a speech: 010)
/// aimed at no one is the frame of what is said, not an event (decision 116); the subject of "came under fire / criticism
/// from" is the one criticised, so the same code on both sides is a self-dyad and no event. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Realnews66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A bare statement, comment or speech with no one it is aimed at codes nothing; one aimed at an actor keeps its 010,
    // a declined comment stays 011, and the content of a statement is still coded.
    [Theory]
    [InlineData("The World Health Organization issued a statement on Monday that more countries were at risk.", "!*→-:010")]
    [InlineData("Kenya's interior minister commented that the floods were worse than expected.", "!*→-:010")]
    [InlineData("The Brazilian president gave a speech on Tuesday about the economy and the drought.", "!*→-:010")]
    [InlineData("Iran's foreign minister commented on the sanctions imposed by the United States.", "IRNGOV→USA:010")]
    [InlineData("Japan's foreign ministry declined to comment on the reports.", "JPNGOV→-:011")]
    [InlineData("The Spanish foreign ministry issued a statement condemning the attack on the embassy.", "ESPGOV→*:111")]
    public void Bare_statements_are_not_events(string sentence, string expected) => AssertCoded(sentence, expected);

    // Criticism suffered from one's own side is a self-dyad, dropped, not a criticism of no one; from another side it is
    // aimed at the subject.
    [Theory]
    [InlineData("The Turkish government has come under fire from Turkish officials for its slow response.", "!TURGOV→-:111")]
    [InlineData("The Turkish government has come under fire from Turkish officials for its slow response.", "!TURGOV→*:190")]
    [InlineData("The Kenyan government has come under criticism from Kenyan lawmakers over the new tax.", "KENLEG→KENGOV:111")]
    [InlineData("Ukrainian positions came under fire from Russian artillery overnight.", "RUSMIL→UKR:190")]
    public void Criticism_from_ones_own_side_is_no_event(string sentence, string expected) => AssertCoded(sentence, expected);

    // A crowd-control weapon used by a force is violent repression whether or not the crowd is named (the crowd of the
    // place when it is not); water cannon used on a fire is no repression.
    [Theory]
    [InlineData("Georgian riot police used water cannon and pepper spray to clear the main avenue in Tbilisi.", "GEOCOP→GEOCVL:175")]
    [InlineData("Serbian police used rubber bullets to clear the square outside parliament.", "SRBCOP→*:175")]
    [InlineData("Police in Nairobi used stun grenades against protesters on Tuesday.", "KENCOP→KENCVL:175")]
    [InlineData("Firefighters in Tbilisi used water cannon to put out the blaze.", "!*→*:175")]
    public void Crowd_control_weapons_used_are_repression(string sentence, string expected) => AssertCoded(sentence, expected);
}
