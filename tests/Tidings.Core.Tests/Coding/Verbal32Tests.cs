namespace Tidings.Tests.Coding;

/// <summary>
/// Session 32's rules for verbal events (roots 02–05, 09–12, 14), over the default pipeline, on sentences written for these
/// tests: names of coercion, meddling and hostility given to another's measure ("called the tariffs blackmail", "an unfriendly
/// step", "politically motivated", "a witch hunt", "an attempt to undermine the vote") are criticism (111) of its doer, who may
/// be named by an actor adjective ("called Chinese pressure unacceptable") or be the subject of the clause a summing "move"
/// hangs on; talks held during a visit negotiate (046) only when their matter is a dispute or a deal (gold/README.md, visits),
/// as talks held elsewhere do; a promise in an object relative clause ("the jets it promised") only names the thing delivered.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not.
/// </summary>
public class Verbal32Tests
{
    [Theory]
    // a name of coercion, meddling or hostility given to another's measure criticises its doer
    [InlineData("Brazil's president called the American tariffs blackmail.", "BRAGOV→USA:111")]
    [InlineData("Armenia's prime minister called Russia's gas cut political blackmail.", "ARMGOV→RUS:111")]
    [InlineData("Venezuela's government called the Colombian statement interference in its internal affairs.", "VENGOV→COL:111")]
    [InlineData("Russia's foreign ministry called Estonia's expulsion of its diplomats an unfriendly step.", "RUSGOV→EST:111")]
    [InlineData("Mexico's president called the American offer premature.", "MEXGOV→USA:111")]
    [InlineData("Opposition lawmakers called the government's cabinet reshuffle cosmetic.", "OPP→GOV:111")]
    // a head word that is neutral alone disapproves with its modifier: "witch hunt", "politically motivated", "attempt to undermine"
    [InlineData("Hungary's prime minister called the European Commission's criticism a witch hunt.", "HUNGOV→IGOEUREEC:111")]
    [InlineData("Iran's foreign ministry called the arrests politically motivated.", "IRNGOV→-:111")]
    [InlineData("Georgia's prime minister called Russia's cyberattack an attempt to undermine the elections.", "GEOGOV→RUS:111")]
    // the same heads with a neutral modifier, or none, judge nothing
    [InlineData("The minister said the decision was motivated by security concerns.", "!*:111")]
    [InlineData("Police said the attack was an attempt to free the prisoners.", "!*:111")]
    [InlineData("The ministry called the visit a step toward peace.", "!*:111")]
    [InlineData("Kenya's president called the American investment a welcome step.", "!KENGOV→USA:111")]
    public void Codes_names_of_coercion_and_hostility_as_criticism(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an actor adjective on the named act names its doer, as in the copular "the Nigerian decision was reckless"
    [InlineData("The Lithuanian foreign minister defended Taiwan's right to open an office, calling Chinese pressure on his country unacceptable.",
        "LTUGOV→CHN:111|LTUGOV→TWN:052")]
    // a summing "move" the parser hangs on the clause's verb: the clause's subject did the act
    [InlineData("The United States raised tariffs on Brazilian goods, a move Brazil's president called blackmail.", "BRAGOV→USA:111|!BRAGOV→-:111")]
    public void Finds_the_doer_of_a_named_act(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // talks on trade or security during a visit are the visit alone
    [InlineData("Kenya's president hosted his Tanzanian counterpart in Nairobi for talks on cross-border trade.",
        "KENGOV→TZAGOV:043|TZAGOV→KENGOV:042|!KENGOV→TZAGOV:046|!TZAGOV→KENGOV:046")]
    [InlineData("Ghana's president welcomed Togo's president to Accra for talks on regional security.",
        "GHAGOV→TGOGOV:043|!GHAGOV→TGOGOV:046")]
    // talks on a ceasefire, a disputed border or a prisoner exchange negotiate it, both ways
    [InlineData("Ethiopia's prime minister hosted Sudan's army chief in Addis Ababa for talks on a ceasefire.",
        "ETHGOV→SDNMIL:043|ETHGOV→SDNMIL:046|SDNMIL→ETHGOV:046")]
    [InlineData("Peru's foreign minister flew to Quito for talks with Ecuador's president on their disputed border.",
        "PERGOV→ECUGOV:042|PERGOV→ECUGOV:046|ECUGOV→PERGOV:046")]
    [InlineData("Qatar's emir hosted Iran's foreign minister in Doha for talks on a prisoner exchange.", "QATGOV→IRNGOV:046|IRNGOV→QATGOV:046")]
    public void Codes_visit_talks_as_negotiation_only_on_a_dispute_or_deal(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a promise in an object relative clause names the thing delivered; it was made before and is no news
    [InlineData("Germany delivered the last of the tanks it promised to Poland, the defence minister said.", "DEU→POL:072|!DEU→POL:03*")]
    [InlineData("Japan sent the aid that it pledged to the Philippines after the typhoon.", "JPN→PHL:070|!JPN→PHL:03*")]
    // a promise in the main clause is news
    [InlineData("Japan pledged aid to the Philippines after the typhoon.", "JPN→PHL:033")]
    public void Drops_promises_that_only_name_the_thing_delivered(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
