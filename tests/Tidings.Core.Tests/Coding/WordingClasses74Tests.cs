namespace Tidings.Tests.Coding;

/// <summary>
/// Session 74 (lex74): wording classes instead of wordings. A verb of lifting, imposing, threatening or keeping takes any
/// member of @sanction (sanction, embargo, tariff, penalty), a verb of refusing any member of @plan (plan, proposal,
/// roadmap, blueprint, framework, initiative, formula), a verb of handing back any member of @heritage (cultural
/// property), a verb of expelling or recalling any member of @envoy (diplomats); see data/coding/object-classes.tsv.
/// Each class has near cases in which its word or its verb has another sense. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken
/// from the gold lines or the probes.
/// </summary>
public class WordingClasses74Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // @sanction: lifted or eased (085), imposed (163), threatened (1312), kept by a refusal to lift them (1244), whichever member.
    [Theory]
    [InlineData("The United States eased its penalties on Myanmar after the election.", "USA→MMR:085")]
    [InlineData("Spain scrapped its penalties on Venezuelan officials.", "ESP→VENGOV:085")]
    [InlineData("Australia rolled back its tariffs on Chinese barley.", "AUS→CHN:085")]
    [InlineData("Britain repealed its embargo on Argentina.", "GBR→ARG:085")]
    [InlineData("Japan imposed fresh penalties on North Korea over the missile launch.", "JPN→PRK:163")]
    [InlineData("China imposed export curbs on Japan.", "CHN→JPN:163")]
    [InlineData("The United States threatened penalties on Colombia over the deportation flights.", "USA→COL:1312")]
    [InlineData("Japan refused to lift its penalties on Russia.", "JPN→RUS:1244")]
    public void A_sanction_in_any_word_is_lifted_imposed_threatened_or_kept(string sentence, string expected) =>
        AssertCoded(sentence, expected);

    // Not: a penalty in sport or in law, an office's duties, restrictions and curbs on gatherings (no economic sanction).
    [Theory]
    [InlineData("The referee lifted the penalty after a video review.", "!*→*:085")]
    [InlineData("Parliament raised the penalties for drunk driving.", "!*→*:163")]
    [InlineData("The president expanded the duties of the vice-president.", "!*→*:163")]
    [InlineData("The minister eased the restrictions on gatherings in the capital.", "!*→*:085")]
    [InlineData("The city eased curbs on gatherings after the floods.", "!*→*:085")]
    public void Other_penalties_duties_and_curbs_are_no_sanction(string sentence, string expected) =>
        AssertCoded(sentence, expected);

    // @plan: a settlement plan refused in any of the wire's words for refusing it (127).
    [Theory]
    [InlineData("Morocco spurned an Algerian initiative on Western Sahara.", "MAR→DZA:127")]
    [InlineData("Sudan's army waved away a Kenyan roadmap for talks.", "SDNMIL→KEN:127")]
    [InlineData("Serbia turned down a German formula for settling the Kosovo dispute.", "SRB→DEU:127")]
    [InlineData("Venezuela brushed aside a mediation initiative from Brazil.", "VEN→BRA:127")]
    [InlineData("Syria's government dismissed an Arab League initiative to end the crisis.", "SYRGOV→IGOMEAARL:127")]
    [InlineData("The opposition shot down the government's proposal for early elections.", "OPP→GOV:127")]
    [InlineData("The opposition shot down the government's proposal for early elections.", "!*→*:190")]
    public void A_plan_refused_in_any_word_is_rejected(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: the same verbs with a person or an accusation as object.
    [Theory]
    [InlineData("Chile's president dismissed the head of the navy.", "!*→*:127")]
    [InlineData("Turkey rejected Greece's accusation that its jets had violated Greek airspace.", "!*→*:127")]
    public void Refusing_no_plan_is_no_plan_rejected(string sentence, string expected) => AssertCoded(sentence, expected);

    // @heritage: cultural property handed back (0842), whatever the object.
    [Theory]
    [InlineData("Britain sent back 14 stolen idols to India.", "GBR→IND:0842")]
    [InlineData("Italy returned an ancient fresco to Greece.", "ITA→GRC:0842")]
    [InlineData("Germany returned a stolen tapestry to Poland.", "DEU→POL:0842")]
    public void Cultural_property_handed_back_is_returned(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: a return that is a trip, with a medal won.
    [Theory]
    [InlineData("The swimmer returned to Beijing with a bronze medal.", "!*→*:0842")]
    public void A_trip_home_with_a_medal_returns_nothing(string sentence, string expected) => AssertCoded(sentence, expected);

    // @envoy: a diplomat thrown out by the host or pulled out by his own state (161).
    [Theory]
    [InlineData("Estonia threw out a Russian consul over espionage.", "EST→RUSGOV:161")]
    [InlineData("Guatemala pulled its ambassador out of Nicaragua.", "GTM→NIC:161")]
    [InlineData("Guatemala pulled its ambassador out of Nicaragua.", "!*→*:0874")]
    public void An_envoy_thrown_out_or_pulled_out_breaks_relations(string sentence, string expected) =>
        AssertCoded(sentence, expected);

    // Not: journalists expelled (174), troops pulled out (0874).
    [Theory]
    [InlineData("Kenya expelled two Chinese journalists.", "!*→*:161")]
    [InlineData("Chad pulled its troops out of Niger.", "!*→*:161")]
    public void Others_expelled_or_pulled_out_are_no_envoys(string sentence, string expected) => AssertCoded(sentence, expected);

    // "sound out" consults (040); "sounded the alarm" does not.
    [Theory]
    [InlineData("Peru's president sounded out Congress leaders about a cabinet reshuffle.", "PERGOV→PERLEG:040")]
    [InlineData("Police sounded the alarm about rising crime.", "!*→*:040")]
    public void Sounding_out_consults(string sentence, string expected) => AssertCoded(sentence, expected);

    // @sympathy: condolences in any of their words (018); @inquiry: an inquiry begun in any of its words (090).
    [Theory]
    [InlineData("Morocco's prime minister expressed his sadness to Algeria after the train crash.", "MARGOV→DZA:018")]
    [InlineData("Chile's president extended her sympathy to Bolivia over the mine collapse.", "CHLGOV→BOL:018")]
    [InlineData("Spain's government ordered an enquiry into the blackout.", "ESPGOV→-:090")]
    public void Condolences_and_inquiries_in_any_word(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: sorrow over no one's deaths with no actor to console; a medical examination ordered.
    [Theory]
    [InlineData("The actress expressed her sorrow over the end of the series.", "!*→*:018")]
    [InlineData("The doctor ordered a medical examination of the patient.", "!*→*:090")]
    public void Other_sorrow_and_examinations_are_no_events(string sentence, string expected) => AssertCoded(sentence, expected);

    // @talks: talks left, frozen or quit in any of their words (164), not a meeting held (040).
    [Theory]
    [InlineData("Serbia left talks with Kosovo's negotiators after an hour.", "SRB→KSVGOV:164")]
    [InlineData("Serbia left talks with Kosovo's negotiators after an hour.", "!*→*:040")]
    [InlineData("Armenia froze the dialogue with Azerbaijan over the shooting.", "ARM→AZE:164")]
    public void Talks_left_or_frozen_are_broken_off(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: leaving for talks.
    [Theory]
    [InlineData("Kenya's delegates left for talks with Ethiopia in Geneva.", "!*→*:164")]
    public void Leaving_for_talks_breaks_nothing_off(string sentence, string expected) => AssertCoded(sentence, expected);

    // @position: a place or position seized, grabbed or wrested (192).
    [Theory]
    [InlineData("Islamist fighters grabbed an army outpost near the border.", "REB→MIL:192")]
    [InlineData("Rebels wrested the hilltop from government forces.", "REB→MIL:192")]
    public void A_position_grabbed_or_wrested_is_occupied(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: a microphone grabbed.
    [Theory]
    [InlineData("The minister grabbed a microphone from a reporter.", "!*→*:192")]
    public void A_thing_grabbed_is_no_position(string sentence, string expected) => AssertCoded(sentence, expected);

    // Verbs of sending with @weapon (072) and @relief (073); @captive also names abductees (0841).
    [Theory]
    [InlineData("Poland rushed artillery shells to Ukraine.", "POL→UKR:072")]
    [InlineData("The gang released five abductees near Port-au-Prince.", "HTICRM→-:0841")]
    public void Weapons_rushed_and_abductees_released(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not: engineers lent to a project; inmates moved within a prison.
    [Theory]
    [InlineData("Nigeria loaned two engineers to Ghana's railway project.", "!*→*:072")]
    [InlineData("The prison moved 200 inmates to a new wing.", "!*→*:0841")]
    public void Others_lent_or_moved_are_no_aid_or_release(string sentence, string expected) => AssertCoded(sentence, expected);
}
