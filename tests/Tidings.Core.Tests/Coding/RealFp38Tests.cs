namespace Tidings.Tests.Coding;

/// <summary>
/// False events on real text (session 38, realfp38): words of an event used for a topic, a document or a pastime, and
/// event nouns governed by a verb that is no light verb. The sentences are written for these tests, with actors of every
/// region; none is taken from a corpus. Each theory has rows that must give no event and rows of the political sense
/// that must still be coded.
/// </summary>
public class RealFp38Tests
{
    [Theory]
    // An act named only as what a noun of worth or possibility is of ("the importance of expanding trade") is the topic of
    // a statement; nobody does it.
    [InlineData("Chile's foreign minister stressed the importance of expanding trade with Peru.", "!*:06*")]
    [InlineData("The Kenyan envoy spoke about the benefits of holding regular talks with Uganda.", "!*:04*")]
    [InlineData("Vietnam's premier underlined the value of deepening cooperation with Japan.", "!*:06*")]
    // Done by the subject, the same acts are still coded.
    [InlineData("Japan and Vietnam are deepening cooperation on maritime security.", "JPN→VNM:06*")]
    [InlineData("The Kenyan envoy held talks with Uganda's foreign minister.", "KENGOV→UGAGOV:04*")]
    [InlineData("Chile will expand trade with Peru, its foreign minister said.", "CHL→PER:03*")]
    public void An_act_of_a_noun_of_worth_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // The books of a firm are no statement to anyone.
    [InlineData("The Danish shipping group will publish its annual financial statements on May 3.", "!*:01*")]
    [InlineData("The Canadian lender released its quarterly earnings statement on Tuesday.", "!*:01*")]
    // A statement made by an actor about another is still one (a bare one aimed at no one is not: decision 116).
    [InlineData("Ghana's foreign minister issued a statement on the sanctions imposed by Togo.", "GHAGOV→TGO:010")]
    public void An_account_of_books_is_no_statement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "inform" with a that-clause and nobody informed is an announcement, no sharing of information.
    [InlineData("The Norwegian battery maker has informed that all its new shares were subscribed.", "!*:064")]
    // Informing someone is still coded.
    [InlineData("Poland informed Lithuania that its troops would cross the border for the drill.", "POL→LTU:06*")]
    public void Inform_with_nobody_informed_is_no_shared_information(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // To train with nobody trained and nobody trained with is exercise or sport.
    [InlineData("Young players in Nairobi train in bright jerseys every morning.", "!*:06*")]
    [InlineData("The Brazilian squad trained in Doha ahead of the final.", "!*:06*")]
    // Military training of or with others is still cooperation.
    [InlineData("British instructors trained Ukrainian soldiers in Kent.", "GBR*→UKRMIL:062")]
    public void Training_with_nobody_is_no_military_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An age named by its bygone regime ("in the Soviet period", "under colonial rule") tells history, not news.
    [InlineData("In the Soviet period, Russian troops deported thousands of Chechens to Kazakhstan.", "!RUSMIL→*:17*")]
    [InlineData("Under colonial rule, British troops killed hundreds of protesters in Kenya.", "!GBRMIL→*:*")]
    [InlineData("In the worst years of the apartheid era police shot protesters in Soweto.", "!ZAFCOP→*:*")]
    // The same acts told as news are coded.
    [InlineData("Russian police arrested dissidents in Moscow on Tuesday.", "RUSCOP→RUSOPP:173")]
    [InlineData("Kenyan police killed two protesters in Nairobi on Monday, a rights group said.", "KENCOP→KENCVL:18*")]
    public void An_age_of_a_bygone_regime_is_history(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A firm's comment, pledge or complaint addressed to no one is about its business.
    [InlineData("Several Spanish retailers have pledged to cut packaging waste by 2030.", "!*:03*")]
    [InlineData("Australian mining companies are complaining about the shortage of skilled welders.", "!*:114")]
    // A firm's denial, and its offer to a named party, are still coded.
    [InlineData("Brazil's state oil company Petrobras offered to supply Argentina's YPF with crude oil.", "BRABUS→ARGBUS:03*")]
    public void A_firms_words_to_no_one_are_business(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
