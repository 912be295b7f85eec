namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (coop69): cooperation roots 03-07. (1) Forces sent, contributed or pledged to a mission are aimed at the
/// country the mission serves, not at the body that runs it ("the UN mission in Lebanon" read IGOUNO), also when the parser
/// hangs the "to" phrase on the forces, and a force named by a body's proper name ("an African Union force") is a mission;
/// "contribute @force" is a row beside "send @force". (2) A "joint ..." act named with its force ("joint police patrols")
/// keeps the lexicon's joint row across the role noun, so an agreement to set one up is 0312 between the partners, not a
/// bare 030 at the police. (3) Money given or promised "of"/"in" humanitarian or food aid, or to help a side feed or host
/// refugees, is humanitarian aid (0333), not economic (0331). (4) A meeting verb told "in a phone call" or "during a
/// telephone conversation" is a call (041). (5) Rescue and relief workers sent or flown to a disaster are aid (073), not a
/// visit. (6) A crossing agreed or promised to be reopened is 0311 like a border (README, exact22). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from any gold line.
/// </summary>
public class Coop69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // (1) Forces on a mission: protection of the host country.
    [Theory]
    [InlineData("Nepal sent 500 soldiers to the UN mission in Lebanon.", "NPL→LBN:074|!NPL→IGOUNO:074")]
    [InlineData("Peru sent troops to the UN mission in Somalia.", "PER→SOM:074|!PER→IGOUNO:074")]
    [InlineData("Peru will contribute troops to the ECOWAS force in Somalia.", "PER→SOM:0334|!PER→IGOWAFWAS:0334")]
    [InlineData("Brazil, Chile and Peru will contribute troops to a new African Union force in Somalia.", "BRA→SOM:0334|PER→SOM:0334")]
    // Near cases: troops sent to a country keep it; a force of one state is no mission; a state's own police sent to a place
    // at home stays as it was.
    [InlineData("Nepal sent 500 soldiers to Lebanon.", "NPL→LBN:074")]
    [InlineData("Peru sent troops to a Chilean force in Bolivia.", "!PER→BOL:074")]
    public void Forces_sent_to_a_mission_protect_its_host(string sentence, string expected) => AssertCoded(sentence, expected);

    // (2) A joint act named with its force.
    [Theory]
    [InlineData("Hungary and Slovakia agreed to set up joint police patrols along their border.", "HUN→SVK:0312|SVK→HUN:0312|!HUN→SVKCOP:030")]
    [InlineData("Hungary, Slovakia and Austria agreed on Monday to set up joint police patrols along their borders.", "SVK→AUT:0312|AUT→HUN:0312")]
    // Near case: the police of one country doing patrols with no partner named is no cooperation.
    [InlineData("Hungarian police set up joint patrols.", "!HUN*→*:0312|!HUN*→*:062")]
    public void Joint_acts_named_with_their_force(string sentence, string expected) => AssertCoded(sentence, expected);

    // (3) Money for relief is humanitarian aid.
    [Theory]
    [InlineData("Norway will provide $25 million in emergency food aid to Yemen.", "NOR→YEM:0333|!NOR→YEM:0331")]
    [InlineData("Denmark pledged 50 million euros of humanitarian aid to Yemen.", "DNK→YEM:0333|!DNK→YEM:0331")]
    [InlineData("Italy pledged 30 million euros to help Lebanon host Syrian refugees.", "ITA→LBN:0333")]
    // Near cases: money to build roads, or with no purpose named, stays economic aid.
    [InlineData("Italy pledged 30 million euros to help Lebanon build roads.", "ITA→LBN:0331|!ITA→LBN:0333")]
    [InlineData("Canada pledged $10 million to Yemen.", "CAN→YEM:0331")]
    public void Money_for_relief_is_humanitarian_aid(string sentence, string expected) => AssertCoded(sentence, expected);

    // (4) Talks told in a phone call.
    [Theory]
    [InlineData("The ministry said Macron and Scholz discussed energy prices in a phone call on Monday.", "FRAGOV→DEUGOV:041|!FRAGOV→DEUGOV:040")]
    [InlineData("Macron and Scholz discussed energy prices during a telephone conversation.", "DEUGOV→FRAGOV:041")]
    [InlineData("The Elysee said on Monday that Macron and Scholz had discussed the gas route in a phone call.", "FRAGOV→DEUGOV:041|!FRAGOV→DEUGOV:040")]
    // Near case: a meeting in person stays a consultation.
    [InlineData("Macron and Scholz discussed energy prices in a meeting on Monday.", "FRAGOV→DEUGOV:040|!FRAGOV→DEUGOV:041")]
    public void Talks_in_a_phone_call_are_a_call(string sentence, string expected) => AssertCoded(sentence, expected);

    // (5) Rescue workers flown or sent to a disaster are aid, not a visit.
    [Theory]
    [InlineData("Spain flew 40 search-and-rescue workers and a field hospital to Morocco on Tuesday.", "ESP→MAR:073|!ESP→MAR:042")]
    [InlineData("Spain flew 40 search and rescue workers to Morocco.", "ESP→MAR:073")]
    // Near case: workers sent to build are no aid.
    [InlineData("Spain sent 400 workers to Morocco to build the railway.", "!ESP→MAR:073")]
    public void Rescue_workers_sent_are_aid(string sentence, string expected) => AssertCoded(sentence, expected);

    // (6) A crossing agreed or promised to be reopened is intended economic cooperation (gold/README.md, exact22).
    [Theory]
    [InlineData("Guinea and Mali agreed on Monday to reopen two crossings on their frontier.", "GIN→MLI:0311|MLI→GIN:0311|!GIN→MLI:0351")]
    [InlineData("Guinea and Mali agreed to reopen their border crossing.", "GIN→MLI:0311|!GIN→MLI:0351")]
    // Near case: a crossing reopened is the restriction eased (081).
    [InlineData("Guinea reopened its border with Mali on Monday.", "GIN→MLI:081|!GIN→MLI:0311")]
    public void Crossings_agreed_to_be_reopened_are_economic_intent(string sentence, string expected) => AssertCoded(sentence, expected);
}
