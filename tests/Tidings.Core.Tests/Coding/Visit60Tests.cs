namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (visit60): talks told in an "after" phrase of what their two sides did together (decision 076). Talks
/// named only "after" the clause, with no partner of their own, in a clause whose subject names both sides, are the
/// negotiation whose outcome the clause tells: 046 both ways, whatever the place, also when measured ("after three days
/// of talks"). One side's act after talks, and talks "with" a named partner, keep their readings. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Visit60Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A joint subject's agreement "after talks" negotiates (046, both ways), in one side's capital as elsewhere.
    [Theory]
    [InlineData("Peru and Ecuador agreed to reopen their border crossings after talks in Lima.", "PER→ECU:046")]
    [InlineData("Peru and Ecuador agreed to reopen their border crossings after talks in Lima.", "ECU→PER:046")]
    [InlineData("Peru and Ecuador agreed to reopen their border crossings after talks in Lima.", "!ECU→PER:042")]
    [InlineData("The defence ministers of Peru and Ecuador agreed to pull troops back from the frontier after talks in Brasilia.", "PERGOV→ECUGOV:046")]
    [InlineData("The defence ministers of Peru and Ecuador agreed to pull troops back from the frontier after talks in Brasilia.", "ECUGOV→PERGOV:046")]
    [InlineData("Guatemala and Belize agreed to resume joint patrols after three days of talks in Washington.", "GTM→BLZ:046")]
    public void Talks_after_which_both_sides_agree_negotiate(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: one side's act after talks names no partner for them; talks "with" a named partner keep the place codes; talks
    // agreed for later are intent (036), not held.
    [Theory]
    [InlineData("Ghana freed three Togolese fishermen after talks in Accra.", "!*→*:046")]
    [InlineData("Peru agreed to reopen its border after talks with Ecuador's foreign minister in Quito.", "!*→*:046")]
    [InlineData("Peru agreed to reopen its border after talks with Ecuador's foreign minister in Quito.", "PER→ECUGOV:042")]
    [InlineData("Peru and Ecuador agreed to hold talks after the elections.", "!*→*:046")]
    public void Other_talks_after_keep_their_reading(string sentence, string expected) => AssertCoded(sentence, expected);
}
