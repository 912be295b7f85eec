namespace Tidings.Tests.Coding;

/// <summary>
/// Session 38: a speaker named through its office. "In what X's office called a coup attempt": the possessor of the
/// office, spokesperson or press service that names an act as disapproved is the judge (111), as "the government" is
/// when it speaks itself. Sentences written for these tests.
/// </summary>
public class Office38Tests
{
    [Theory]
    [InlineData("Troops stormed the parliament in Bamako in what the president's office called an attempted coup.", "MLIGOV→MLIMIL:111")]
    [InlineData("Gunmen stormed the parliament in Lima in what the president's office called an attempted coup.", "PERGOV→PERREB:111")]
    [InlineData("Soldiers stormed the parliament in Niamey in what the prime minister's office called an attempted coup.", "NERGOV→NERMIL:111")]
    // the speaker itself, and a possessive that owns no speaking office, are unchanged
    [InlineData("Troops stormed the parliament in Bamako in what the government called an attempted coup.", "MLIGOV→MLIMIL:111")]
    public void An_office_speaks_for_its_possessor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
