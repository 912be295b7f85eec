namespace Tidings.Tests.Coding;

/// <summary>
/// Sentences that had a gold event and got no event at all, for two general reasons: a reported clause with no "that"
/// after the day it was said ("said on Thursday it had retaken the town") was parsed as a relative clause of the day,
/// so its pluperfect read as history; and a year in a noun's clause whose predicate is a noun or adjective with a
/// copula ("a ban that had been in force since 2022") dated the main verb, which then read as history.
/// </summary>
public class Recall32Tests
{
    [Theory]
    // the clause after the day is what was said: its pluperfect is backshift, the news itself (an army destroying a rebel
    // camp is fighting, 190, by decision 081; it was 1712 before session 61)
    [InlineData("Nigeria's army said on Monday it had destroyed a Boko Haram camp in Borno.", "NGAMIL→NGAREB:190")]
    [InlineData("Ghana's government said on Thursday it had formally asked Togo to extradite the suspects.", "GHAGOV→TGO:0213")]
    [InlineData("Colombia's army said on Tuesday night it had destroyed a rebel camp in Cauca.", "COLMIL→COLREB:190")]
    // with "that" the existing repair already reads it so; the two must agree
    [InlineData("Nigeria's army said on Monday that it had destroyed a Boko Haram camp in Borno.", "NGAMIL→NGAREB:190")]
    // a year in the reported clause still makes it history
    [InlineData("Nigeria's army said on Monday it had destroyed a Boko Haram camp in Borno in 2019.", "!NGAMIL→NGAREB:190")]
    // a relative pronoun after the day opens a relative clause, not what was said
    [InlineData("Rebels said on Monday, which was a holiday, that nothing had happened.", "!*:19*")]
    public void A_clause_right_after_the_day_of_saying_is_what_was_said(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the year dates the noun's copular clause, not the lifting
    [InlineData("Chad's government lifted a curfew that had been in place since 2021.", "TCDGOV→*:081*")]
    [InlineData("Mali's junta lifted a ban on political parties that had been in force since 2023.", "MLIMIL→*:081*")]
    // a year on the main verb, or a verb of its own in the noun's clause, still dates as before
    [InlineData("Chad's government lifted a curfew in 2021.", "!TCDGOV→*:081*")]
    [InlineData("Mali's junta lifted a ban on political parties in 2023.", "!MLIMIL→*:081*")]
    public void A_year_in_a_nouns_copular_clause_does_not_date_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
