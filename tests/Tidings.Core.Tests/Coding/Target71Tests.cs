namespace Tidings.Tests.Coding;

/// <summary>
/// Session 71 (target71, decision 142): a reaction that names no one it is aimed at answers the doer of its cause when
/// the cause is told outside its clause not by an "after" clause with a subject but (1) by a noun phrase after "after",
/// "following" or "amid" whose act noun names its doer (a possessive or adjective actor before it, or a "by"/"from" agent
/// after it, also through "weeks of", and where the parser hangs the phrase on a noun of the clause), or (2) by an
/// "as"/"when" clause of the same moment. An "of" or "into" phrase (what the act was done to), a noun with no doer, a
/// clause of expecting and a clause telling another group's own protest name no one; coercion takes only a foreign doer.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class Target71Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Algeria lodged a formal protest following Morocco's construction of a wall near the border.", "DZA→MAR:114")]
    [InlineData("Algeria lodged a formal protest following the construction of a wall near the border.", "DZA→-:114")]
    [InlineData("Hanoi lodged a formal protest on Friday amid repeated incursions by Chinese survey ships.", "VNMGOV→CHN*:114")]
    [InlineData("Hanoi lodged a formal protest on Friday amid repeated incursions into Chinese waters.", "VNMGOV→-:114")]
    public void A_reaction_answers_the_doer_its_cause_noun_names(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Peruvian transport minister resigned after two weeks of strikes by railway workers.", "PERGOV→PERLAB:08*")]
    [InlineData("The Peruvian transport minister resigned after two weeks of heavy rains.", "PERGOV→-:08*")]
    [InlineData("Police in Lagos imposed a curfew amid looting by armed gangs.", "NGACOP→NGA:1723|!NGACOP→NGACRM:17*")]
    public void A_span_noun_gives_the_doers_of_its_of_phrase_and_coercion_keeps_its_home_target(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Greek government filed a formal complaint as Turkish fighter jets flew over two inhabited islands.", "GRCGOV→TUR*:114")]
    [InlineData("The Greek government filed a formal complaint as Turkish officials had expected.", "!GRCGOV→TUR*:114")]
    [InlineData("French farmers blocked roads outside Paris as truck drivers began a strike.", "!FRAAGR→FRALAB:14*")]
    public void An_as_clause_of_the_same_moment_names_the_doer(string sentence, string expected) => AssertCoded(sentence, expected);
}
