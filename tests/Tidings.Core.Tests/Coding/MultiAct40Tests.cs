namespace Tidings.Tests.Coding;

/// <summary>
/// Session 40: acts after the first in a sentence. A participle clause of judging or speaking ("accusing", "blaming")
/// beside a verb whose object is a measure (sanctions, tariffs, duties) is said by whoever took the measure; before, the
/// doer of any participle there was the measure ("sanctions targeting Iranian banks"), so the accusation was lost. The
/// measure's own participles ("targeting", "covering") still name what it does and are no act of their own. Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for
/// these tests.
/// </summary>
public class MultiAct40Tests
{
    [Theory]
    [InlineData("Ghana raised import duties on Nigerian rice on Tuesday, accusing Abuja of dumping subsidised grain.", "GHA→NGA*:163|GHA→NGAGOV:112*")]
    [InlineData("Canada imposed sanctions on three Iranian officials, blaming them for the crackdown on protesters.", "CAN→IRNGOV:163|CAN→IRNGOV:112*")]
    [InlineData("Ecuador imposed tariffs on Peruvian fruit, accusing Lima of breaking the trade pact.", "ECU→PER*:163|ECU→PERGOV:112*")]
    public void An_accusation_beside_a_measure_is_the_measure_takers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what the measure does is no second act
    [InlineData("The European Union imposed sanctions on Iranian drone makers, targeting their supply of parts.", "IGOEUREEC→IRN*:163|!*:11*|!*:17*")]
    // a reason told without judging anyone is no accusation
    [InlineData("Japan imposed a ban on Russian timber, saying it wanted to cut Moscow's revenues.", "!*:11*")]
    // an accusation inside a reported opinion of a third party is not the measure taker's
    [InlineData("Analysts said the tariffs on Chilean copper would hurt Chinese smelters.", "!*:112*")]
    public void A_measures_own_participle_stays_uncoded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
