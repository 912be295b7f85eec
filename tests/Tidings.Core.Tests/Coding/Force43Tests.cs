namespace Tidings.Tests.Coding;

/// <summary>
/// Session 43 (force43): coercive and violent events (roots 17-19) that were lost before any trigger was read, because
/// the tagger misread a word of the clause: a capitalised subject or a court's bench-numbered name read as a number
/// ("Gunmen on motorcycles ...", "International Crimes Tribunal-1"), a short past verb read as a conjunction ("Traders
/// in Kano shut ..."), and the pit "mine" read as the pronoun. Also people expelled by their post or job, who are
/// individuals deported (174), not a group expelled (166). Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Force43Tests
{
    [Theory]
    [InlineData("Bandits on motorcycles stormed a village in Katsina state on Friday, the police said.", "NGA*→*:1*")]
    // A true number word stays a number and gives no actor of its own.
    [InlineData("Twenty gunmen attacked a police post in Borno state, killing two officers.", "NGAREB→NGACOP:*")]
    public void A_subject_read_as_a_number_keeps_its_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Bangladesh's International Crimes Tribunal-2 on Monday issued an arrest warrant for a former police chief.", "BGDJUD→*:173")]
    [InlineData("Pakistan's Anti-Terrorism Court-III on Tuesday issued arrest warrants for five opposition leaders.", "PAKJUD→PAKOPP:173")]
    [InlineData("Bangladesh's International Crimes Tribunal-2 on Monday issued an arrest warrant for a former police chief.", "!BGD→*:173")]
    public void A_court_with_a_bench_number_is_a_court(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Traders in Onitsha shut their shops in protest against a levy imposed by the Nigerian government.", "NGABUS→NGAGOV:143*")]
    public void A_past_verb_read_as_a_conjunction_is_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Burkina Faso's junta nationalised a gold mine run by a British company on Thursday.", "BFAMIL→*:1711")]
    [InlineData("Mali's military rulers seized a gold mine owned by a Canadian company.", "MLIMIL→*:1711")]
    // "mine" as the pronoun stays one: no pit is seized.
    [InlineData("The Ghanaian minister said the decision was mine alone to make.", "!*→*:1711")]
    public void A_mine_after_its_modifiers_is_the_pit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Mali's junta on Monday expelled the country director of a French mining firm.", "MLIMIL→*:174")]
    [InlineData("Burundi expelled the head of the UN refugee office in Bujumbura, accusing him of bias.", "BDI→*:174")]
    [InlineData("Burundi expelled the head of the UN refugee office in Bujumbura, accusing him of bias.", "!BDI→*:166")]
    [InlineData("Niger's military rulers expelled two Chinese oil executives over unpaid taxes.", "NERMIL→CHNBUS:174")]
    // Diplomats stay a cut in relations (161), aid workers an expelled aid group (1663).
    [InlineData("Burundi expelled two Rwandan diplomats on Friday.", "!*→*:174")]
    [InlineData("Ethiopia expelled two American aid workers from Tigray.", "!*→*:174")]
    public void A_person_expelled_by_post_or_job_is_deported(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peruvian police held two opposition activists in custody for three days after the march.", "PERCOP→PEROPP:173")]
    [InlineData("Ivorian gendarmes held the journalist in pretrial detention at their Abidjan base.", "CIV*→CIVMED:173")]
    // Custody told as a standing state in the pluperfect is background, no new arrest.
    [InlineData("The opposition said its leader had been held in custody for two years without trial.", "!*→*:173")]
    public void Holding_someone_in_custody_is_a_detention(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Russian air defences shot down 40 Ukrainian drones over Kursk overnight, the defence ministry said.", "RUSMIL→UKR:19*")]
    public void Air_defences_that_fire_are_the_military(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
