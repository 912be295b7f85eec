namespace Tidings.Tests.Coding;

/// <summary>
/// Session 46 (actors46): events whose sides the actor recognizer now reads whole. Coordinated possessives ("Kenya's and
/// Uganda's foreign ministers") give both ministers as sides; "the two Koreas" are both states; a leader's "his fighters"
/// are his organisation. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Actors46EventTests
{
    [Theory]
    [InlineData("Kenya's and Uganda's foreign ministers met in Kampala on Monday.", "KENGOV→UGAGOV:04*|UGAGOV→KENGOV:04*|!UGAGOV→KEN:04*")]
    [InlineData("Japan offered to mediate between the two Koreas.", "JPN→PRK:*|JPN→KOR:*")]
    [InlineData("Houthi leader Abdul-Malik al-Houthi said his fighters would attack U.S. warships in the Red Sea.", "YEMREB→USAMIL:13*|!REB→USAMIL:13*")]
    [InlineData("Kenyan police arrested an opposition senator on Friday.", "KENCOP→KENOPP:173|!KENCOP→KENLEG:173")]
    public void Sides_read_whole(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
