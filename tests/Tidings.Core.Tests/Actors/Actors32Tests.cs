using Tidings.Tests.Coding;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Right root, wrong actors (session 32, actors32): an organisation's people named with one field word between the
/// organisation and the role noun ("EU energy officials", "UN aid officials") are the organisation, as "Armenian energy
/// officials" are Armenia's; the word must not be a finite verb ("the EU fined officials" keeps the officials apart).
/// Sentences written for these tests.
/// </summary>
public class Actors32Tests
{
    private static readonly DateOnly Date = new(2025, 11, 4);

    [Theory]
    // one field word between an organisation and its role noun
    [InlineData("EU energy officials held talks with their Armenian counterparts by video link on Thursday.", "EU energy officials", "IGOEUREEC")]
    [InlineData("UN aid officials said the convoy had reached Kadugli after a week on the road.", "UN aid officials", "IGOUNO")]
    [InlineData("NATO military commanders met in Brussels on Tuesday to review air defences on the eastern flank.", "NATO military commanders", "IGOWSTNAT")]
    // as after a country adjective (unchanged)
    [InlineData("Armenian energy officials met their Georgian counterparts in Tbilisi on Thursday.", "Armenian energy officials", "ARMGOV")]
    public void Codes_the_organisations_people(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a32"), span, code);

    [Theory]
    // a finite verb between the organisation and a role noun is the organisation's act, not a field
    [InlineData("The EU fined officials of three Serbian banks on Monday.", "EU fined officials")]
    [InlineData("The UN says officials in Khartoum blocked the convoy.", "UN says officials")]
    public void Has_no_mention(string text, string span)
    {
        var doc = RunPipeline(text, Date, "a32n");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Code is not null);
    }

    [Theory]
    // the organisation's people act for it
    [InlineData("EU energy officials held talks with their Armenian counterparts by video link on Thursday.", "IGOEUREEC→ARMGOV:04*|!GOV→ARMGOV:04*")]
    public void Codes_the_event_with_its_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
