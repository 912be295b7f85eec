namespace Tidings.Tests.Coding;

/// <summary>
/// Document-level reference in whole articles (session 23, blind38): a reaction drawn from an actor by an act the article
/// told before ("The attack drew condemnation from ECOWAS"), a denial or rejection that names no one answering the side
/// that last acted on the denier ("Both lawmakers deny wrongdoing"), and capitalised names in -ing that the tagger read as
/// gerunds ("Beijing condemned the decision").
/// </summary>
public class Articles23Tests
{
    [Theory]
    // a reaction drawn by "the attack", "the strike", "the decision" ... is aimed at the doer of that earlier act
    [InlineData("Militants attacked an army base in northern Mali on Monday. The attack drew condemnation from ECOWAS.", "IGOWAFWAS→MLIREB:111")]
    [InlineData("Israel struck a hospital in Gaza on Sunday. The strike drew sharp criticism from Egypt.", "EGY→ISR:111")]
    [InlineData("The European Union imposed tariffs on Chinese electric cars. The decision sparked criticism from China's foreign ministry.", "CHNGOV→IGOEUREEC:111")]
    [InlineData("Serbia's government banned an ethnic Albanian party. The ban drew condemnation from the European Union.", "IGOEUREEC→SRB*:111")]
    [InlineData("Turkey's army shelled Kurdish positions in northern Syria. The shelling prompted criticism from Iran.", "IRN→TURMIL:111")]
    [InlineData("Nigeria's army raided a camp of the gunmen. The raid drew praise from the state governor.", "NGAGOV→NGAMIL:051")]
    // with no act told before, the drawn reaction has no one to answer
    [InlineData("The attack drew condemnation from ECOWAS.", "!IGOWAFWAS→MLI*:111")]
    public void A_reaction_drawn_by_an_earlier_act_is_aimed_at_its_doer(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a denial or rejection with no target answers the side that last acted on the denier's side
    [InlineData("Prosecutors in Lima opened an investigation into two members of Congress over bribes. Both lawmakers deny wrongdoing.", "PERLEG→PERJUD:016")]
    [InlineData("ECOWAS urged the Malian authorities to open talks with armed groups. A government spokesman in Bamako rejected the proposal.", "MLIGOV→IGOWAFWAS:12*")]
    [InlineData("Kenyan police accused opposition leaders of planning riots. The opposition denied the charge on Friday.", "KENOPP→KENCOP:016")]
    [InlineData("The United States accused China of hacking government networks. Beijing rejected the accusation on Tuesday.", "CHNGOV→USA:016")]
    // an act of the denier's own side, or of no one on it, is nothing to answer
    [InlineData("Ghana's president praised Togo for its help. Ghana's army denied any role in the clashes.", "!GHAMIL→TGO*:016")]
    // an act told more than three sentences before is too far back
    [InlineData("Prosecutors in Lima opened an investigation into two members of Congress. The inquiry began in March. It covers two years. Investigators met on Monday. Both lawmakers deny wrongdoing.", "!PERLEG→PERJUD:016")]
    public void A_denial_with_no_target_answers_the_earlier_actor(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a capitalised -ing word whose stem is no verb is a name, not a gerund, and can be the subject
    [InlineData("Brussels raised tariffs on Chinese steel. Beijing condemned the decision as protectionism and said it would take all necessary steps to defend Chinese firms.", "CHNGOV→IGOEUREEC:111")]
    [InlineData("Beijing criticised Washington over the new tariffs.", "CHNGOV→USAGOV:111")]
    [InlineData("Washington imposed sanctions on Iran on Monday. Beijing condemned the sanctions.", "CHNGOV→USA*:111")]
    [InlineData("The European Commission imposed duties on Chinese steel. Beijing condemned the decision as protectionism and vowed to respond.", "CHNGOV→IGOEUREEC:111")]
    public void A_name_in_ing_is_no_gerund(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // reactions to "the arrests", "the attack", "the sanctions" of an earlier sentence keep the doer of that act
    [InlineData("Police arrested 40 protesters in Nairobi on Tuesday. Amnesty International condemned the arrests.", "NGOHRIAMN→KENCOP:111")]
    [InlineData("Russia launched hundreds of drones at Kyiv overnight. Ukraine's foreign ministry condemned the attack.", "UKRGOV→RUS*:111")]
    [InlineData("The U.S. Treasury imposed sanctions on Iranian oil firms. Iran's foreign ministry condemned the sanctions as illegal.", "IRNGOV→USA*:111")]
    // later sentences name their actors by capital, description or pronoun
    [InlineData("Thailand and Cambodia agreed to withdraw troops from the border. China welcomed the agreement between the two neighbours.", "CHN→THA:05*|CHN→KHM:05*")]
    [InlineData("Peru's anti-corruption prosecutors charged a former governor with bribery. Judges in Lima sentenced him to 12 years in prison.", "PERJUD→PER*:173")]
    public void Reactions_keep_the_doer_of_an_act_told_before(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
