using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 40 (apposvbd40): a subject interrupted by an apposition, an age, a participle phrase or a relative clause keeps
/// its verb after the insertion's closing mark, so the event is coded with the subject as its source (before, the tagger read
/// "accused", "blamed", "marched" there as participles and the parser left the sentence without a clause). Sentences written
/// for these tests.
/// </summary>
public class AppositionVerb40Tests
{
    [Theory]
    [InlineData("Kenya's defence minister, John Kamau, accused Somalia of arming militants.", "KENGOV→SOM:112*")]
    [InlineData("Peter Okafor, a spokesman for the Nigerian navy, accused Cameroonian troops on Tuesday of seizing a fishing boat.", "NGAMIL→CMRMIL:112*")]
    [InlineData("Uganda's army spokesman, Felix Kulayigye, blamed Congolese rebels for the ambush.", "UGAMIL→CODREB:112*")]
    [InlineData("Thousands of farmers, many of them from the north, marched in Nairobi on Monday.", "KENAGR→*:141")]
    [InlineData("The Chilean navy, the country's oldest service, seized a Peruvian trawler.", "CHLMIL→PER:171*")]
    [InlineData("Spain and Morocco, both members of the coalition, signed a fisheries accord.", "ESP→MAR:057")]
    [InlineData("Ghana's president, 66, met Togo's president in Accra.", "GHAGOV→TGOGOV:043")]
    public void A_subject_interrupted_by_an_insertion_keeps_its_verb(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
