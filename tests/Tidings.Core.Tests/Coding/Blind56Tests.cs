namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind56 split (session 36: broadcasters' and international dailies' web copy). "It comes after X did Y",
/// "The move came days after ...": the clause "after" hangs on the verb "come" tells the cause of the article's news, so its
/// events are background whatever relation the parser gives it (TreeRoles.ComesAfterClause); "comes as" stays news.
/// "X is to VERB" announces a plan, as "will" does (ShallowCoder.BeToFuture). A Title Case headline capitalises "March",
/// whose lexicon row is lower-case only (kept from the month): the tagger's verb reading is the verb
/// (CodingLexicon.TitleCaseVerb), and a crowd counted in words is an actor before a headline's present tense ("Thousands
/// Protest", ActorRecognizer.CrowdActs). A comma-led participle of saying after a quote-first sentence is the
/// speaker's (TreeRepairs.SpeechParticipleAfterReport). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind56Tests
{
    [Theory]
    [InlineData("It comes after Nigerian troops raided bandit camps in Zamfara state last week.", "!NGAMIL→*:*")]
    [InlineData("The decision came days after Ghana expelled two Nigerian diplomats.", "!GHA*→*:*")]
    [InlineData("This comes after Thai soldiers shelled Cambodian positions along the border.", "!THAMIL→*:*")]
    // an "after" clause of another verb keeps its own rules; the main clause's event stays news
    [InlineData("Ugandan troops attacked rebel camps in eastern Congo on Monday after the rebels killed ten villagers.", "UGAMIL→*:19*")]
    public void A_clause_after_comes_is_the_cause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The World Bank is to lend Kenya $750m to build rural roads.", "*→KEN:0331|!*→KEN:071")]
    [InlineData("Japan's prime minister is to visit Hanoi next month.", "JPNGOV→*:036|!JPNGOV→*:042")]
    [InlineData("Germany is to send 500 troops to Lithuania.", "DEU→LTU:03*|!DEU→LTU:074")]
    // "is to blame" is an accusation idiom, no plan
    [InlineData("Russia is to blame for the attack on the convoy, the Ukrainian foreign minister said.", "!*:03*")]
    public void Be_to_verb_is_a_plan(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Thousands March In Tbilisi Against Election Result", "GEOCVL→*:14*")]
    [InlineData("Protesters March On Parliament In Kampala", "UGACVL→*:14*")]
    // the month stays a month
    [InlineData("Kenya To Hold Referendum In March", "!*:14*")]
    [InlineData("Parliament Reconvenes On March 12 After Recess", "!*:14*")]
    public void A_title_case_headline_verb_is_read(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    [InlineData("\"Our patience has limits,\" the Iranian foreign minister said, urging Washington to lift its sanctions.", "IRNGOV→USA*:02*")]
    [InlineData("\"The border is calm,\" the Thai foreign minister said, urging Cambodia to return to talks.", "THAGOV→KHM*:026")]
    // a participle of result stays with the act it follows
    [InlineData("The army said rebels attacked a base in the north, killing five soldiers.", "!*GOV→*:*|!MIL→MIL:*")]
    public void A_speech_participle_after_a_report_is_the_speaker_s(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
