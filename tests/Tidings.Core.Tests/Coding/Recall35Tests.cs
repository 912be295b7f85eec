namespace Tidings.Tests.Coding;

/// <summary>
/// Missed events of the events-gold tunable splits whose trigger the lexicon lacked (session 35, recall35): a labour
/// strike staged or held, aimed only at whom "against" names (a strike from the air staged by a force stays an attack, a
/// hunger strike its own code); a threat told as what its target "will face" ("the full force of the law", "consequences"),
/// only after will/would; budget support paused, halted or cut; the internet shut; armed men hunted down (people only);
/// and an act or a body censured by what it is called, branded or described as (the object class @censure: "a betrayal",
/// "a political coup", "dangerous"), where a neutral or good word ("a success") is no event. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Recall35Tests
{
    [Theory]
    [InlineData("Nurses in Kenya staged a three-day strike over unpaid wages.", "KENHLH→*:143")]
    [InlineData("Dockworkers in Chile held a one-day strike on Monday.", "CHLLAB→*:143")]
    // a strike from the air staged by a force is an attack; a hunger strike keeps its own code
    [InlineData("Israeli jets staged air strikes on Hezbollah positions in southern Lebanon.", "ISRMIL→LBNREB:195|!*:143")]
    [InlineData("Detained activists in Egypt staged a hunger strike.", "EGYCVL→*:142|!*:143")]
    // a strike in solidarity with a country is not aimed at it
    [InlineData("Spanish dockworkers staged a general strike in solidarity with Ukraine.", "ESPLAB→-:143|!ESPLAB→UKR:*")]
    public void A_strike_staged_or_held(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("\"Those who attacked the police will face the full force of the law,\" the Nigerian president said.", "NGAGOV→*:130")]
    [InlineData("Moscow would face consequences if it attacked a NATO member, the German chancellor said.", "DEUGOV→RUS*:130")]
    // facing trial or a charge told as news is no threat; nor is what refugees face
    [InlineData("The former minister faces the full force of the law after his conviction.", "!*:130")]
    [InlineData("Refugees face the consequences of the war every day.", "!*:130")]
    public void A_threat_told_as_what_its_target_will_face(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The European Union paused budget support to Mali after the coup.", "IGOEUREEC→MLI:1621")]
    [InlineData("Britain halted budget support to Rwanda over its backing of the rebels.", "GBR→RWA:1621")]
    // budget support given is aid, not its reduction
    [InlineData("The European Union approved budget support for Senegal.", "!*:1621")]
    public void Budget_support_paused_or_cut(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Pakistan shut internet in Balochistan amid unrest.", "PAK→*:1721")]
    // a shop shut is no censorship
    [InlineData("Traders in Lahore shut their shops for the holiday.", "!*:1721")]
    public void The_internet_shut(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Congo's army hunted down the militiamen who attacked the village.", "CODMIL→CODREB:190")]
    // bargains hunted down are no force used; vowed, the hunt is no cooperation
    [InlineData("Shoppers hunted down bargains in the January sales.", "!*:190")]
    [InlineData("Kenya's police vowed to hunt down the attackers.", "!*:030")]
    public void Armed_men_hunted_down(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Poland's foreign minister called Hungary's veto a betrayal of Ukraine.", "POLGOV→HUN*:111")]
    [InlineData("The opposition in Tbilisi branded the new law a political coup.", "GEOOPP→*:111")]
    [InlineData("Beijing described the American sanctions as blackmail.", "CHNGOV→USA:111")]
    [InlineData("Japan's foreign ministry called China's actions dangerous.", "JPNGOV→CHN:111")]
    // a neutral or good word is no censure; a called election is no word at all
    [InlineData("The minister called the meeting a success.", "!*:111")]
    [InlineData("Kenya's president called an early election.", "!*:111")]
    public void Called_a_betrayal_is_censure(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
