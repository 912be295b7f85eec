namespace Tidings.Tests.Coding;

/// <summary>
/// Everyday real-news phrasings that used to produce no event (session 22, realrecall22): a speaker's claim that an actor
/// lied, deceived or covered something up (an accusation, 112), an appeal for a sum or for relief goods named by its class
/// (0231, 0233), and the aid, pledge, travel and negotiation forms of real articles that the coder must keep reaching.
/// </summary>
public class RealRecall22Tests
{
    [Theory]
    // said of an actor, lying, deceiving, cheating and covering up are what the speaker accuses it of
    [InlineData("The senator claimed the president lied about the deal.", "LEG→GOV:112")]
    [InlineData("The opposition said the minister had lied to parliament.", "OPP→GOV:112")]
    [InlineData("The union said the company had deceived its workers.", "LAB→BUS:112")]
    [InlineData("Activists said the ministry covered up the abuse.", "CVL→GOV:112")]
    [InlineData("The minister said the opposition was misleading voters.", "GOV→OPP:112")]
    [InlineData("Farmers said the mayor cheated them.", "AGR→GOV:112")]
    // a body lying somewhere, a denied or a modal lie is no accusation
    [InlineData("The villagers said the soldier was lying in the road.", "!*:112")]
    [InlineData("The opposition said the minister would never lie to parliament.", "!*:112")]
    [InlineData("The opposition said the minister did not lie to parliament.", "!*:112")]
    // named a liar, the actor is disapproved of
    [InlineData("The opposition called the minister a liar.", "OPP→GOV:111")]
    public void A_claim_that_an_actor_lied_accuses_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an appeal for a sum is an appeal for economic aid, one for relief goods an appeal for humanitarian aid
    [InlineData("Kenya appealed for $50 million in emergency aid.", "KEN→-:0231")]
    [InlineData("Sudan requested $30 million from the World Bank.", "SDN→IGOUNODEVWBK:0231")]
    [InlineData("The government of Chad appealed for tents and blankets.", "TCDGOV→-:0233")]
    [InlineData("The mayor pleaded for medicine and blankets for the flood victims.", "GOV→-:0233")]
    [InlineData("The ministry is requesting more funding from the European Union.", "GOV→IGOEUREEC:0231")]
    public void An_appeal_for_money_or_relief_goods_is_an_appeal_for_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // aid given in the progressive or perfect, and a pledge after an adverb, are still aid and pledges
    [InlineData("The Red Cross is providing emergency medical assistance to flood victims in Pakistan.", "NGOHLHIRC→PAK:073")]
    [InlineData("The World Health Organization has deployed personnel to the affected districts of Uganda.", "IGOUNOHLHWHO→UGA:073")]
    [InlineData("Japan has so far pledged $20 million to Bangladesh.", "JPN→BGD:0331")]
    public void Aid_given_or_pledged_in_running_news_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // travel for talks, close work with a partner, a deadlock and a march are events of real articles
    [InlineData("Syrian ministers traveled to Moscow for talks with Russian officials.", "SYRGOV→RUSGOV:042")]
    [InlineData("Germany has worked closely with France to resolve the crisis.", "DEU→FRA:050")]
    [InlineData("Serbia and Kosovo are at an impasse in negotiations over the border.", "SRB→KSV:046")]
    // decision 064 (session 70, fam13): a march to parliament is aimed at the legislature
    [InlineData("Protesters set off on a march to the parliament in Nairobi.", "KENCVL→KENLEG:141")]
    [InlineData("The charity is working with the Food and Agriculture Organization to implement a seed programme.", "NGO→IGOUNOAGRFAO:060")]
    public void Everyday_cooperation_and_protest_forms_are_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // dismissing accusations denies them; a sentence called excessive is criticised
    [InlineData("The minister dismissed the accusations by the opposition.", "GOV→OPP:016")]
    [InlineData("The Kremlin dismissed the allegations as baseless.", "RUSGOV→-:016")]
    [InlineData("The advocacy group called the sentence excessive.", "NGO→-:111")]
    public void Dismissals_and_judgements_of_real_news_are_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
    [Theory]
    // "I" and "we" in a quote stand for the speaker named beside it, also when the parser hangs "said" on the quoted verb
    [InlineData("\"I thank Qatar for its mediation,\" the French president said.", "FRAGOV→QAT:051")]
    [InlineData("\"I condemn Israel,\" the French president said.", "FRAGOV→ISR:111")]
    [InlineData("\"We condemn Qatar,\" the Egyptian foreign minister said.", "EGYGOV→QAT:111")]
    [InlineData("\"We will help Jordan,\" the Egyptian foreign minister said.", "EGYGOV→JOR:033")]
    [InlineData("\"I met the Chinese ambassador yesterday,\" the Indian foreign minister said.", "INDGOV→CHNGOV:040")]
    [InlineData("\"We are cutting aid to Hungary,\" the European Commission said.", "IGOEUREEC→HUN:16*")]
    public void A_first_person_quote_is_its_speakers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
