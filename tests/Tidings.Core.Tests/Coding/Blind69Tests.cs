namespace Tidings.Tests.Coding;

/// <summary>
/// Session 51 (blind69): constructions of long analysis and feature sentences. A relative clause set off by commas between
/// the subject and its verb, and a long adverbial before the main clause, are parsed apart from the main clause
/// (<c>SubjectRelativeClauses</c>, <c>FrontedAdverbials</c>), so the news verb keeps its subject and does not inherit the
/// aside's history; an event noun after "since" is history. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each
/// listed event must be coded as asserted news, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind69Tests
{
    // A relative clause on the subject, set off by commas, is said of the subject: the news verb after it keeps the
    // subject before it, and the clause's history ("since 2019", "last year") is not the news verb's.
    [Theory]
    [InlineData("Museveni, whose soldiers were accused by Human Rights Watch last year of killing protesters in eastern Congo, on Friday dismissed a call by the European Union to free the opposition leader.", "UGAGOV→IGOEUREEC:12*")]
    [InlineData("Museveni, whose soldiers were accused by Human Rights Watch last year of killing protesters in eastern Congo, on Friday dismissed a call by the European Union to free the opposition leader.", "!UGAMIL→IGOEUREEC:12*")]
    // the clause's own act, dated last year, is history
    [InlineData("Museveni, whose soldiers were accused by Human Rights Watch last year of killing protesters in eastern Congo, on Friday dismissed a call by the European Union to free the opposition leader.", "!NGOHRI→UGAMIL:11*")]
    [InlineData("Laos and Thailand, which have been at odds over a Mekong dam since 2019, have agreed to hold talks on water sharing.", "LAO→THA:03*|THA→LAO:03*")]
    [InlineData("Israel and Syria, which have been technically at war since 1948, have agreed to share intelligence on militias.", "ISR→SYR:03*|SYR→ISR:03*")]
    // no relative clause: the "since" phrase does date the verb's state
    [InlineData("Laos and Thailand have been at odds over a Mekong dam since 2019.", "!LAO→THA:03*")]
    public void A_relative_clause_on_the_subject_lends_the_verb_neither_its_nouns_nor_its_history(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // A long subordinate clause before the main clause ("Three weeks after a bombing left dozens dead, ...") is the main
    // clause's adverbial: the main clause is the news, the subordinate one its context.
    [Theory]
    [InlineData("Three weeks after a bomb attack on a church in Kaduna left dozens of people dead, Nigerian troops raided a camp of bandits in Zamfara state.", "NGAMIL→*:19*")]
    [InlineData("Three weeks after a suicide attack on a mosque in Peshawar left dozens of people dead, Pakistani security forces raided a hideout of the Pakistani Taliban in the Khyber district.", "PAKCOP→PAKREB:17*")]
    // a measure of time before the subordinator ("Hours after") is no subject of the clause: the visit it tells is coded
    [InlineData("Hours after Kenya's foreign minister arrived in Addis Ababa for talks on the disputed border, Ethiopia's prime minister received him at his office and offered to host a summit of the two leaders.", "KENGOV→ETHGOV:042|ETHGOV→KENGOV:043")]
    // the fronted clause's act stays out of the news
    [InlineData("Two months after rebels shelled the town of Goma, Congolese troops arrested three of their commanders on Tuesday.", "!CODREB→COD:19*")]
    public void A_fronted_subordinate_clause_leaves_the_main_clause_as_the_news(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // An event noun governed by "since" names the act a state has lasted from: history, not news. The same noun heading the
    // clause is news.
    [Theory]
    [InlineData("The forum has been largely idle since Israel's offensive in Gaza.", "!ISR→PSE:19*")]
    [InlineData("Since the Russian invasion of Ukraine, Finland has joined NATO.", "!RUS→UKR:19*")]
    [InlineData("Trade between the two countries has collapsed since Russia's invasion of Ukraine in 2022.", "!RUS→UKR:19*")]
    [InlineData("Israeli strikes on Gaza killed twelve people on Monday.", "ISR→PSE:19*")]
    // "the first ... since" with an event noun after it: the comparison's noun is history, the news noun is not
    [InlineData("Israeli strikes on Gaza killed twelve people on Monday, the deadliest day since the ceasefire.", "ISR→PSE:19*")]
    public void An_event_noun_after_since_is_history(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
