using Tidings.Coding;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 9's rules for roots 10 and 13-17 over the default pipeline, on sentences written for these tests: what a demand
/// asks for (the demanded verb and its object), the change a protest is against or for (14xk) and whom it addresses, a
/// threatened response with force, who an expulsion removes (166x), whose alert it is (151/152), riots by crowds and the
/// population of a threatened curfew. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not.
/// </summary>
public class DemandContentTests
{
    [Theory]
    // the demanded verb and its object name the demand
    [InlineData("Lebanon's president demanded that the United Nations keep its peacekeepers in the south.", "LBNGOV→IGOUNO:1034")]
    [InlineData("Azerbaijan demanded that Russia pull its troops out of Karabakh.", "AZE→RUS:1056|!AZE→RUS:100")]
    [InlineData("Belize demanded that Guatemala settle the territorial dispute at the world court.", "BLZ→GTM:107")]
    [InlineData("The opposition in Zambia demanded that the president withdraw the constitutional amendment.", "ZMBOPP→ZMBGOV:1044")]
    [InlineData("Teachers in Malawi demanded that the government raise their salaries.", "MWIEDU→MWIGOV:1042")]
    // the demand's coordinated addressees, which the demanded verb follows
    [InlineData("Haiti demanded that Canada and France increase their funding for the police mission.", "HTI→CAN:1031|HTI→FRA:1031")]
    // a threatened response with force, at whom it answers
    [InlineData("Iran threatened to respond with force to any attack by Israel.", "IRN→ISR:138|!IRN→-:130")]
    // a threatened curfew falls on the population
    [InlineData("Senegal's interior minister threatened to impose a curfew in Dakar if the riots continued.", "SENGOV→SEN:1323")]
    // what a protest is against gives its sub-code, and a policy protest with no target addresses the government
    [InlineData("Doctors in Ghana rallied against the government's plan to cut health spending.", "GHAHLH→GHAGOV:1412")]
    [InlineData("Dock workers in Greece walked out in protest at the new labour law.", "GRCLAB→GRCGOV:1432")]
    [InlineData("Students in Bangkok rallied against a constitutional change.", "THAEDU→THAGOV:1414")]
    // who is expelled or withdrawn
    [InlineData("Ethiopia ordered all foreign aid groups to leave Tigray.", "ETH→NGO:1663|!ETH→NGO:166")]
    [InlineData("Burundi ordered the UN observers to leave the country.", "BDI→IGOUNO:1662")]
    // whose alert it is
    [InlineData("Japan put its navy on alert after Chinese ships entered its waters.", "JPNMIL→CHN:152")] // the navy named: decision 018
    [InlineData("Police in Lima were placed on high alert before the summit.", "PERCOP→-:151")]
    // leaving talks halts them, even with the talks' kind between
    [InlineData("Hamas pulled out of the indirect ceasefire talks in Cairo.", "PSEREBHMS→-:164|!PSEREBHMS→-:166")]
    [InlineData("Pakistan ordered the withdrawal of the UN military observers from Kashmir.", "PAK→IGOUNO:1662")]
    // a suspension of one's own country's civil groups is an administrative sanction
    // Session 66 (civic66): a civic group's suspension is 1721 by decision 099 A (was 172).
    [InlineData("Cambodia's government suspended the activities of several Cambodian NGOs.", "KHMGOV→KHMNGO:1721|!KHMGOV→KHMNGO:160")]
    // what crowds of protesters burn they burn in a riot
    [InlineData("Crowds in Kinshasa torched the offices of the electoral commission.", "CODCVL→CODGOV:145|!CODCVL→CODGOV:1712")]
    [InlineData("France cut its development aid to Mali after the coup.", "FRA→MLI:1621")]
    [InlineData("Sweden and Finland held joint air drills near the border with Russia.", "SWE→FIN:062|FIN→SWE:062|!*:150")]
    [InlineData("Health workers in Lagos walked off the job in protest at the new health levy.", "NGAHLH→NGAGOV:1432")]
    // the purpose of a protest noun may hang on its light verb; a protest against someone's act or thing is aimed at them
    [InlineData("Jailed activists in Egypt began a hunger strike to demand medical care.", "EGYCVL→EGYGOV:1423")]
    [InlineData("Thousands of fishermen marched in Dakar to protest against EU fishing deals.", "SENAGR→IGOEUREEC:141|!SENAGR→SENGOV:141")]
    // a purpose that is a demand keeps the demand's addressee, folded into the protest once
    [InlineData("Protesters in Quito blocked roads to demand the resignation of the president.", "ECUCVL→ECUGOV:1441|!ECUCVL→ECUGOV:1041")]
    // a protest at a country's mission is aimed at its government; the victim of the act protested is not the target
    [InlineData("Hundreds of Ethiopians rallied outside the Egyptian embassy in Addis Ababa over the dam dispute.", "ETHCVL→EGYGOV:141")]
    [InlineData("Students in Dhaka marched against the abduction of a student leader.", "BGDEDU→BGDGOV:141|!BGDEDU→BGDEDU:141")]
    // a demonstration of support is about whom it supports, not the marchers' own government
    [InlineData("Thousands of Georgians rallied in Tbilisi in solidarity with Ukraine.", "GEOCVL→UKR:141|!GEOCVL→GEOGOV:141")]
    // a people named by a plural demonym who demonstrate are its civilians
    [InlineData("Thousands of Armenians rallied in Yerevan to demand the resignation of the prime minister.", "ARMCVL→ARMGOV:1411|!ARM→ARMGOV:1411")]
    // a warning issued to a country is a threat
    [InlineData("Turkey issued a stern warning to Greece over the militarisation of the islands.", "TUR→GRC:130")]
    public void Codes_what_demands_threats_and_protests_ask_for(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("keep", "troops", "1034")]
    [InlineData("withdraw", "ambassador,troops", "1056")]
    [InlineData("settle", "border,question", "107")]
    [InlineData("increase", "climate,finance", "1031")]
    [InlineData("improve", "working,condition", "1042")]
    [InlineData("cancel", "licence", "1042")]
    [InlineData("scrap", "new,constitution", "1044")]
    [InlineData("respect", "right", "1043")]
    [InlineData("visit", "capital", null)]
    public void Demand_code_from_verb_and_object(string verb, string objects, string? expected) =>
        Assert.Equal(expected, DemandContent.DemandCode(verb, objects.Split(',')));

    [Theory]
    [InlineData("reform", "pension", 2)]
    [InlineData("change", "constitutional", 4)]
    [InlineData("right", "", 1 + 2)]
    [InlineData("resignation", "", 1)]
    [InlineData("night", "third", 0)]
    public void Reform_kind_of_a_noun_group(string head, string modifiers, int kind) =>
        Assert.Equal(kind, DemandContent.ReformKind(head, modifiers.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void Appeals_mirror_demands() => Assert.Equal("0234", DemandContent.AppealOf("1034"));
}
