namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (realnews60): real articles' misses and false events. Criticism of violence, of a crackdown or of "the use of
/// force" is aimed at whoever used it (gold/README.md: criticism of an attack is aimed at its doer, the attack is presupposed);
/// the people it was used on are its victims, not the target. With no doer named the criticism has no target; a doer named by
/// a possessive or a "by" agent still is the target. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class RealNews60Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the victims of force used are no target of its criticism
    [InlineData("The European Union criticised the use of force against peaceful demonstrators.", "IGOEUREEC→-:111")]
    [InlineData("The European Union criticised the use of force against peaceful demonstrators.", "!IGOEUREEC→CVL:111")]
    [InlineData("The United Nations condemned the violence against student protesters.", "IGOUNO→-:111")]
    [InlineData("The United Nations condemned the violence against student protesters.", "!IGOUNO→EDU:111")]
    [InlineData("Germany criticised the crackdown on journalists.", "!DEU→MED:111")]
    // a doer named by a possessive or a "by" agent is the target
    [InlineData("Germany criticised Belarus's crackdown on journalists.", "DEU→BLR:111")]
    [InlineData("Amnesty International condemned the use of excessive force against demonstrators by Kenyan police.", "NGOHRIAMN→KENCOP:111")]
    // "the use of" something that is not force is no attack: its user stays the target
    [InlineData("Germany condemned the use of the airport by Russian warplanes.", "DEU→RUS*:111")]
    public void Criticism_of_force_used_is_aimed_at_its_user(string sentence, string expected) => AssertCoded(sentence, expected);
}
