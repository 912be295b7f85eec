namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (disapprove64): root 11, missed events, second pass. Two parse repairs that give an accusation or a
/// criticism back its speaker or its news: a relative pronoun the parser made the head of its clause ("the junta, which
/// took power in a coup in 2022, suspended ..., accusing them of ...", where the coup's date dated the accusation as
/// background) gives its place to the clause's verb; and a comma-led participle of saying hung on the base-form verb of a
/// demanded clause ("demanded that the agency condemn the strikes, accusing its chief of ...") is the demander's, not the
/// addressee's. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not
/// be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Disapprove64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A relative clause's past date dates the relative clause's act, not the main clause's news told after it; the act in
    // the relative clause itself stays background.
    [Theory]
    [InlineData("Guinea's junta, which seized power in a coup in September 2021, expelled two French journalists on Monday, accusing them of spying for Paris.", "GINMIL→FRAMED:112*")]
    [InlineData("Guinea's junta, which seized power in a coup in September 2021, expelled two French journalists on Monday, accusing them of spying for Paris.", "GINMIL→FRAMED:174")]
    [InlineData("Guinea's junta, which expelled two French journalists in March 2024, accused Paris on Monday of meddling in its affairs.", "!GINMIL→FRAMED:174")]
    public void A_relative_clauses_date_stays_in_the_relative_clause(string text, string expected) => AssertCoded(text, expected);

    // What a demanded clause tells is not done; a speech participle beside it is the demander's act. A participle beside a
    // clause that reports a done act stays with that clause.
    [Theory]
    [InlineData("Serbia's foreign ministry demanded on Monday that the UN refugee agency condemn the expulsions, accusing the agency's chief of ignoring the plight of Serbs.", "SRBGOV→IGOUNOREFHCR:112*")]
    [InlineData("Serbia's foreign ministry demanded on Monday that the UN refugee agency condemn the expulsions, accusing the agency's chief of ignoring the plight of Serbs.", "!IGOUNOREFHCR→IGOUNOREFHCR:112*")]
    [InlineData("Serbia demanded that Croatia extradite the former commander, accusing him of war crimes.", "SRB→HRV*:112*")]
    public void A_speech_participle_after_a_demanded_clause_is_the_demanders(string text, string expected) => AssertCoded(text, expected);
}
