namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (disapprove63): root 11, missed events. A speaker who names another's act with a word of danger, disgrace or
/// lawlessness ("called the seizure piracy", "a humiliation", "a grave sin", "dangerous"), with "an act of" or "a campaign
/// of" a disapproved act, with "a reward for terror", "a stab in the back", or with a neutral noun of doing that a
/// disapproving adjective judges ("a reckless move", "a brazen attempt") criticises its doer (111); and the object pronoun
/// of an accusation beside a clause that coded no act on anyone ("revoked the registration of 18 aid groups, accusing them
/// of ...") stands for the actor that clause acted on. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Disapprove63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Names of danger, disgrace and lawlessness given to another's act judge its doer; a neutral name does not.
    [Theory]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure an act of piracy.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a humiliation.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure dangerous.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a grave sin.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure an operation.", "!TUR→ISRMIL:111")]
    public void Names_of_danger_and_disgrace_criticise(string text, string expected) => AssertCoded(text, expected);

    // "a reward for terror" and "a stab in the back" judge; a reward or a stab of another kind does not. A neutral noun of
    // doing takes the judgement of a disapproving adjective, not of a neutral one.
    [Theory]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a reward for terror.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a reward for patience.", "!TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a stab in the back.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a reckless move.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a brazen attempt to block aid.", "TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure a bold move.", "!TUR→ISRMIL:111")]
    [InlineData("Israeli forces seized an aid ship bound for Gaza on Monday. Turkey called the seizure an attempt to stop arms smuggling.", "!TUR→ISRMIL:111")]
    public void Fixed_judgements_and_judged_nouns_of_doing(string text, string expected) => AssertCoded(text, expected);

    // An accusation's object pronoun stands for whom the main clause acted on when that clause coded no act on anyone:
    // its indirect object (through the infinitive the parser may hang the participle on) or its object's "of" complement
    // ("ordered the expulsion of the mission's rights chief, accusing her of bias" reads the same way).
    [Theory]
    [InlineData("The Eritrean government gave United Nations aid agencies 72 hours to leave the country, accusing them of spying for Ethiopia.", "ERIGOV→IGOUNO:1125")]
    [InlineData("Sudanese authorities revoked the registration of 18 international aid groups, accusing them of working with the rebels.", "SDNGOV→NGO:112")]
    // a participle clause with no object pronoun keeps its own object as the target
    [InlineData("Sudanese authorities revoked the registration of 18 international aid groups, accusing the army of shielding them.", "SDNGOV→SDNMIL:112")]
    [InlineData("Sudanese authorities revoked the registration of 18 international aid groups, accusing the army of shielding them.", "!SDNGOV→NGO:112")]
    public void Accusing_them_refers_to_whom_the_clause_acted_on(string text, string expected) => AssertCoded(text, expected);
}
