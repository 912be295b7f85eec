namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (dis67): root 11, missed events, a third pass. (1) A contact relative clause (an object relative clause with no
/// "that" or "which": "in an attack the army blamed on rebels", "a launch Washington condemned as a violation") is read as
/// one, not as a passive participle on its subject, so the blame or the condemnation has its doer. (2) "it" as the subject
/// of a relative clause on a noun inside a verb's object or oblique ("announced sanctions against officials it accused of
/// ...") stands for that verb's subject, as it already did for a plain object. (3) "dissidents of the former FARC" are
/// coded as the armed group. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed
/// one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Dis67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A relative clause with no pronoun: its subject blames, whatever the parser first made of it.
    [Theory]
    [InlineData("A car bomb exploded outside a police station in Quetta on Monday, killing five officers, in an attack the provincial government blamed on the Pakistani Taliban.", "PAKGOV→PAKREB:112")]
    [InlineData("Gunmen killed seven villagers in Kaduna on Sunday in an attack the governor blamed on bandits.", "*GOV→*:112")]
    [InlineData("A drone hit a fuel depot in Belgorod overnight, in an attack the regional governor blamed on Ukraine.", "*GOV→UKR:112")]
    // the reduced passive with its agent keeps its reading: the officials are blamed, and nobody blames "the officials"
    [InlineData("Protesters marched against the officials blamed by the inquiry for the collapse.", "!*GOV→*:112")]
    public void Contact_relative_clauses_of_blame(string sentence, string expected) => AssertCoded(sentence, expected);

    // "it" in a relative clause on the punished, however deep in the object or oblique the antecedent lies.
    [Theory]
    [InlineData("Washington announced sanctions against Venezuelan officials it accused of rigging the vote.", "USAGOV→VENGOV:112*")]
    [InlineData("Britain imposed travel bans on three Russian officers it accused of poisoning a defector.", "GBR*→RUS*:112*")]
    // the antecedent in the subject: "it" is no speaker there
    [InlineData("Officials it accused of fraud were not named by the ministry.", "!*→*:112*")]
    public void Relative_accusations_inside_objects(string sentence, string expected) => AssertCoded(sentence, expected);

    // Splinters of an armed group that is "former" are still of it.
    [Theory]
    [InlineData("The army blamed dissidents of the former FARC guerrilla group for the ambush.", "COLMIL→COLREB:112*")]
    [InlineData("The army blamed dissidents of the former FARC guerrilla group for the ambush.", "!COLMIL→COLOPP:112")]
    public void Dissidents_of_a_former_armed_group(string sentence, string expected) => AssertCoded(sentence, expected);
}
