namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (threat66): threats the lexicon did not read. A strike named by how long it lasts or how it is called is a
/// labour stoppage (143; threatened, 133); "call a strike next week" keeps its strike (a time noun is no predicate noun of
/// a naming "call"); a condition whose subject is talks presses the side the talks are with; a framed threat's condition
/// hangs on the threatened verb; "give X N weeks to" keeps its span when a reporter clause follows; "X must V or face N",
/// told by a reporter, is the reporter's ultimatum (139) to X. Events are written "SOURCE→TARGET:CODE"; "!" marks an event
/// that must not be coded. Sentences written for these tests, not taken from the gold.
/// </summary>
public class Threat66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Labour strikes named by their length or kind, and the side a threatened strike presses.
    [Theory]
    [InlineData("Argentina's truckers' union warned that it would begin an indefinite strike if wage talks with freight companies failed.", "ARGLAB→ARGBUS:133")]
    [InlineData("Nurses in Kenya began a 48-hour strike on Tuesday.", "KENHLH→*:143")]
    // (session 71: a union named by its members takes their sector, EDU, as gold/README.md's union convention says; the
    // FRALAB this row read was the second, labour copy of the actor that the plural union noun used to add)
    [InlineData("Teachers' unions in France said they would call another strike next week if the government did not raise pay.", "FRAEDU→FRAGOV:133|!FRALAB→*:133")]
    // guards: a bare strike on a place stays an attack; a naming "call" names no strike; fighting with a foe is no talks
    [InlineData("Israeli jets carried out a strike on the depot.", "!*→*:143")]
    [InlineData("The minister called the strikes an act of sabotage.", "!*→*:143")]
    [InlineData("Dockworkers in Peru said they would start an indefinite strike if fighting with the rebels resumed.", "!PERLAB→PERREB:133")]
    public void Threatened_and_named_strikes(string sentence, string expected) => AssertCoded(sentence, expected);

    // Ultimatums: a given span of time with a reporter after it, and "must ... or face".
    [Theory]
    [InlineData("Niger's junta gave foreign charities two weeks to close their offices, a UN official said.", "NERMIL→NGO:139")]
    [InlineData("\"Kyiv must withdraw its troops or face the consequences,\" the Russian foreign minister said.", "RUSGOV→UKRGOV:139")]
    // guards: no "to" after the span is no deadline; "will face" stays the residual threat
    [InlineData("The donors gave the ministry two weeks of training, a spokesman said.", "!*→*:139")]
    [InlineData("Iran will face the consequences, the US envoy said.", "USAGOV→IRN:130")]
    [InlineData("Iran will face the consequences, the US envoy said.", "!*→*:139")]
    public void Ultimatums_with_a_reporter(string sentence, string expected) => AssertCoded(sentence, expected);
}
