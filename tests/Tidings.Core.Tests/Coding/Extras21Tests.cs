namespace Tidings.Tests.Coding;

/// <summary>
/// Events long sentences used to code beside the right ones (session 21, extras21): a copy of an event that names less
/// than another reading of the same sentence, what a purpose clause helps others do, the terms a signed agreement binds
/// its signers to, and a gathering named by its holders read as a meeting of the clause's subjects. Each theme also has
/// rows where a genuine second event must stay.
/// </summary>
public class Extras21Tests
{
    [Theory]
    // an uncoded target beside a coded one for the same act and code is one event
    [InlineData("Thousands of nurses marched through the centre of Santiago on Tuesday, blocking traffic and chanting slogans against President Gabriel Boric, whose government has cut hospital budgets.", "CHLHLH→CHLGOV:141|!CHLHLH→-:141")]
    [InlineData("Hundreds of bus drivers marched through Lima on Thursday, blocking avenues and chanting slogans against President Dina Boluarte, whose government raised fuel prices.", "PERLAB→PERGOV:141|!PERLAB→-:141")]
    // a bare-country source beside an agent of that country for the same act is one event
    [InlineData("The Kremlin said Russia had nothing to do with the explosion and rejected the accusations as baseless.", "RUSGOV→-:016|!RUS→-:016")]
    [InlineData("Moscow said Russia had no link to the sabotage and rejected the allegations as absurd.", "RUSGOV→-:016|!RUS→-:016")]
    [InlineData("Beijing said China had no role in the cyberattack and dismissed the charges as groundless.", "CHNGOV→-:016|!CHN→-:016")]
    public void A_vaguer_copy_of_an_event_is_dropped(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a bare country and a country's armed group are two sides, not a vaguer copy
    [InlineData("Qatar has mediated between Congo and the M23 rebels since April.", "QAT→COD:045|QAT→CODREB:045")]
    [InlineData("Turkish President Tayyip Erdogan hosted talks between the leaders of Somalia and Ethiopia in Ankara on Wednesday.", "TURGOV→ETHGOV:045|TURGOV→SOMGOV:045")]
    // a bare-country source with no agent beside it stays
    [InlineData("The Kremlin said Russia would send aid to Cuba.", "RUS→CUB:033")]
    // two codes for two acts on the same target stay
    [InlineData("Police in Lagos arrested 20 protesters and fired tear gas at the crowd.", "NGACOP→NGACVL:173|NGACOP→NGACVL:175")]
    public void Distinct_events_with_shared_actors_stay(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what a purpose clause helps others do is not done, by the sender or by those helped
    [InlineData("Around 300 Rwandan soldiers were deployed to Mozambique this week to help the local army fight insurgents in Cabo Delgado.", "RWAMIL→-:154|!*:19*")]
    [InlineData("About 200 Burundian soldiers have been deployed to Congo to help the army fight M23 rebels.", "BDIMIL→-:154|!*:19*")]
    [InlineData("Kenya sent 400 police officers to Haiti to help the national police fight the gangs.", "KEN→HTI:074|!*:19*")]
    [InlineData("Chad sent 1,000 troops to Niger to help the army fight jihadists near the border.", "TCD→NER:074|!*:19*")]
    public void An_act_helped_in_a_purpose_clause_is_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // fighting told as done stays, with a second act beside it
    [InlineData("The army fought rebels near Goma and recaptured two villages.", "CODMIL→CODREB:190|CODMIL→CODREB:192")]
    // help given as done is coded
    [InlineData("Rwandan soldiers helped the Mozambican army fight insurgents in Cabo Delgado on Friday.", "RWAMIL→*:07*")]
    public void Acts_told_as_done_stay(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle of binding after a signed agreement states its terms: the signing is the one event
    [InlineData("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday, committing both countries to withdraw troops from the border.", "ETH→ERI:057|ERI→ETH:057|!*:03*|!*:08*")]
    [InlineData("Serbia and Kosovo signed an accord in Brussels, committing both sides to recognise each other's documents.", "SRB→KSV:057|KSV→SRB:057|!*:03*|!*:054")]
    // a pledge told as a second act of the signers stays
    [InlineData("Ethiopia and Eritrea signed a peace agreement on Sunday and pledged to reopen their border.", "ETH→ERI:057|ETH→ERI:03*")]
    // a meeting and a signing in one sentence are two events
    [InlineData("Kenya's president met his Ugandan counterpart in Nairobi on Monday and signed a trade deal with him.", "KENGOV→UGAGOV:057|UGAGOV→KENGOV:042")]
    public void The_terms_of_a_signed_agreement_are_not_events_of_their_own(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a meeting named by its holders is where the news was made, not a meeting of the clause's subjects with each other
    [InlineData("Germany, France and Poland pledged new air defence systems to Ukraine on Tuesday at a meeting of Kyiv's backers in Ramstein.", "DEU→UKR:0332|FRA→UKR:0332|!*:04*")]
    [InlineData("Japan and Australia promised loans to Fiji at a meeting of Pacific donors in Suva.", "JPN→FJI:0331|AUS→FJI:0331|!*:04*")]
    [InlineData("Sweden pledged 200 million dollars in military aid to Ukraine at a meeting of NATO defence ministers in Brussels.", "SWE→UKR:0332|!*:04*")]
    // talks or a meeting with a named other side stay news of their own
    [InlineData("During talks with Vietnam's president in Hanoi, the Indonesian president pledged to expand trade.", "IDNGOV→VNMGOV:042")]
    [InlineData("During a meeting with Indian officials in Delhi, the Japanese trade minister pledged new loans to India.", "JPNGOV→INDGOV:042|JPNGOV→IND:0331")]
    public void A_gathering_named_by_its_holders_is_a_venue(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
