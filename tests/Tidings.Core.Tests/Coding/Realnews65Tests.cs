namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (realnews65): two readings of actors that real local news needs. "the public" as a noun after "the" is the
/// country's people (CVL): police and agencies ask, urge and warn it; before a noun or adjective it is a modifier ("the public
/// broadcaster"). A state named in parentheses inside a body's name ("the Walker County (Ga.) Sheriff's Office", AP style)
/// continues the name and places the body; an acronym defined in parentheses still ends the name. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Realnews65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "the public" and "the general public" are the people addressed; "public" before a noun is no actor of its own.
    [Theory]
    [InlineData("Police in Ohio are asking the public for help finding a missing teenager.", "USACOP→USACVL:*")]
    [InlineData("Police in Texas asked the general public to stay away from the area.", "USACOP→USACVL:020")]
    [InlineData("Poland's government criticised the public broadcaster on Monday.", "!POLGOV→POLCVL:111")]
    [InlineData("Poland's government criticised the public broadcaster on Monday.", "POLGOV→POLMED:111")]
    public void The_public_is_the_countrys_people(string sentence, string expected) => AssertCoded(sentence, expected);

    // A state in parentheses inside a body's name: the name goes on past it, and the state places the body.
    [Theory]
    [InlineData("The Walker County (Ga.) Sheriff's Office arrested two men on Friday.", "USACOP→*:173")]
    [InlineData("The Harris County (Texas) District Attorney's Office charged the officer with murder.", "USAJUD→USACOP:173")]
    [InlineData("The Walker County (Ga.) Sheriff's Office is asking the public to watch for two escaped inmates.", "USACOP→USACVL:020")]
    // an acronym defined in parentheses is no place: the party's name and code stay as they were
    [InlineData("The National Democratic Congress (NDC) Youth Wing criticised the government.", "GHA*→GHAGOV:111")]
    public void A_state_in_parentheses_continues_a_bodys_name(string sentence, string expected) => AssertCoded(sentence, expected);
}
