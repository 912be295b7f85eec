namespace Tidings.Tests.Coding;

/// <summary>
/// Spurious events (session 35, fp35b). A subjectless "to"-infinitive adjunct of purpose ("suspended liberties under a
/// state of siege to fight gangs", "set up checkpoints in order to arrest deserters") tells what an act is for, not an act
/// done, whether or not the verb it hangs on is coded. The infinitive a verb of will takes as its content ("vowed to
/// attack", "agreed to withdraw") keeps its reading, and so do the purposes the conventions code as the gathering's or the
/// trip's own event: a demand or protest ("gathered to demand"), talks ("flew to ... to meet"), an inquiry ("set up a
/// committee to investigate"). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class FalsePositives35Tests
{
    [Theory]
    // a purpose adjunct of an uncoded verb is not done
    [InlineData("Guatemala's president suspended some civil liberties in two provinces under a state of siege to fight drug trafficking gangs.",
        "!GTMGOV→GTMCRM:190|!GTMCRM→GTMGOV:190")]
    [InlineData("Police in Haiti launched a new operation in the capital to fight kidnappings by armed gangs.", "!HTICOP→HTICRM:190|!HTICRM→HTICOP:190")]
    [InlineData("The army set up checkpoints across the northern city in order to arrest deserters.", "!MIL→-:173")]
    // the act done stays, and the same verb as the main verb is done
    [InlineData("Sri Lanka's government declared a state of emergency to crush the protests.", "LKAGOV→LKA:1724")]
    [InlineData("Kenyan police fought armed gangs in the slums of Nairobi.", "KENCOP→KENCRM:190")]
    public void Purpose_adjunct_is_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the complement of a verb of will is its content
    [InlineData("Rebels in Mali vowed to attack army positions near the border.", "MLIREB→MLIMIL:1384")]
    [InlineData("Armenia and Azerbaijan agreed to withdraw their troops from the disputed area.", "ARM→AZE:0356")]
    // the purpose inside an offer's content is part of what is offered
    [InlineData("Canada offered to send police trainers to help Haiti rebuild its police force.", "CAN→HTI:033")]
    // purposes the conventions code as the gathering's, trip's or body's own event
    [InlineData("Protesters gathered outside parliament in Nairobi to demand the release of detained journalists.", "KENCVL→KENGOV:1053")]
    [InlineData("Kenya's senate set up a committee to investigate the sale of state land by county officials.", "KENLEG→KENGOV:090")]
    public void Complement_and_coded_purposes_stay(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
