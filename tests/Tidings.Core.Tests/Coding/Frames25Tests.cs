namespace Tidings.Tests.Coding;

/// <summary>
/// Events that should not exist, round 2 (session 25, frames25): history told with time words that carry no year
/// ("last year", "last October", "in the past", "has previously said") is background, like "in 2019" and "years ago";
/// the news of the same sentence and spans that end now ("in the past 24 hours") stay events.
/// </summary>
public class Frames25Tests
{
    [Theory]
    // a past year or a named past month told without its number dates the clause's act as history
    [InlineData("Last year, Peruvian authorities expelled two Bolivian diplomats accused of spying.", "!*:16*")]
    [InlineData("Chile expelled two Bolivian diplomats last year.", "!*:16*")]
    [InlineData("The two governments agreed last year to set up a joint commission on water rights.", "!*:03*")]
    [InlineData("Morocco refused last year to take back dozens of its nationals.", "!*:12*")]
    // "in the past" with no span after it, and "previously" after an auxiliary, tell history too
    [InlineData("The separatists have rejected negotiations in the past, demanding full independence.", "!*:12*")]
    [InlineData("The army has previously said it targets only armed fighters and never civilians.", "!*:07*")]
    public void History_told_with_time_words_is_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a span that runs up to now is the news
    [InlineData("Israel launched air strikes on Gaza in the past 24 hours.", "ISR→PSE:19*")]
    [InlineData("Russian forces shelled Kharkiv in the past week.", "RUS*→UKR:19*")]
    // "last year's" dates its noun only: the sentence's own act stays news
    [InlineData("A tribunal in Dhaka on Monday sentenced a former minister to death over last year's crackdown on protesters.", "*:11*")]
    [InlineData("Kenya's opposition leader criticised the government on Wednesday over last year's killings of protesters.", "KENOPP→KENGOV:111")]
    // a time word inside a relative clause dates that clause alone
    [InlineData("Mali's junta, which left ECOWAS last year, expelled the French ambassador on Tuesday.", "MLIMIL→FRA*:16*")]
    // "previously" as a modifier of an adjective is no time cue for the clause
    [InlineData("Nigerian troops attacked a previously unknown armed group on Sunday.", "NGAMIL→*:19*")]
    // an act with no time word stays news
    [InlineData("Georgia expelled two Russian diplomats accused of spying.", "GEO→RUS*:16*")]
    [InlineData("Chile expelled two Bolivian diplomats on Monday.", "CHL→BOL*:16*")]
    public void News_beside_time_words_stays_an_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
