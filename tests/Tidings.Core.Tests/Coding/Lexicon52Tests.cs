namespace Tidings.Tests.Coding;

/// <summary>
/// Session 52 (lexicon52): trigger families the lexicon lacked, a joint operation's attack on the side it is aimed at,
/// and decision 053 (rail links, impeachment votes). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lexicon52Tests
{
    // Artillery and mortar fire named by its rounds or bombs is 194, aimed at the side after the preposition; rounds fired
    // into the sea hit no side (a show of force, never an attack on the sea's country).
    [Theory]
    [InlineData("Indian soldiers fired mortar rounds at Pakistani posts on Saturday.", "INDMIL→PAK*:194")]
    [InlineData("Rebels lobbed mortar bombs into a government garrison in Kidal.", "MLIREB→*:194")]
    [InlineData("The army fired artillery at rebel positions near Goma.", "CODMIL→CODREB:194")]
    [InlineData("North Korea's army fired artillery rounds into the sea on Saturday.", "!PRKMIL→*:194")]
    public void Artillery_fire_named_by_its_rounds(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Live rounds fired at people are violent repression (175), said of people only.
    [Theory]
    [InlineData("Police fired live rounds at demonstrators in Maputo.", "MOZCOP→MOZCVL:175")]
    [InlineData("Police fired live rounds at demonstrators in Maputo.", "!MOZCOP→*:193")]
    public void Live_rounds_at_a_crowd_are_repression(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Money deposited in another country's central bank is economic aid (071); mineral deposits are no event.
    [Theory]
    [InlineData("Qatar deposited $2 billion in the central bank of Egypt.", "QAT→EGY*:071")]
    [InlineData("Geologists found large copper deposits in Zambia.", "!*→*:071")]
    public void Deposits_of_money_are_economic_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A suspension lifted eases an administrative sanction (081) aimed at the suspended member; "ended a suspension" of
    // exports is left to the resumed trade.
    [Theory]
    [InlineData("The African Union lifted the suspension of Mali on Tuesday.", "IGOAFRAFU→MLI:081")]
    [InlineData("Turkey resumed gas exports to Georgia on Monday, ending a month-long suspension.", "!*→*:081")]
    public void A_lifted_suspension_eases_a_sanction(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Paused or frozen deliveries of any weapon are reduced military aid (1622); halted shipments of goods to a country are
    // an embargo (163).
    [Theory]
    [InlineData("The United States paused deliveries of air defence missiles to Ukraine.", "USA→UKR:1622")]
    [InlineData("Germany froze deliveries of artillery shells to Israel.", "DEU→ISR:1622")]
    [InlineData("Germany froze deliveries of artillery shells to Israel.", "!DEU→ISR:072")]
    [InlineData("Malaysia halted palm oil shipments to the European Union.", "MYS→IGOEUREEC:163")]
    public void Halted_deliveries_and_shipments(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Initialling a treaty is signing it (057) both ways; the adjective "initial" is no event.
    [Theory]
    [InlineData("Serbia and Kosovo initialled a trade agreement in Brussels.", "SRB→KSV*:057")]
    [InlineData("Serbia and Kosovo initialled a trade agreement in Brussels.", "KSV*→SRB:057")]
    [InlineData("The initial agreement was welcomed by investors.", "!*→*:057")]
    public void Initialling_a_text_is_signing(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An office holder's immunity stripped or lifted is an administrative sanction (172) against him.
    [Theory]
    [InlineData("Peru's Congress voted to strip President Ana Ruiz of her immunity.", "PERLEG→PERGOV:172")]
    [InlineData("The parliament lifted the immunity of three opposition MPs.", "*→*OPP:172")]
    [InlineData("Diplomats enjoy immunity from prosecution.", "!*→*:172")]
    public void Stripped_immunity_is_a_sanction(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Fuel let into a place is humanitarian access (0863) aimed at its side; promised, it is intent (0355).
    [Theory]
    [InlineData("Israel allowed fuel tankers into Gaza on Sunday.", "ISR→PSE:0863")]
    [InlineData("Israel said it would allow fuel tankers into Gaza next week.", "ISR→PSE:0355")]
    [InlineData("Israel said it would allow fuel tankers into Gaza next week.", "!ISR→PSE:0863")]
    public void Fuel_let_in_is_humanitarian_access(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Prisoners allowed to go free and death sentences lifted are releases (0841); an ambassador appointed to a state
    // restores ties with it (054).
    [Theory]
    [InlineData("The junta allowed the detainees to go free after a week.", "MIL→*:0841")]
    [InlineData("Belarus lifted the death sentences of two German nurses.", "BLR→DEU*:0841")]
    [InlineData("Saudi Arabia appointed an ambassador to Syria for the first time since 2012.", "SAU→SYR:054")]
    [InlineData("The club appointed a new ambassador for its youth academy.", "!*→*:054")]
    public void Releases_and_ambassadors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Decision 053: a rail link reopened between two countries is economic cooperation (061) both ways; a border crossing
    // reopened stays 081.
    [Theory]
    [InlineData("Georgia and Armenia reopened a railway link between them on Monday.", "GEO→ARM:061")]
    [InlineData("Georgia and Armenia reopened a railway link between them on Monday.", "ARM→GEO:061")]
    [InlineData("Georgia and Armenia reopened a railway link between them on Monday.", "!*→*:081")]
    public void A_reopened_rail_link_is_economic_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Decision 053: a vote to impeach asks for the holder's removal (1041); a vote to remove him is the removal (172).
    [Theory]
    [InlineData("Zambia's parliament voted on Friday to impeach the vice-president.", "ZMBLEG→ZMBGOV:1041")]
    [InlineData("Zambia's parliament voted on Friday to impeach the vice-president.", "!ZMBLEG→ZMBGOV:172")]
    public void A_vote_to_impeach_demands_a_removal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A joint operation against a named side is an attack on it by each partner (190), beside the partners' cooperation
    // (062); against a side with no country (unnamed rustlers) or with a partner ("with") it adds no attack.
    [Theory]
    [InlineData("Ugandan and Congolese troops launched a joint operation against the M23 rebels in Rutshuru.", "UGAMIL→*REB:190")]
    [InlineData("Ugandan and Congolese troops launched a joint operation against the M23 rebels in Rutshuru.", "CODMIL→*REB:190")]
    [InlineData("Ugandan and Congolese troops launched a joint operation against the M23 rebels in Rutshuru.", "UGAMIL→CODMIL:062")]
    [InlineData("Kenyan and Ugandan police launched a joint operation against cattle rustlers.", "!*→*:190")]
    [InlineData("Tanzanian police arrested a smuggler in a joint operation with Kenyan police.", "!*→*:190")]
    public void A_joint_operation_against_a_side_attacks_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
