namespace Tidings.Tests.Coding;

/// <summary>
/// Session 16's rows and rules from the blind27 split (diplomacy, trade, aid and concessions), over the default pipeline,
/// on sentences written for these tests: money given or promised is economic aid unless a phrase names another kind,
/// tariffs and trade restrictions eased are eased economic sanctions (085), "is due to" schedules an act as "is expected
/// to" does, and a plain intent takes the field of the act it frames (0311, 0312, 032). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class DiplomacyAndAidTests
{
    [Theory]
    // money promised or given is economic aid; an "in" phrase still names the kind; a debt owed or a price paid is no aid
    [InlineData("Norway pledged 12 million dollars to help Malawi rebuild schools.", "NOR→MWI:0331|!NOR→MWI:033")]
    [InlineData("Norway gave Malawi 12 million dollars.", "NOR→MWI:071")]
    [InlineData("The Asian Development Bank approved $300 million for Bangladesh on Friday.", "IGOASADEVADB→BGD:071")]
    [InlineData("Japan will provide $50 million in emergency aid to Nepal.", "JPN→NPL:0333|!JPN→NPL:0331")]
    [InlineData("Japan agreed to convert 50 million dollars of loans to Laos into grants.", "JPN→LAO:0331|!JPN→LAO:030")]
    [InlineData("Sri Lanka owes India about 1.4 billion dollars.", "!LKA→IND:071")]
    [InlineData("Qatar agreed to pay 2 billion dollars for the jets.", "!QAT→-:0331")]
    // tariffs scrapped and trade restrictions eased are eased economic sanctions, not eased administrative ones
    [InlineData("Vietnam scrapped tariffs on American cars.", "VNM→USA:085")]
    [InlineData("Canada eased restrictions on trade with Cuba.", "CAN→CUB:085|!CAN→CUB:081")]
    [InlineData("India lifted its export ban on rice to Bangladesh.", "IND→BGD:085")]
    // "was due to" schedules a trip: intent to meet, not a visit made
    [InlineData("Chile's president was due to fly to Lima on Friday to meet Peruvian President Jose Jeri.", "CHLGOV→PERGOV:036|!CHLGOV→PERGOV:042")]
    // the field of an agreed act gives the intent's sub-code; an act of no field keeps its own
    [InlineData("Ghana and Togo agreed to connect their power grids.", "GHA→TGO:0311|TGO→GHA:0311")]
    [InlineData("Chile and Bolivia agreed to restore consular services in each other's capitals.", "CHL→BOL:032")]
    [InlineData("Indonesia and Malaysia agreed to hold joint naval drills in the Strait of Malacca.", "IDN→MYS:0312")]
    [InlineData("Peru and Chile agreed to work together.", "!PER→CHL:0311")]
    // rescuers, surgical supplies, relief goods and a field hospital sent or flown are humanitarian aid; a flight alone is a visit
    [InlineData("Turkey sent a team of 60 rescuers to Morocco after the earthquake.", "TUR→MAR:073")]
    [InlineData("Algeria sent a team of 60 rescuers and 20 tonnes of medical supplies to Libya on Monday.", "DZA→LBY:073")]
    [InlineData("Doctors Without Borders delivered surgical supplies to Gaza on Monday.", "NGOHLHMSF→PSE:073")]
    [InlineData("Japan sent relief goods to Vanuatu.", "JPN→VUT:073")]
    [InlineData("Qatar flew a field hospital to Afghanistan after the quake.", "QAT→AFG:073|!QAT→AFG:042")]
    // aid told as the subject of its arrival is aid to where it arrives, and no visit by the giver
    [InlineData("A Saudi aid convoy reached northern Yemen on Monday.", "SAU→YEM:073")]
    [InlineData("An Egyptian aid convoy crossed into eastern Libya.", "EGY→LBY:073")]
    [InlineData("Indian humanitarian aid arrived in Myanmar on Sunday.", "IND→MMR:073|!IND→MMR:042")]
    [InlineData("Brazil's relief supplies landed in Haiti.", "BRA→HTI:073")]
    // a person who arrives still visits
    [InlineData("The Saudi foreign minister arrived in Sanaa on Monday.", "SAUGOV→YEM:042")]
    [InlineData("Qatar's emir flew to Kabul on Monday.", "QATGOV→AFG:042")]
    public void Codes_diplomacy_trade_and_aid(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
