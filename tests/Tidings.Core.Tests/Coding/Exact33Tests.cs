namespace Tidings.Tests.Coding;

/// <summary>
/// Right root and actors, wrong CAMEO subcode (session 33, exact33). A meeting between an international body (no country
/// of its own) and a government in that government's country is a visit (042) it hosts (043); at the body's own seat (the
/// EU in Brussels) and elsewhere a plain meeting (040). "At the request of X" is no place. An appeal or demand
/// that a third side condemn something asks for diplomatic support (022, 102). Asking a side to stop its provocations asks
/// for de-escalation (0256), and so does asking armed groups to withdraw (1056). An accusation of violating a truce is one
/// of aggression (1123) also when a time phrase stands between the accused and "of", and so is one of laying landmines,
/// but not one of ignoring warnings of an attack. A rejected call, demand or request whose asked verb is no trigger is
/// refused as what it asks for (1232, 1234). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Exact33Tests
{
    [Theory]
    // an international body's envoy meeting a government at home is visiting it
    [InlineData("The head of the UN atomic agency met Iran's foreign minister in Tehran on Wednesday.",
        "IGOUNO*→IRNGOV:042|IRNGOV→IGOUNO*:043|!IGOUNO*→IRNGOV:040")]
    [InlineData("The NATO secretary general met Poland's president in Warsaw to discuss air defence.",
        "IGOWSTNAT→POLGOV:042|POLGOV→IGOWSTNAT:043")]
    // in a third country the meeting stays a meeting, not a meeting abroad (044) for a body that has no home
    [InlineData("The UN envoy met Libya's prime minister in Geneva on Monday.", "IGOUNO→LBYGOV:040|!IGOUNO→LBYGOV:042|!IGOUNO→LBYGOV:044")]
    // a meeting at the body's own seat is its ordinary business, not a visit either way
    [InlineData("Poland's agriculture minister met EU officials in Brussels on Monday.", "POLGOVAGR→IGOEUREEC:040|!POLGOVAGR→IGOEUREEC:042|!IGOEUREEC→POLGOVAGR:042")]
    // "at the request of France" names whose wish it was, not a place
    [InlineData("The UN Security Council, meeting at the request of France, demanded that the rebels withdraw.", "!IGOUNO→FRA:042|!FRA→IGOUNO:043")]
    // two governments keep the host and guest the place gives them
    [InlineData("Kenya's president met Uganda's president in Nairobi on Friday.", "UGAGOV→KENGOV:042|KENGOV→UGAGOV:043")]
    public void Codes_visits_to_and_from_international_bodies(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // asking a side to condemn is asking for its diplomatic support
    [InlineData("Turkey demanded that the United Nations condemn the bombing of its embassy in Khartoum.", "TUR→IGOUNO:102|!TUR→IGOUNO:100")]
    [InlineData("Peru urged the Organization of American States to condemn the coup in Bolivia.", "PER→IGOAMROAS:022|!PER→IGOAMROAS:020")]
    // the condemnation itself stays a criticism
    [InlineData("Turkey condemned the bombing of its embassy in Khartoum.", "TUR*:111|!TUR*:022|!TUR*:102")]
    // stopping provocations de-escalates; stopping protests eases dissent
    [InlineData("China urged Vietnam to stop its provocations in the disputed waters.", "CHN→VNM:0256|!CHN→VNM:0242")]
    [InlineData("Chile urged Bolivia to stop its protests over the border treaty.", "CHL→BOL:0252|!CHL→BOL:0256")]
    // armed groups asked to pull out are asked to de-escalate; a government asked to leave a treaty is not
    [InlineData("The African Union demanded that the rebels withdraw from the town of Bunia.", "IGOAFRAFU→*REB:1056")]
    [InlineData("Ecuador's opposition demanded that the government withdraw from the trade treaty.", "!ECUOPP→ECUGOV:1056")]
    public void Codes_appeals_by_what_they_ask(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a broken truce is aggression, whatever stands before "of"
    [InlineData("Lebanon's foreign minister accused Israel on Friday of violating the ceasefire in the south.", "LBNGOV→ISR:1123|!LBNGOV→ISR:112")]
    [InlineData("Armenia accused Azerbaijan last week of breaking the truce along the border.", "ARM→AZE:1123")]
    // other broken rules are no aggression
    [InlineData("Pakistan accused India on Monday of violating trade rules.", "PAK→IND:112|!PAK→IND:1123")]
    // an attack only warned of is not what the accused did
    [InlineData("Opposition lawmakers accused the government on Tuesday of ignoring warnings of an attack on the town.", "*OPP→*GOV:112|!*OPP→*GOV:1123")]
    // landmines are force; a gold mine is not
    [InlineData("Thailand's army chief accused Cambodian soldiers of laying landmines along the border.", "THAMIL→KHMMIL:1123")]
    [InlineData("Ghana's mining ministry accused the company of flooding a gold mine with chemicals.", "GHAGOV→GHABUS:112|!GHAGOV→GHABUS:1123")]
    public void Codes_accusations_of_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a rejected call is refused as what it asks for
    [InlineData("The government rejected calls by the unions to reverse the pension reform.", "*→*LAB:1232|!*→*LAB:120")]
    [InlineData("The ministry rejected the union's request to reconsider the new school fees.", "*→*LAB:1232")]
    [InlineData("Serbia's president rejected the students' demand to overhaul the electoral commission.", "SRBGOV→SRBEDU:1234")]
    // a rejected offer is not a refusal to yield
    [InlineData("Serbia rejected an offer by Hungary to withdraw its objections.", "SRB→HUN:12*|!SRB→HUN:123*|!SRB→HUN:124*")]
    public void Codes_rejected_calls_by_what_they_ask(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
