namespace Tidings.Tests.Coding;

/// <summary>
/// Statements, consultations and diplomatic cooperation (roots 01, 04, 05) that news tells in adjuncts and appositions
/// (statements29): a charge denied in a relative clause after the accusation ("..., a charge Kigali denies") is the
/// denier's 016 against the accuser; the broker of a swap, truce or deal named in an adjunct ("in an exchange brokered by
/// the UAE", "after talks hosted by Saudi Arabia and the United States") mediates (045) between the sides of an act both
/// sides do; and talks a mediator holds between two sides are their negotiation (046).
/// </summary>
public class Statements29Tests
{
    [Theory]
    // the relative clause's subject denies the charge, against the one who made it
    [InlineData("Ghana's government accused Togo of harbouring rebels in the north, a charge Lome rejected.", "TGOGOV→GHAGOV:016")]
    [InlineData("Peru's president accused Bolivia of arming protesters, a charge La Paz denied.", "BOLGOV→PERGOV:016")]
    [InlineData("Serbia accused Kosovo of provoking violence in the north, an accusation Pristina dismissed on Monday.", "KSVGOV→SRB:016")]
    // a pronoun subject is the accused
    [InlineData("Ukraine accuses Hungary of blocking EU aid, a charge it denies.", "HUN→UKR:016")]
    // the accusation itself stays coded
    [InlineData("Ghana's government accused Togo of harbouring rebels in the north, a charge Lome rejected.", "GHAGOV→TGO:112*")]
    // a charge filed by a court is no denial
    [InlineData("Prosecutors filed a charge against the former minister on Monday.", "!*:016")]
    // a charge the subject did not deny is none either
    [InlineData("Kenya accused Uganda of sheltering rebels, a charge Kampala has not denied.", "!*:016")]
    public void A_charge_denied_in_a_relative_clause_is_a_denial_aimed_at_the_accuser(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the broker of a swap, truce or deal named in an adjunct of the act mediates between its sides
    [InlineData("Armenia and Azerbaijan exchanged 30 prisoners on Friday in a swap brokered by Qatar.", "QAT→ARM:045|QAT→AZE:045")]
    [InlineData("Ethiopia and Eritrea freed 40 detainees each under a deal mediated by Turkey.", "TUR→ETH:045|TUR→ERI:045")]
    // coordinated brokers each mediate; the sides' intent to a truce leaves the brokers' talks asserted
    [InlineData("Serbia and Kosovo agreed to ease border checks after two days of talks hosted by France and Germany in Paris.",
        "FRA→SRB:045|FRA→KSV:045|DEU→SRB:045|DEU→KSV:045|!*:039")]
    // a place between the talks and their participle
    [InlineData("Chad and Sudan agreed to reopen their border after talks in Doha mediated by Qatar.", "QAT→TCD:045|QAT→SDN:045")]
    // an unbrokered act has no broker
    [InlineData("Armenia and Azerbaijan exchanged 30 prisoners on Friday.", "!*:045")]
    // a release one side grants alone keeps its broker as a cause, not a mediation between sides
    [InlineData("The Taliban freed an American aid worker on Saturday after mediation by Qatar.", "!*:045")]
    public void The_broker_of_an_adjunct_deal_mediates_between_its_sides(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // talks a mediator holds between two sides are their negotiation, both ways
    [InlineData("Turkey mediated talks between Ethiopia and Somalia in Ankara on Thursday.", "TUR→ETH:045|TUR→SOM:045|ETH→SOM:046|SOM→ETH:046")]
    [InlineData("Egypt brokered talks between Israel and Hamas in Cairo.", "EGY→ISR:045|ISR→PSEREBHMS:046|PSEREBHMS→ISR:046")]
    public void Talks_a_mediator_holds_between_two_sides_are_their_negotiation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the summit of "on the sidelines of" is where the sides met, not whom they met
    [InlineData("The foreign ministers of Brazil and Argentina met on the sidelines of the G20 summit in Johannesburg.", "BRAGOV→ARGGOV:044|ARGGOV→BRAGOV:044|!*→IGO*:044")]
    [InlineData("Japan's prime minister met his Australian counterpart on the sidelines of the APEC summit.", "JPNGOV→AUSGOV:044")]
    public void A_meeting_on_the_sidelines_is_between_the_sides_not_with_the_summit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
