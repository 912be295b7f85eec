namespace Tidings.Tests.Coding;

/// <summary>
/// Disapproval, rejection and reduced relations told in the words real copy uses (coerce29): a ruling or result contested in
/// court or appealed (115, with the court as the place of the case, not its target), objecting to an act (111), a relief
/// agency cutting rations (1623), restrictive measures and trade bans (163), property a possessive pronoun gives
/// to the earlier target (1711); and a phrase's noun matched on the parse only when it is no circumstance in a preposition
/// the phrase does not spell ("suspends talks ... after attack" is no "suspend attack").
/// </summary>
public class Coerce29Tests
{
    [Theory]
    // a ruling, verdict or result contested before a court is a lawsuit; the court hears it and is not its target
    [InlineData("The Zambian opposition party said it would challenge the dissolution in the Supreme Court.", "ZMBOPP→*:115|!*→ZMBJUD:115")]
    [InlineData("The mining company said it would appeal against the decision.", "BUS→-:115")]
    [InlineData("The former governor appealed against his conviction on Monday.", "*→-:115")]
    [InlineData("Lawyers for the broadcaster said they would appeal the ruling.", "*:115")]
    [InlineData("The teachers' union went to court against the government over the pension law.", "*→GOV:115")]
    // a challenge that is no lawsuit stays event-free
    [InlineData("The minister challenged his rival to a televised debate.", "!*:115")]
    public void A_ruling_contested_in_court_is_a_lawsuit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // objecting to an act criticises whoever did it
    [InlineData("China objected to the Japanese defence pact.", "CHN→JPN:111")]
    [InlineData("Moscow objected to the deployment of NATO troops in Estonia.", "*→IGOWSTNAT:111")]
    // "objects" before "to" is mostly the plural noun: things handed back are no criticism
    [InlineData("The museum returned 40 carved objects to Ghana.", "!*:111")]
    public void Objecting_to_an_act_criticises_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a relief agency cutting the rations it hands out halts humanitarian aid
    // (session 45: "Rohingya" gives Myanmar, so the refugees are MMRREF, as the gold files code them)
    [InlineData("The UN food agency cut rations for Rohingya refugees in Bangladesh.", "*→*REF:1623")]
    [InlineData("The World Food Programme reduced rations for refugees in Kenya last month.", "IGOUNOAGRWFP→*:1623")]
    public void Rations_cut_halt_humanitarian_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a noun in a phrase of another preposition after the object is a circumstance, not the phrase's noun
    [InlineData("Colombia suspends peace talks with ELN after attack on army base", "COL→COLREB:164|!*:087")]
    [InlineData("Peru suspended talks with the miners after attack on police post.", "!*:087")]
    // a phrase that spells its preposition, or an "of" phrase of the object, still takes its noun
    [InlineData("The president placed the general under house arrest.", "*:173")]
    [InlineData("Israel carried out a wave of strikes on Gaza.", "ISR→PSE:195")]
    public void A_noun_in_an_unspelled_preposition_is_no_phrase_word(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the EU's "restrictive measures", tariffs voted through and a ban on a trade flow are sanctions on its other end
    [InlineData("The EU imposed restrictive measures on three Iranian officials.", "IGOEUREEC→IRNGOV:163")]
    [InlineData("Mexico's Senate approved tariffs on cars from China.", "MEXLEG→CHN:163")]
    [InlineData("China answered with a ban on exports of gallium to the United States.", "CHN→USA:163")]
    [InlineData("Russia announced a ban on imports of fruit from Moldova.", "RUS→MDA:163")]
    // measures against a virus name no one
    [InlineData("The government introduced restrictive measures to slow the spread of the virus.", "!*:163")]
    public void Restrictive_measures_and_trade_bans_are_sanctions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // property that "its", "their" or "his" gives an owner belongs to whom the same doer acted on just before
    [InlineData("Tajik authorities shut down two independent news outlets and seized their computers.", "TJKGOV→TJKMED:1711")]
    [InlineData("Sri Lankan sailors arrested seven Indian fishermen and seized their boat.", "LKAMIL→INDAGR:1711")]
    [InlineData("Police arrested the opposition leader and confiscated his passport.", "COP→OPP:1711")]
    // a place taken stays an occupation
    [InlineData("The army seized the town and its airport.", "!*:1711")]
    public void Property_owned_by_a_pronoun_is_the_earlier_targets(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
