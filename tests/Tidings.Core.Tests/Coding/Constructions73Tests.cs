namespace Tidings.Tests.Coding;

/// <summary>
/// Session 73 (clause73): constructions that keep the coder from an act it reads in a plain sentence. A quote's subject
/// owned by "our" or "my" ("'Our investigators accused ...,' the spokesman said") is the speaker's own body, as "we" is;
/// a fronted question participle ("Asked whether ..., the minister declined to comment") is no main clause, and an
/// "if" after a verb of asking opens an embedded question, not a condition. Events are written "SOURCE→TARGET:CODE"
/// ("-" for none, "*" any); each listed event must be coded, each "!"-prefixed one must not. Sentences written for these
/// tests.
/// </summary>
public class Constructions73Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "our"/"my" + a noun that names no actor, as a quoted subject, stands for the speaker; a relational noun ("our
    // neighbours", "our allies") names others, and no speaker beside the clause leaves it unknown.
    [Theory]
    [InlineData("'Our investigators accused the Serbian government of hiding evidence,' a spokesman for the European Union said.", "IGOEUREEC→SRBGOV:112")]
    [InlineData("'My office has charged two Libyan militia commanders,' the prosecutor of the International Criminal Court said.", "IGOJUDICC→LBY*:17*")]
    [InlineData("'Our members will boycott talks with the Peruvian government,' the leader of Peru's miners' union said.", "PERLAB→PERGOV:12*")]
    [InlineData("'Our neighbours shelled the border post overnight,' Armenia's defence minister said.", "!ARM*→*:19*")]
    [InlineData("'Our allies condemned the coup in Niger,' France's foreign minister said.", "!FRA*→*:111")]
    [InlineData("Our inspectors visited the Iranian enrichment site at Natanz.", "!*→IRN:04*")]
    public void A_quoted_subject_the_speaker_owns_is_the_speaker(string sentence, string expected) => AssertCoded(sentence, expected);

    // "Asked whether/if ..., X VERBed": the main clause after the comma is the root; the act asked about stays uncoded, and
    // the "if" of the question sets no condition on the main act. "Reporters asked if ..." is a question put, no act of
    // the one asked about.
    [Theory]
    [InlineData("Asked whether Hanoi had expelled the envoy, a spokeswoman for Vietnam's foreign ministry declined to comment.", "VNMGOV→-:011|!*→*:16*")]
    [InlineData("Asked if Oslo would send troops, Norway's defence minister criticised Russia.", "NORGOV→RUS:111|!*→*:15*")]
    [InlineData("Asked about the sanctions, Kenya's foreign minister criticised the European Union.", "KENGOV→IGOEUREEC:111")]
    [InlineData("Reporters asked if Russia would attack Moldova.", "!RUS*→MDA:19*|!RUS*→MDA:138*")]
    [InlineData("It is unclear if the rebels shelled the airport.", "!*→*:19*")]
    public void A_fronted_question_is_no_main_clause(string sentence, string expected) => AssertCoded(sentence, expected);
}
