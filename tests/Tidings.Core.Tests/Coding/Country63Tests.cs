namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (country63): actor codes of events whose root is right. A cut in diplomatic relations (161) aimed at a
/// foreign state's embassy or consulate itself is aimed at that state as a country (the bare code), as recalls from a
/// capital are; the people of a mission (diplomats, staff, an ambassador) stay their government's agents (GOV).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Country63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A closed foreign mission is the country's; expelled diplomats, an ambassador and "embassy staff" (the mission noun
    // only modifies the people) are the government's; an embassy attacked by protesters is no cut in relations and keeps
    // the government the building stands for.
    [Theory]
    [InlineData("Sweden closed the Iranian embassy in Stockholm on Tuesday.", "SWE→IRN:161")]
    [InlineData("Sweden closed the Iranian embassy in Stockholm on Tuesday.", "!SWE→IRNGOV:161")]
    [InlineData("Latvia ordered the closure of the Belarusian consulate in Daugavpils.", "LVA→BLR:161")]
    [InlineData("Latvia expelled two Belarusian diplomats on Tuesday.", "LVA→BLRGOV:161")]
    [InlineData("Latvia expelled the Belarusian ambassador on Tuesday.", "LVA→BLRGOV:161")]
    [InlineData("Chad expelled ten French embassy staff on Monday.", "TCD→FRAGOV:161")]
    [InlineData("Chad expelled ten French embassy staff on Monday.", "!TCD→FRA:161")]
    [InlineData("Protesters stormed the Iranian embassy in Stockholm.", "*→IRNGOV:145")]
    public void Closed_missions_are_the_country(string sentence, string expected) => AssertCoded(sentence, expected);

    // A crewed craft of another state that the show of force is made at, in the trigger's own clause, keeps its organ
    // (decision 023: a crewed military platform named by a nationality adjective is country + MIL); craft told in a
    // clause of their own are the cause, and the posture is aimed at the state.
    [Theory]
    [InlineData("Two Chinese fighter jets flew within 20 metres of a Japanese patrol aircraft over the East China Sea.", "CHNMIL→JPNMIL:150")]
    [InlineData("Two Chinese fighter jets flew within 20 metres of a Japanese patrol aircraft over the East China Sea.", "!CHNMIL→JPN:150")]
    [InlineData("A Russian warship shadowed a Norwegian frigate in the Barents Sea.", "RUSMIL→NORMIL:150")]
    [InlineData("Taiwan put its armed forces on alert after Chinese warships were spotted near Kinmen.", "TWNMIL→CHN:152")]
    [InlineData("South Korea scrambled jets when Chinese military aircraft entered its air defence zone.", "KORMIL→CHN:152")]
    [InlineData("South Korea scrambled jets when Chinese military aircraft entered its air defence zone.", "!KORMIL→CHNMIL:152")]
    [InlineData("Finland's navy raised its readiness after Russian warships gathered in the Gulf of Finland.", "FINMIL→RUS:152")]
    [InlineData("Finland's navy raised its readiness after Russian warships gathered in the Gulf of Finland.", "!FINMIL→RUSMIL:152")]
    [InlineData("Danish jets intercepted a Russian reconnaissance plane over the Baltic Sea.", "DNKMIL→RUSMIL:152")]
    // A craft named with "any" is whatever the state sends: the threat is aimed at the country.
    [InlineData("North Korea threatened to shoot down any US reconnaissance plane that entered its airspace.", "PRK→USA:138*")]
    [InlineData("North Korea threatened to shoot down any US reconnaissance plane that entered its airspace.", "!PRK→USAMIL:*")]
    public void Encountered_craft_keep_their_organ(string sentence, string expected) => AssertCoded(sentence, expected);

    // Lexicon rows: a national human rights commission is a state body (GOV), a national medical association the doctors'
    // body (HLH), co-presidents and national security advisers the government, Taiwan's Mainland Affairs Council and South
    // Africa's Special Investigating Unit state agencies; a rights NGO named "Commission" keeps its own row.
    [Theory]
    [InlineData("The Kenyan human rights commission criticised the police over the arrests.", "KENGOV→KENCOP:111")]
    [InlineData("The Human Rights Commission of Pakistan criticised the police for the arrests.", "!PAKGOV→*:111")]
    [InlineData("The Ghana Medical Association urged the government to pay doctors' arrears.", "GHAHLH→GHAGOV:*")]
    [InlineData("Nicaragua's co-presidents expelled two foreign priests on Sunday.", "NICGOV→*:174")]
    [InlineData("The national security advisers of Japan and South Korea spoke by telephone on Tuesday.", "JPNGOV→KORGOV:041")]
    [InlineData("Taiwan's Mainland Affairs Council criticised Beijing for the sentence.", "TWNGOV→CHNGOV:111")]
    [InlineData("South Africa's Special Investigating Unit said it had launched an investigation into the contracts.", "ZAFGOV→-:091")]
    public void State_bodies_and_titles_of_the_lexicon(string sentence, string expected) => AssertCoded(sentence, expected);
}
