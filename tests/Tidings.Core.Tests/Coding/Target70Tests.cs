namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (target70): targets named through what the object is or does. (1) A state's protest of a thing's presence
/// or movement is lodged against the one whose presence it is (the "of" phrase of a noun of presence), and a protested
/// act's "by" agent is its doer; the "of" phrase of another act names its patient, not the side protested. (2) An
/// investigated act's "by" phrase that the parser hangs on the investigation noun names the investigated doer. (3) An
/// actor in a relative clause telling what an object with no actor did is not the target ("detained a man who ...");
/// a clause of owning still names the owner. (4) A role noun of no country that classifies a thing ("bank accounts")
/// gives way to the "of" owner with a country. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class Target70Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Malaysia protested the presence of Chinese survey ships off Sarawak on Thursday.", "MYS→CHN*:114")]
    [InlineData("Norway protested the passage of Russian warships through its territorial waters.", "NOR→RUSMIL:114")]
    [InlineData("Lithuania protested the seizure of its trucks by Belarusian border guards.", "LTU→BLR*:114")]
    [InlineData("Malaysia protested the detention of Chinese fishermen off Sarawak on Thursday.", "!MYS→CHN*:114")]
    public void A_state_protest_is_lodged_against_whose_presence_or_act_it_names(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The UN rights office launched a probe into killings by Burundian troops in South Kivu.", "IGOUNO*→BDIMIL:09*")]
    [InlineData("The UN rights office launched a probe into abuses by Eritrean troops.", "IGOUNO*→ERIMIL:09*")]
    [InlineData("The UN rights office launched a probe into killings of Burundian troops in South Kivu.", "!IGOUNO*→BDIMIL:09*")]
    public void An_investigated_acts_by_phrase_on_the_investigation_noun_names_the_doer(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Estonian police detained a local man who sold photos of military bases to Russia.", "ESTCOP→*:173|!ESTCOP→RUS:173|!ESTCOP→ESTMIL:173")]
    [InlineData("Estonian police detained a man who passed photos of army bases to Russia.", "ESTCOP→*:173|!ESTCOP→ESTMIL:173")]
    [InlineData("Iran's navy seized a tanker that belongs to a Greek company.", "IRNMIL→GRCBUS:1711")]
    public void An_actor_in_a_relative_clause_on_an_object_without_one_is_no_target(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Bahrain froze the bank accounts of two Iranian charities on Monday.", "BHR→IRNNGO:1711")]
    [InlineData("Bahrain froze the bank accounts of the charity on Monday.", "!BHR→IRN*:1711")]
    public void A_classifying_role_noun_gives_way_to_the_owner(string sentence, string expected) => AssertCoded(sentence, expected);
}
