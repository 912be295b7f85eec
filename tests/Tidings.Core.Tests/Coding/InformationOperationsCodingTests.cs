namespace Tidings.Tests.Coding;

/// <summary>
/// Operations in the information space over the default pipeline: disinformation and influence operations (the Tidings
/// extension code 177, PLOVER COERCE, decision 017). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too) and each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class InformationOperationsCodingTests
{
    [Theory]
    // spreading disinformation, fake news or propaganda, with or without the one it is aimed at
    [InlineData("Russia spread disinformation about the election in Moldova, officials said.", "RUS→*:177")]
    [InlineData("Chinese state media have been spreading fake news about the protests, the minister said.", "CHNMED→-:177")]
    [InlineData("The Iranian government disseminated false information about the nuclear talks.", "IRNGOV→*:177")]
    [InlineData("Belarusian officials peddled propaganda against Lithuania.", "BLRGOV→LTU:177")]
    // a campaign or an operation named as a noun takes its doer from an actor before it or a light verb
    [InlineData("Iran launched an influence operation targeting Israeli voters.", "IRN→*:177")]
    [InlineData("The European Union stepped up its fight against Russian disinformation.", "RUS→-:177")]
    [InlineData("Serbia's disinformation campaign against Kosovo drew criticism from Brussels.", "SRB→KSV:177")]
    // a speaker who calls a claim disinformation or fake news codes no such act
    [InlineData("The ministry dismissed the report as disinformation.", "!*:177")]
    [InlineData("The president called the newspaper's story fake news.", "!*:177")]
    public void Codes_disinformation(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
