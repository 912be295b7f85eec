namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (dis61): root 11 (Disapprove), missed and false. People only counted whom a court convicts or sentences are
/// civilians (116 aimed at XXXCVL, as the arrest before it is, 173); an accusation told in a relative clause on whom a
/// sanction punishes is the sanctioning side's accusation of the punished (decision 080), aimed where the sanction is aimed.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Dis61Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Counted people a court sentences or convicts are the civilians of the court's country, or of the country their own
    // adjective names; a named defendant keeps its own code.
    [Theory]
    [InlineData("A Tunisian court sentenced 12 young men to three years in prison for burning a police station.", "TUNJUD→TUNCVL:116")]
    [InlineData("A Tunisian court sentenced 12 young men to three years in prison for burning a police station.", "!TUNJUD→-:116")]
    [InlineData("An Italian court convicted four Albanian men of smuggling cocaine through the port of Bari.", "ITAJUD→ALBCVL:116")]
    [InlineData("An Italian court convicted four Albanian men of smuggling cocaine through the port of Bari.", "!ITAJUD→ALB:116")]
    [InlineData("A Tunisian court sentenced the opposition leader to three years in prison.", "TUNJUD→TUNOPP:116")]
    [InlineData("A Tunisian court sentenced the opposition leader to three years in prison.", "!TUNJUD→TUNCVL:116")]
    public void Counted_people_convicted_are_civilians(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 080: an accusation in a relative clause on whom a sanction punishes accuses the punished, aimed where the
    // sanction is aimed, not at an actor inside the deed; another body's accusation and a relative clause that only
    // describes are left alone.
    [Theory]
    [InlineData("Britain imposed sanctions on four Chinese officials whom it holds responsible for the detention of Uyghurs.", "GBR→CHNGOV:112")]
    [InlineData("Japan froze the assets of two Russian banks and six traders it accused of helping Moscow buy drone parts.", "JPN→RUSBUS:112*")]
    [InlineData("Japan froze the assets of two Russian banks and six traders it accused of helping Moscow buy drone parts.", "!JPN→RUSGOV:112*")]
    [InlineData("Britain imposed sanctions on four Chinese officials whom the United Nations holds responsible for the detention of Uyghurs.", "!GBR→*:112*")]
    [InlineData("Britain froze the assets of a Russian bank that finances the war.", "!GBR→*:112*")]
    public void Relative_accusations_accuse_the_punished(string sentence, string expected) => AssertCoded(sentence, expected);

    // A formal finding that an actor is in breach or in violation of its obligations finds against it (116), as "found guilty"
    // does, and so does a dispute panel's ruling that an actor's act broke the rules; a finding of no breach finds nothing.
    [Theory]
    [InlineData("The International Atomic Energy Agency's board found Syria in breach of its safeguards obligations.", "IGOUNOIAE→SYR:116")]
    [InlineData("The European Commission found Hungary in violation of EU rules on asylum.", "IGOEUREEC→HUN:116")]
    [InlineData("The inquiry found no breach of the rules by Hungary.", "!*→*:116")]
    // a body that rules on a dispute by its head noun finds as a court does; a party "ruling" finds nothing
    [InlineData("A WTO panel ruled that China's tariffs on Australian wine violated global trade rules.", "IGOBUSWTO→CHN:116")]
    [InlineData("The ruling party ruled that the opposition had broken the law.", "!*→*:116")]
    public void Findings_of_breach_find_against(string sentence, string expected) => AssertCoded(sentence, expected);
}
