namespace Tidings.Tests.Coding;

/// <summary>
/// Session 58 (judge58): judgements inside reported clauses and refusals to ease an embargo. A copular judgement of a
/// definite act noun that names no doer ("said the hearing had been unfair") criticises whoever the sentence shows did the
/// act (the actor asked in the same breath to undo it), and is dropped when no one is found; a naming verb in a reduced
/// relative on an act noun names the antecedent though the parser takes the name for its object; refusing to resume
/// imports is refusing to ease an embargo (1244). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Judge58Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "X said the act was unfair and urged Y to undo it": the act is Y's, and X criticises Y (111).
    [Theory]
    [InlineData("Human Rights Watch said the hearing had been deeply unfair and urged Egypt to free the defendants.", "NGOHRI→EGY:111")]
    [InlineData("Norway's foreign ministry said the ban was unjustified and called on Russia to lift it.", "NORGOV→RUS:111")]
    public void A_reported_judgement_of_an_unowned_act_criticises_whom_the_speaker_asks_to_undo_it(string sentence, string expected) =>
        AssertCoded(sentence, expected);

    // Negated judgements, judgements of things that are no act, claims judged false (a denial, 016) and unowned acts whose
    // doer the sentence never shows are no criticism of anyone.
    [Theory]
    [InlineData("Human Rights Watch said the hearing had not been unfair and urged Egypt to free the defendants.", "!*→*:111")]
    [InlineData("The minister said the weather had been disastrous and urged farmers to stop planting.", "!*→*:111")]
    [InlineData("The ministry said the allegations were false and urged Kenya to withdraw them.", "!*→*:111")]
    [InlineData("The rights group said the trial had been unfair.", "!*→*:111")]
    public void No_criticism_without_a_judged_act_and_its_doer(string sentence, string expected) => AssertCoded(sentence, expected);

    // "Y did Z, a move X called an attack on ...": X criticises Y; a praise or a person so named is no criticism of an act.
    [Theory]
    [InlineData("Ghana's cabinet approved a new mining law, a move the opposition called an attack on small miners.", "GHAOPP→GHAGOV:111")]
    [InlineData("Ghana's cabinet approved a new mining law, a move the opposition called a victory for small miners.", "!*→*:111")]
    [InlineData("Police detained the editor, a man the minister called a traitor.", "!*→COP:111")]
    public void A_naming_relative_on_an_act_noun_judges_the_summed_act(string sentence, string expected) => AssertCoded(sentence, expected);

    // Refusing to resume imports is refusing to ease an embargo (1244); imports resumed are not coded as a refusal, and a
    // refusal to resume talks stays a refusal to negotiate (125).
    [Theory]
    [InlineData("Japan refused to resume imports of Chinese pork.", "JPN→CHN:1244")]
    [InlineData("Vietnam declined to resume imports of Cambodian rice until inspections were completed.", "VNM→KHM:1244")]
    [InlineData("Japan resumed imports of Chinese pork on Monday.", "!*→*:12*")]
    [InlineData("Japan refused to resume talks with China.", "JPN→CHN:125")]
    [InlineData("Japan refused to resume talks with China.", "!*→*:1244")]
    public void Refusing_to_resume_imports_is_refusing_to_ease_an_embargo(string sentence, string expected) => AssertCoded(sentence, expected);
}
