namespace Tidings.Tests.Coding;

/// <summary>
/// Session 14's general rules from the event errors of realnews dev, dev2, dev3 and dev4 (gold/realnews-gold.jsonl): thanks
/// and prayers in the light-verb phrasings real copy uses, taking exception, a court or legislature stopping a measure of
/// its government, an event noun set in the clause by "on the sidelines of" or "in the course of", and event nouns inside names.
/// Sentences written for these tests, in news style; none is taken from an article.
/// </summary>
public class RealNewsRecall4Tests
{
    [Theory]
    // Thanks given with "express" or "extend": praise of the one thanked, who follows "to".
    [InlineData("The Ugandan health minister expressed gratitude to China for the donated vaccines.", "UGAGOV*→CHN:051")]
    [InlineData("Peru's president extended thanks to Chile for sending firefighters.", "PERGOV→CHL:051")]
    [InlineData("The Nepalese government expressed appreciation to India for the relief supplies.", "NPLGOV→IND:051")]
    // Prayers for someone are sympathy; praying alone is worship.
    [InlineData("Argentina's president prayed for the miners trapped in Chile.", "ARGGOV→*:018")]
    [InlineData("Muslims in Lagos prayed at the central mosque.", "!*:018")]
    // "Offered prayers" is no offer of cooperation.
    [InlineData("Kenyan farmers offered prayers for the victims of the floods in Mozambique.", "!*:030")]
    // Taking exception to something another side said or did criticises it.
    [InlineData("The Thai government took exception to the Cambodian statement.", "THAGOV→KHM:111")]
    public void Thanks_prayers_and_exceptions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A legislature that stops a rule, law, decree, ban, bill or policy rejects its government's measure; a court that does
    // finds against it (116, session 18: as "struck down" and "ruled that the decree was illegal" are, and as blind28 codes
    // a suspended ban and a blocked deployment; see Recall8Tests).
    [InlineData("A federal judge in Texas blocked the new Labor Department rule.", "USAJUD→USAGOV:116")]
    [InlineData("Kenya's High Court suspended the controversial cybercrime law on Thursday.", "KENJUD→KENGOV:116")]
    [InlineData("The Peruvian congress blocked the bill.", "PERLEG→PERGOV:120")]
    [InlineData("A Brazilian court halted the government's decree on gun ownership.", "BRAJUD→BRAGOV:116")]
    // Blocking a road is obstruction, not a rejection of a measure.
    [InlineData("Kenyan police blocked the road to the airport.", "!*:120")]
    public void Courts_and_legislatures_stopping_measures(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "On the sidelines of", "on the margins of", "in the course of" set a visit or talks in the clause as "during" does:
    // the clause's subject does them.
    [InlineData("On the sidelines of his visit to Japan, President Cyril Ramaphosa attended a trade fair.", "ZAFGOV→JPN:042")]
    [InlineData("On the margins of his official visit to the Holy See, the Armenian president attended a ceremony.", "ARMGOV→VAT:042")]
    [InlineData("In the course of talks with Seoul, the Japanese foreign minister raised the issue of fishing rights.", "JPNGOV→KORGOV:040")]
    // A summit on whose sidelines two leaders meet is no event of its own; the meeting is one at a third location (044,
    // as the gold codes sideline meetings and the lexicon's "meet on sideline").
    [InlineData("The Indian prime minister met the Nepalese president on the sidelines of the regional summit.", "INDGOV→NPLGOV:044|!INDGOV→NPLGOV:040")]
    public void Events_set_on_the_sidelines(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A capitalised event noun inside an ordinary sentence is part of a name: a past event told as a topic, not news.
    [InlineData("The French senator was honoured for his work on the recognition of the Armenian Genocide.", "!*:202")]
    [InlineData("Rwanda marked the anniversary of the Rwandan Genocide on Sunday.", "RWA→-:017|!*:202")]
    // In lower case it is an event (here what an accusation alleges); other sentences are untouched.
    [InlineData("Armenia accused Turkey of genocide.", "ARM→TUR:1124")]
    [InlineData("Police in Nairobi arrested the opposition leader on Monday.", "KENCOP→KENOPP:173")]
    public void Event_nouns_inside_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
