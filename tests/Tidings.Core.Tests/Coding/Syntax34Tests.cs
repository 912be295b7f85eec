namespace Tidings.Tests.Coding;

/// <summary>
/// Events that depend on the tagger repairs of session 34 (syntax34; the tags themselves are checked in
/// <c>Syntax/Syntax34Tests</c>): a past form after "and" before a bare noun object is the clause's second verb ("raided the
/// offices and detained journalists"), and an irregular past the tagger read as an adjective before a bare noun, after a
/// plural subject, is the clause's verb ("Insurgents laid siege to ..."), and so is an -ed form after a name before a bare
/// plural ("The European Union imposed sanctions ... and summoned ..."). Participles of a state before a noun after "and"
/// ("and wounded civilians") stay modifiers and add no act. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Syntax34Tests
{
    [Theory]
    // the second verb of the clause, once tagged as a verb, codes its own act
    [InlineData("Kenyan police raided the offices of the newspaper and detained journalists.", "KENCOP→KENMED:173")]
    [InlineData("The army shelled the town and killed civilians.", "MIL→CVL:18*")]
    [InlineData("The rebels captured the town and forced thousands of residents to flee.", "REB→CVL:201|!REB→CVL:192")]
    // a participle of a state before a noun is no second act (hostages rescued are released, 0841, since session 57's
    // decision 066; the rescue of people from danger stays 073)
    [InlineData("Soldiers rescued the hostages and wounded civilians at the market.", "MIL→CVL:0841|!MIL→CVL:18*|!MIL→CVL:19*")]
    public void Codes_the_second_verb_after_and(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an irregular past read as an adjective before its bare object is the verb
    [InlineData("Insurgents laid siege to the army base in Borno.", "NGAREB→NGAMIL:191")]
    public void Codes_an_irregular_past_read_as_an_adjective(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // after a name, an -ed form before a bare plural is the clause's verb, and the verb coordinated with it codes too
    [InlineData("The European Union imposed sanctions on four Iranian officials and summoned Tehran's ambassador.",
        "IGOEUREEC→IRNGOV:163|IGOEUREEC→IRNGOV:114")]
    public void Codes_the_verbs_of_a_clause_whose_first_verb_follows_a_name(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
