namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (coerce67): root 17, false and missed events. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Coerce67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A court jails by sentencing: its jailing is its finding (116, decision 028) with or without a term named; a jailing
    // told as before trial detains (173), and police, prosecutors or a state that jail someone keep 173.
    [Theory]
    [InlineData("A court in Minsk jailed two reporters for extremism on Tuesday.", "BLRJUD→BLRMED:116")]
    [InlineData("A court in Minsk jailed two reporters for extremism on Tuesday.", "!BLRJUD→BLRMED:173")]
    [InlineData("Vietnam court jails blogger for anti-state propaganda", "VNMJUD→*:116")]
    [InlineData("A military tribunal in Kinshasa imprisoned a former general for treason.", "CODJUD→*:116")]
    [InlineData("The activist was jailed by a court in Tashkent for insulting the president.", "UZBJUD→*:116")]
    [InlineData("A court in Ankara jailed the opposition mayor pending trial on corruption charges.", "TURJUD→TUROPP:173")]
    [InlineData("A court in Ankara jailed the opposition mayor pending trial on corruption charges.", "!TURJUD→TUROPP:116")]
    [InlineData("A court in Cairo jailed the blogger ahead of his trial.", "!EGYJUD→*:116")]
    [InlineData("Police in Harare jailed three protesters overnight.", "ZWECOP→ZWECVL:173")]
    [InlineData("Police in Harare jailed three protesters overnight.", "!ZWECOP→ZWECVL:116")]
    public void A_courts_jailing_is_its_sentence(string sentence, string expected) => AssertCoded(sentence, expected);

    // Tear gas shells, canisters and grenades are crowd-control weapons (175), not artillery (194); artillery shells stay 194.
    [Theory]
    [InlineData("Police fired tear gas shells at hundreds of protesters in Quetta.", "PAKCOP→PAKCVL:175")]
    [InlineData("Police fired tear gas shells at hundreds of protesters in Quetta.", "!PAKCOP→PAKCVL:194")]
    [InlineData("Troops fired teargas shells to disperse the crowd in Srinagar.", "INDMIL→INDCVL:175")]
    [InlineData("The army fired artillery shells at rebel positions near Goma.", "CODMIL→*:194")]
    public void Tear_gas_shells_are_crowd_control(string sentence, string expected) => AssertCoded(sentence, expected);

    // A police or armed force that does anything to people with a crowd-control weapon ("cleared the square with tear
    // gas", "pushed them back with stun grenades") represses them (175): at the verb's object, at whom it arrests in a
    // conjoined verb, at the sentence's protesters, else at the people of the place. Not when firefighters use water
    // cannon, not for police merely armed with batons, not for an act told as what would be done.
    [Theory]
    [InlineData("Kenyan police cleared the square with tear gas.", "KENCOP→KENCVL:175")]
    [InlineData("Riot police cleared a blockade near Lyon with tear gas and detained 23 farmers.", "FRACOP→FRAAGR:175")]
    [InlineData("Truck drivers blocked highways around La Paz to demand that the government end fuel shortages, and police cleared one blockade with tear gas.", "BOLCOP→BOLLAB:175")]
    [InlineData("Protesters tried to force their way into the government building in Yerevan, and riot police pushed them back with stun grenades.", "ARMCOP→ARMCVL:175")]
    [InlineData("Protesters tried to force their way into the government building in Yerevan, and riot police pushed them back with stun grenades.", "!ARMCOP→*:020")]
    [InlineData("Police met the marchers with water cannon in Tbilisi.", "GEOCOP→*:175")]
    [InlineData("Firefighters doused the blaze with water cannon in Athens.", "!*→*:175")]
    [InlineData("Police armed with batons patrolled the streets of Nairobi.", "!*→*:175")]
    [InlineData("Kenyan police would clear the square with tear gas, the minister said.", "!KENCOP→*:175")]
    public void Crowd_weapons_used_with_are_repression(string sentence, string expected) => AssertCoded(sentence, expected);
}
