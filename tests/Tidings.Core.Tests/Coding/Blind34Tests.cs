namespace Tidings.Tests.Coding;

/// <summary>
/// Session 19's tests from the blind34 split (wire stories of the commonest event kinds), over the default pipeline, on
/// sentences written for these tests: "to seek to do" is no appeal, a naming verb's "strikes" are no labour strike, a protest
/// named as a right is none held, judgements of harm to a cause ("a setback for democracy"), rescue teams flown in, weapons
/// funded, places seized, joint patrols, demands to halt operations or for troops to leave, ultimatums ("or face"),
/// prison terms as sentences, accusations of crime by their words, criticism rejected, and a participle inside a demand's
/// object. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Blind34Tests
{
    [Theory]
    // to seek to do something is to try it; what is sought from someone is still an appeal
    [InlineData("Analysts said Beijing was seeking to present itself as a reliable partner.", "")]
    [InlineData("Iran sought to reassure its Gulf neighbours about its nuclear programme.", "")]
    [InlineData("Kenya sought help from the United States to fight the locusts.", "KEN→USA:023")]
    // "called the strikes an act of aggression" judges the strikes; "called a strike" is a labour strike
    [InlineData("Maduro called the strikes an act of aggression.", "VENGOV→-:111|!VENGOV→-:143")]
    [InlineData("Teachers in Nairobi called a strike over pay.", "KENEDU→*:143")]
    // a protest named as a right is no protest held
    [InlineData("The European Union urged Belgrade to respect the right of citizens to protest peacefully.", "IGOEUREEC→SRBGOV:0243|!IGOEUREEC→-:140|!SRBGOV→-:114")]
    [InlineData("Amnesty urged Kenya to uphold the freedom to protest.", "!NGOHRIAMN→-:140")]
    public void Senses_that_name_no_event(string text, string expected)
    {
        if (expected.Length == 0) Assert.Empty(PipelineEvents.Codes(text));
        else PipelineEvents.AssertCoded(text, expected);
    }

    [Theory]
    // harm done to a cause is a judgement of the act (111)
    [InlineData("Germany's foreign ministry called it a severe setback for democracy.", "DEUGOV→-:111")]
    [InlineData("The African Union called the dissolution of the parties a grave blow to democracy.", "IGOAFRAFU→*:111")]
    [InlineData("Norway called Hungary's decision a serious setback for press freedom.", "NOR→HUN:111")]
    public void Judgements_of_harm_to_a_cause_disapprove(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // rescue teams flown in are humanitarian aid, not a visit
    [InlineData("China flew rescue teams and relief supplies to Myanmar.", "CHN→MMR:073|!CHN→MMR:042")]
    [InlineData("Turkey flew in rescue teams to Morocco after the earthquake.", "TUR→MAR:073")]
    // weapons paid for by a donor are military aid
    [InlineData("Britain would also fund long-range drones for the Ukrainian army.", "GBR→UKRMIL:0332|!GBR→UKRMIL:0331")]
    [InlineData("Denmark funded air defence systems for Ukraine.", "DNK→UKR:072")]
    // seizing a town, a base or a stronghold takes territory (192), not property
    [InlineData("The RSF seized the army's last stronghold in Darfur.", "SDNREB→SDNMIL:192|!SDNREB→SDNMIL:1711")]
    [InlineData("Jihadists seized a town in northern Mali.", "MLIREB→MLI:192")]
    // joint patrols are military cooperation both ways
    [InlineData("Egypt and Saudi Arabia held joint naval patrols in the Red Sea.", "EGY→SAU:062|SAU→EGY:062")]
    public void Material_acts_by_their_object(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // stopping fighting and troops leaving are demanded de-escalation (1056), appealed for 0256
    [InlineData("Senegal demanded that French troops leave its territory.", "SEN→FRAMIL:1056")]
    [InlineData("Niger demanded that French soldiers leave the country.", "NER→FRAMIL:1056")]
    [InlineData("The Arab League urged Israel to halt its offensive in Gaza.", "IGOMEAARL→ISR:0256")]
    // a demand with what follows refusal is an ultimatum
    [InlineData("Trump demanded that Hamas release all hostages or face dire consequences.", "USAGOV→PSEREBHMS:139|!USAGOV→PSEREBHMS:1053")]
    [InlineData("The African Union demanded that the junta release the president or face sanctions.", "IGOAFRAFU→*:139")]
    [InlineData("The United States demanded that Venezuela release three detained American citizens.", "USA→VEN:1053")]
    public void Demands_by_their_content(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a prison term is a sentence (116); a detention stays an arrest
    [InlineData("A Baku court jailed six journalists for up to nine years on smuggling charges.", "AZEJUD→AZEMED:116|!AZEJUD→AZEMED:173")]
    [InlineData("An Egyptian court imprisoned the blogger for five years.", "EGYJUD→*:116")]
    // an accused act whose words name a crime is an accusation of crime (1121)
    [InlineData("Washington accuses Maduro of leading a drug cartel.", "USAGOV→VENGOV:1121|!USAGOV→VENGOV:1123")]
    [InlineData("Ecuador accused the former vice president of running a smuggling network.", "ECU→ECUELI:1121")]
    [InlineData("India accused Pakistan of backing the gunmen.", "IND→PAK:1123")]
    // criticism rejected as baseless is answered as an accusation is (016)
    [InlineData("Georgia's ruling party rejected the criticism as foreign interference.", "GEO*→-:016")]
    public void Courts_and_accusations(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // what was done to the people a demand or an inquiry is about is presupposed: no event, never one done by them
    [InlineData("Opposition figures demanded the release of four activists detained by security forces in Bamako.", "MLIOPP→MLICOP:1053|!MLICVL→-:173|!MLICOP→MLICVL:173")]
    [InlineData("Kenya opened an inquiry into the deaths of protesters shot by police.", "!KENCOP→KENCVL:175|!KENCVL→-:193")]
    // a headline's passive still names its doer and its patient
    [InlineData("Zambian opposition leader detained by police in Lusaka", "ZMBCOP→ZMBOPP:173")]
    public void Participles_inside_an_argument_are_presupposed(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a population made to flee or driven out is a mass expulsion (201); troops driven out were fought
    [InlineData("Gunmen forced hundreds of villagers to flee in Zamfara state.", "NGAREB→NGACVL:201")]
    [InlineData("Militias drove the residents out of the villages.", "REB→CVL:201|!REB→CVL:190")]
    [InlineData("Rebels drove government troops out of the town.", "REB→MIL:190")]
    [InlineData("The floods forced thousands of residents to flee.", "")]
    // crowd-control weapons used on a crowd are violent repression (175)
    [InlineData("Serbian police used a sound cannon against protesters.", "SRBCOP→SRBCVL:175")]
    [InlineData("Belarusian riot police fired stun grenades at students in Minsk.", "BLRCOP→BLREDU:175")]
    public void Populations_expelled_and_crowds_repressed(string text, string expected)
    {
        if (expected.Length == 0) Assert.Empty(PipelineEvents.Codes(text));
        else PipelineEvents.AssertCoded(text, expected);
    }


}
