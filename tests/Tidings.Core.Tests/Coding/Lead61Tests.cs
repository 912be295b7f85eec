using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (lead61): a joint act's second verb. "X and Y held talks and agreed to ..." is the pair's agreement each way,
/// as "X and Y agreed to ..." is; the conjunct had inherited the first verb's target (the other side) and kept one direction.
/// And "held talks in Lima and agreed": the tagger read "held" as a participle of "talks" when a conjoined past verb
/// followed, which left the clause without its verb. Events are written "SOURCE→TARGET:CODE"; "!" marks an event that must
/// not be coded. Sentences written for these tests.
/// </summary>
public class Lead61Tests
{
    [Theory]
    [InlineData("Ghanaian and Togolese officers held a round of talks at the border on Thursday and agreed to maintain calm along the frontier.",
        "GHACOP→TGOCOP:03*|TGOCOP→GHACOP:03*")]
    [InlineData("Chile's foreign minister and his Peruvian counterpart held talks in Lima on Tuesday and agreed to finalise a fisheries accord before the end of the year.",
        "CHLGOV→PERGOV:03*|PERGOV→CHLGOV:03*")]
    public void A_joint_acts_conjunct_is_joint(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // one subject met another: the agreement is the subject's, aimed at the one met
    [InlineData("Kenya's President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday and agreed to expand energy cooperation.",
        "KENGOV→TZAGOV:03*|!TZAGOV→KENGOV:03*")]
    // a conjunct with a target of its own keeps it
    [InlineData("Ghanaian and Togolese officers held talks at the border on Thursday and condemned the smugglers.", "!GHACOP→TGOCOP:11*|!TGOCOP→GHACOP:11*")]
    public void A_conjunct_that_is_no_joint_act_keeps_its_roles(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
