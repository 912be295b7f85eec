namespace Tidings.Tests.Coding;

/// <summary>
/// Events the coder used to invent on real news (session 20, realprec20): acts only weighed under "afraid to" or "unable to",
/// what floods and diseases do to people, inquiries into an outbreak, a court appeal read as a request, a past deed that
/// picks out the subject of a present clause, cooperation a deal "will allow for", and history centuries back. Each
/// group keeps rows whose event must stay.
/// </summary>
public class RealPrecision20Tests
{
    [Theory]
    // an act under an adjective of fear or inability is weighed, not done
    [InlineData("Beijing does not want a tariff war but is not afraid to fight one.", "!*:19*")]
    [InlineData("The agency would be unable to enforce the curfew.", "!*")]
    [InlineData("The Kenyan government said it was not afraid to confront the rebels.", "!*:1*")]
    // readiness stays an intent or a threat
    [InlineData("Nigeria's army said it was ready to fight Boko Haram.", "NGAMIL→NGAREB:138*")]
    public void An_act_under_fear_or_inability_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // nature and disease are no doers: a warning of floods is a forecast, people threatened by drought suffer no threat
    [InlineData("The UN warned that 200,000 people could be hit by flooding in Somalia.", "!*:13*")]
    [InlineData("Thousands of refugees in camps in Ethiopia are threatened by drought.", "!*:13*")]
    // an inquiry into an outbreak looks into nature
    [InlineData("The World Health Organization is investigating an outbreak of a mystery illness in Uganda.", "!*:09*")]
    [InlineData("Health officials in Malawi are investigating the cause of the cholera outbreak.", "!*:09*")]
    // people attacked by gunmen, and an inquiry into a killing, stay events
    [InlineData("Refugees in the camp were attacked by gunmen from Sudan.", "SDNREB→REF:18*")]
    [InlineData("Police are investigating the killing of three activists in Nairobi.", "KENCOP→-:09*")]
    public void Nature_is_no_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an appeal addressed to no one and asking for nothing is a court appeal
    [InlineData("The lawyer for the Tanzanian opposition leader said he would appeal.", "!*:02*")]
    [InlineData("The Ghanaian ministry will appeal the ruling.", "!*:02*")]
    [InlineData("Malawi appealed the court ruling and asked Zambia for help.", "MWI→ZMB:023|!MWI→-:02*")]
    // appeals to someone or for something stay appeals
    [InlineData("Kenya appealed to the United Nations for food aid.", "KEN→IGOUNO:0233")]
    [InlineData("The Zambian opposition appealed for calm.", "ZMBOPP→*:025*")]
    public void A_court_appeal_is_no_request(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a past deed that picks out the subject of a present clause is who they are, not the news
    [InlineData("Eighteen soldiers who fought and were wounded in Mali and Niger are being treated for malaria.", "!*:19*")]
    [InlineData("Soldiers who fought in Mali are being treated for malaria.", "!*:19*")]
    // a relative clause with an object names a deed; a main clause in the past is news
    [InlineData("The gunmen who attacked the police station in Mombasa on Monday were arrested by Kenyan police.", "KENCOP→KENREB:173")]
    [InlineData("Sudanese troops attacked rebels in Darfur.", "SDNMIL→SDNREB:19*")]
    public void A_past_deed_describing_the_subject_is_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // cooperation a deal will allow is a prospect
    [InlineData("The minister said the deal would enable joint patrols between Kenya and Somalia.", "!*:06*|!*:03*")]
    [InlineData("The minister said the accord will allow for closer cooperation between Kenya and Ethiopia.", "!*:06*|!*:03*")]
    // a signed agreement stays one
    [InlineData("Kenya and Uganda signed an agreement to end the expulsions.", "KEN→UGA:057|UGA→KEN:057")]
    // history centuries back is background
    [InlineData("Morocco recognised the United States in 1777.", "!*:054")]
    public void A_prospect_or_old_history_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
