namespace Tidings.Tests.Coding;

/// <summary>
/// Real-news patterns of session 27 (realnews27): a perfect with adverbs between "have" and its participle ("has so far
/// pledged"), which the tagger and parser read as "has" plus a second verb, and aid or an aid pledge whose recipient only
/// an earlier sentence of the article names, as the appeal it answers.
/// </summary>
public class RealNews27Tests
{
    [Theory]
    // adverbs between the auxiliary and the participle leave the participle the clause's verb
    [InlineData("Japan has so far pledged $5 million to Nepal.", "JPN→NPL:0331")]
    [InlineData("The United States has so far pledged $8 million.", "USA→-:0331")]
    [InlineData("China has so far pledged $2 billion to Pakistan.", "CHN→PAK:0331")]
    [InlineData("Germany has so far sent 50 tonnes of food to Sudan.", "DEU→SDN:07*")]
    [InlineData("Canada has so far provided $3 million in aid to Haiti.", "CAN→HTI:07*")]
    [InlineData("Turkish forces have so far captured three villages in northern Syria.", "TURMIL→SYR:192")]
    [InlineData("France has once again expelled two Russian diplomats.", "FRA→RUSGOV:16*")]
    [InlineData("Israel has now released 90 Palestinian prisoners.", "ISR→PSE*:084*")]
    [InlineData("Egypt has also quietly reopened its border crossing with Gaza.", "EGY*→*")]
    [InlineData("Police have so far detained 12 suspects in Nairobi.", "KENCOP→*:173")]
    [InlineData("The army has also recently deployed 300 soldiers to the border with Sudan.", "MIL→SDN:154")]
    // one adverb, as before
    [InlineData("Japan has already pledged $8 million to Vietnam.", "JPN→VNM:0331")]
    public void A_perfect_with_adverbs_keeps_its_participle_as_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a pledge with no recipient answers the earlier appeal to the giver's country
    [InlineData("Pakistan asked China for emergency loans.\n\nChina has so far pledged $2 billion.", "CHN→PAK:0331")]
    [InlineData("Haiti has asked the European Union for humanitarian aid after the storm.\n\nThe EU has so far pledged 5 million euros.", "IGOEUREEC→HTI:0331")]
    [InlineData("Officials in Hanoi asked the United States for more money to clean up dioxin.\n\nThe clean-up will take ten years, experts said.\n\nThe US has so far pledged $8 million.", "USA→VNMGOV:0331")]
    [InlineData("Jordan asked Japan for emergency loans to house refugees.\n\nJapan pledged $10 million on Monday.", "JPN→JOR:0331")]
    [InlineData("Nepal asked India for help after the earthquake.\n\nIndia has so far pledged $3 million.", "IND→NPL:0331")]
    // an appeal to another country is not answered by this giver
    [InlineData("Nepal asked India for help after the earthquake.\n\nChina has so far pledged $3 million.", "CHN→-:0331|!CHN→NPL:*")]
    [InlineData("Jordan asked Japan for emergency loans to house refugees.\n\nGermany pledged $10 million on Monday.", "DEU→-:0331|!DEU→JOR:*")]
    // a recipient the sentence names stays the recipient
    [InlineData("Pakistan asked China for emergency loans.\n\nChina has pledged $2 billion to Sri Lanka.", "CHN→LKA:0331|!CHN→PAK:0331")]
    // an appeal told after the pledge is not read back
    [InlineData("China pledged $2 billion on Monday.\n\nPakistan had asked China for emergency loans.", "CHN→-:0331")]
    public void Aid_without_a_recipient_answers_the_earlier_appeal(string body, string expected) => PipelineEvents.AssertCoded(body, expected);
}
