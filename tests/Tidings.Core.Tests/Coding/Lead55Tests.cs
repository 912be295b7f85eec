namespace Tidings.Tests.Coding;

/// <summary>
/// Session 55 (lead): judgements given through a naming verb ("called X a Y", "described X as Y"), root 11's largest class
/// of missed events on the tunable splits. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Lead55Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Names of ruin, of danger, of a falsehood and of scorn disapprove of the act or the people they are given to.
    [Theory]
    [InlineData("Kazakhstan called Russia's export ban a disaster for growers.", "KAZ→RUS:111")]
    [InlineData("Canada called China's interception unsafe and unprofessional.", "CAN→CHN:111")]
    [InlineData("Hungary's premier called the EU sanctions economic suicide.", "HUNGOV→IGOEUREEC:111")]
    [InlineData("Israel's foreign ministry called the Belgian decision a distortion of the facts.", "ISRGOV→BEL:111")]
    // a neutral or approving name is no criticism
    [InlineData("Canada called China's offer a good start.", "!CAN→CHN:111")]
    [InlineData("Kenya called the Ugandan proposal a framework for talks.", "!KEN→UGA:111")]
    public void Names_of_ruin_danger_and_falsehood_disapprove(string sentence, string expected) => AssertCoded(sentence, expected);

    // A war's first step named ("a prelude to invasion", "a rehearsal for a strike", "a declaration of war") disapproves;
    // the same nouns with any other complement judge nothing.
    [Theory]
    [InlineData("Caracas called the American naval deployment a prelude to invasion.", "VENGOV→USA:111")]
    [InlineData("Pyongyang branded the Japanese drills a rehearsal for a preemptive strike.", "PRKGOV→JPN:111")]
    [InlineData("Beirut called the Israeli incursion a declaration of war.", "LBNGOV→ISR:111")]
    [InlineData("Colombia called the Venezuelan strike an extrajudicial execution.", "COL→VEN:111")]
    [InlineData("Kenya called the Ugandan declaration a statement of intent.", "!KEN→UGA:111")]
    [InlineData("The minister called the Ugandan vote a rehearsal for the general election.", "!GOV→UGA:111")]
    public void A_wars_first_step_named_disapproves(string sentence, string expected) => AssertCoded(sentence, expected);

    // A war crime given as a name is the accusation of one (1124), as "accused X of war crimes" is; a plain name of
    // disapproval stays criticism (111).
    [Theory]
    [InlineData("Ukraine called the Russian shelling of the hospital a war crime.", "UKR→RUS:1124")]
    [InlineData("Armenia described the Azerbaijani offensive as ethnic cleansing.", "ARM→AZE:1124")]
    [InlineData("Amnesty International called the Sudanese army's siege a genocide.", "NGOHRI*→SDNMIL:1124")]
    [InlineData("Ukraine called the Russian shelling of the hospital a war crime.", "!UKR→RUS:111")]
    [InlineData("Ukraine called the Russian shelling of the hospital a crime.", "UKR→RUS:111")]
    [InlineData("Ukraine called the Russian shelling of the hospital a crime.", "!UKR→RUS:1124")]
    public void A_war_crime_named_is_an_accusation(string sentence, string expected) => AssertCoded(sentence, expected);

    // "called the arrest politically motivated": the parser may read the participle as a clause of the naming verb with the
    // object as its subject; the name is given all the same.
    [Theory]
    [InlineData("Poland called the Hungarian veto politically motivated.", "POL→HUN:111")]
    [InlineData("The opposition called the police's arrest of its leader politically motivated.", "*OPP→*COP:111")]
    [InlineData("Georgia's opposition called last month's vote rigged.", "GEOOPP→-:111")]
    [InlineData("Poland called the Hungarian veto well founded.", "!POL→HUN:111")]
    public void A_participle_name_misparsed_as_a_clause_is_still_given(string sentence, string expected) => AssertCoded(sentence, expected);

    // "it" named is the material act told just before; an event noun's "of" phrase is its patient, not its doer; a country
    // adjective alone is no object of the naming verb ("the Azerbaijani offensive" is the object, not "offensive").
    [Theory]
    [InlineData("M23 rebels seized the town of Uvira on Sunday. Kinshasa called it a declaration of war.", "CODGOV→CODREB:111")]
    [InlineData("Kenya said on Monday it would host the talks. Uganda called it a mistake.", "!UGA→KEN:111")]
    [InlineData("Ukraine called the Russian shelling of the hospital a war crime.", "UKR→RUS:1124")]
    [InlineData("Ukraine called the Russian shelling of the hospital a war crime.", "!UKR→*HLH:1124")]
    [InlineData("Armenia described the Azerbaijani offensive as ethnic cleansing.", "!ARM→AZE:111")]
    [InlineData("Ukraine called the Russian strike a war crime.", "UKR→RUS:1124")]
    [InlineData("Ukraine called the Russian strike a war crime.", "!*:143")]
    [InlineData("The union called a strike for Monday.", "*:143")]
    [InlineData("Kenya called the Ugandan remarks offensive.", "KEN→UGA:111")]
    public void What_a_naming_verb_names(string sentence, string expected) => AssertCoded(sentence, expected);

    // "rejected X as <a name of disapproval>" faults the act (111) instead of turning it down (120); a demand, proposal or
    // result rejected stays the lexicon's rejection, and a claim rejected as baseless a denial.
    [Theory]
    [InlineData("China rejected the Japanese remarks as interference in its internal affairs.", "CHN→JPN:111")]
    [InlineData("China rejected the Japanese remarks as interference in its internal affairs.", "!CHN→JPN:120")]
    [InlineData("Caracas rejected the American naval deployment as a threat to regional peace.", "VENGOV→USA:111")]
    [InlineData("Kyiv rejected the Russian demand as an ultimatum.", "!UKRGOV→RUS:111")]
    [InlineData("China rejected the Japanese remarks.", "!CHN→JPN:111")]
    public void A_rejection_as_something_disapproved_is_criticism(string sentence, string expected) => AssertCoded(sentence, expected);

    // "in what X called ..." comments on the clause's act; its judge is no target of that act.
    [Theory]
    [InlineData("Syrian jets bombed a market in Idlib, in what the Turkish foreign ministry described as a war crime.", "!SYRMIL→TURGOV:195")]
    [InlineData("Syrian jets bombed a market in Idlib, in what the Turkish foreign ministry described as a war crime.", "TURGOV→SYRMIL:1124")]
    public void The_judge_in_an_in_what_clause_is_no_target(string sentence, string expected) => AssertCoded(sentence, expected);
}
