namespace Tidings.Tests.Coding;

/// <summary>
/// Targets the tree names outside the verb's own object or preposition (session 20, targets20): the owner of what a state
/// protests, the doer of an investigated attack named by its adjective or possessive, the actor a speaker asks to stop what
/// it condemns, whom a hostile phrase's thing comes from, what a participle of aiming names, the doer of a complained-of
/// act, and the doer of an act told earlier in the sentence that a judgement names again.
/// </summary>
public class Targets20Tests
{
    [Theory]
    // a state's protest (114) with a direct object is lodged against whose thing or act the object names
    [InlineData("Japan protested a Chinese research vessel in its exclusive economic zone.", "JPN→CHN:114")]
    [InlineData("The Philippine government protested China's new map of the South China Sea.", "PHLGOV→CHN:114")]
    [InlineData("Algeria's government protested a Moroccan military exercise near the border.", "DZAGOV→MAR*:114")]
    // an "of" phrase names the one the act was done to, not its doer; no target
    [InlineData("Lithuania's foreign ministry protested the detention of a Lithuanian citizen.", "LTUGOV→-:114")]
    public void A_states_protest_is_lodged_against_the_objects_owner(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the adjective or possessive of an investigated attack names its doer
    [InlineData("Poland's prosecutors opened an investigation into the Russian drone incursion.", "POLJUD→RUS:09*")]
    [InlineData("The ICC opened an inquiry into Israel's strike on the camp.", "IGOJUDICC→ISR:09*")]
    [InlineData("Turkey's prosecutors opened an investigation into the Syrian shelling.", "TURJUD→SYR:09*")]
    // a killing's possessor or "of" phrase may be its victim: no doer
    [InlineData("Kenya opened an investigation into the killing of a Ugandan activist.", "KEN→-:092")]
    public void An_investigated_attack_is_its_named_doers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a criticism coordinated with the speaker's appeal that an actor stop or undo an act is aimed at that actor
    [InlineData("The Netherlands condemned the shelling and urged Russia to stop attacking civilians.", "NLD→RUS:111")]
    [InlineData("The United States condemned the raid and urged China to stop harassing fishermen.", "USA→CHN:111")]
    [InlineData("The UN Security Council condemned the killings and urged the rebels to release the hostages.", "IGOUNO→*REB:111")]
    [InlineData("The AU chairman called the dissolution a grave blow to democracy and urged Mali's authorities to restore political freedoms.", "IGOAFRAFU→MLIGOV:111")]
    // an appeal that asks for something else, or names no actor, lends no target
    [InlineData("France condemned the attack and urged Israel to open talks.", "FRA→-:111")]
    [InlineData("Sweden condemned the attack and urged the international community to act.", "SWE→-:111")]
    public void A_criticism_is_aimed_at_whom_the_speaker_asks_to_stop(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a hostile phrase's thing or act that names no actor is aimed at whom it comes from
    [InlineData("Taiwan's army heightened its alert against any provocation from China.", "TWNMIL→CHN:152")]
    [InlineData("Brazil opened an anti-dumping investigation into steel from China.", "BRA→CHN:090")]
    [InlineData("Beijing opened an anti-subsidy investigation into dairy products from the European Union.", "CHNGOV→IGOEUREEC:090")]
    // a participle of aiming on the event noun names its target
    [InlineData("Australia imposed sanctions targeting Russia's oil exports.", "AUS→RUS:163")]
    [InlineData("The European Union agreed new sanctions targeting vessels of Russia's shadow fleet.", "IGOEUREEC→RUS:163")]
    public void A_thing_from_an_actor_and_an_aimed_measure_name_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a complaint about an act whose doer a "by" phrase names is aimed at that doer
    [InlineData("Nepal lodged a protest over the shooting of a Nepali trader by Indian border guards.", "NPL→INDCOP:114")]
    // an object names the addressee first
    [InlineData("Senegal criticised the government over the killing of protesters by police.", "SEN→SENGOV:111")]
    public void A_complaint_about_an_act_is_aimed_at_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a judgement of a definite act noun is aimed at the doer of that act told earlier in the sentence
    // (session 55: a war crime named is the accusation of one, 1124)
    [InlineData("Russian forces shelled the town overnight, and Kyiv called the attack a war crime.", "UKRGOV→RUSMIL:1124")]
    [InlineData("Iran tested a new ballistic missile, and Israel called the launch a dangerous provocation.", "ISR→IRN:111")]
    [InlineData("North Korea test-fired two missiles into the sea, and Seoul called the launch a grave provocation.", "KORGOV→PRK:111")]
    public void A_judgement_of_an_earlier_act_is_aimed_at_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
