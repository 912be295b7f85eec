namespace Tidings.Tests.Coding;

/// <summary>
/// Session 17's lexicon rows for CAMEO codes the gold barely had (blind29): accepted and abandoned mediation (038, 165),
/// rallied support and opposition with no actor as the cause (053, 113), intelligence handed over (064, and so 0214/1014/1214
/// through the frames), bans lifted from politicians and demonstrations (0812, 0811), protests ended by the protesters
/// (082), investigators, monitors and observers admitted (086, and so 1245/1055), nuclear tests as shows of force (150),
/// false reports spread (177), precision-guided munitions (1951), and demanded or urged overhauls of a state's bodies
/// (1044/0244) and enforced rights (1043). Sentences written for these tests. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class RareCodesTests
{
    [Theory]
    // 038: a named mediator or an offer to mediate accepted
    [InlineData("Sudan's army accepted Egypt as a mediator in the talks.", "SDNMIL→EGY:038")]
    [InlineData("Guyana accepted an offer of mediation from the Caribbean Community.", "GUY→-:038")]
    // 165 and 135: a mediator's role ended, or threatened to be
    [InlineData("Kenya ended its role as mediator between Somalia and Somaliland.", "KEN→SOM:165")]
    [InlineData("Angola threatened to give up its role as mediator between Rwanda and Congo.", "AGO→RWA:135")]
    // 053 and 113: the cause rallied for or against is no actor
    [InlineData("Ukraine's foreign minister toured Latin America to rally support for a peace summit.", "UKRGOV→-:053")]
    [InlineData("Malawi's opposition rallied opposition to a proposed electoral law.", "MWIOPP→MWIGOV:113")]
    // 064 through the appeal, demand and rejection frames: 0214, 1014, 1214
    [InlineData("Nigeria urged Niger to hand over intelligence on the gunmen.", "NGA→NER:0214")]
    [InlineData("Jordan demanded that Syria hand over intelligence on the smugglers.", "JOR→SYR:1014")]
    // 0812 and 0811: bans lifted from a politician, from demonstrations; a refused lifting is 1241 with no target
    [InlineData("Bangladesh's election commission lifted a political ban on two former ministers.", "BGDGOV→BGDELI:0812")]
    [InlineData("Uganda's police lifted their ban on opposition rallies.", "UGACOP→UGAOPP:0811")]
    [InlineData("Cameroon's government lifted its ban on political gatherings.", "CMRGOV→CMR:0811")]
    [InlineData("Eswatini's king refused to lift a ban on political activity.", "SWZGOV→-:1241")]
    // 082: protesters end or pause their own protest; a military de-escalation is no 082
    [InlineData("Truckers in Colombia called off their blockade of the main highways on Sunday.", "COLLAB→-:082")]
    [InlineData("Opposition supporters in Mozambique suspended their demonstrations for a week.", "MOZOPP→-:082")]
    [InlineData("Saudi Arabia ended its air strikes on Houthi positions.", "!SAU→-:082")]
    // 086 and the frames over it: investigators, monitors and observers let in, refused (1245), demanded (1055)
    [InlineData("Burundi admitted African Union observers.", "BDI→IGOAFRAFU:086")]
    [InlineData("Azerbaijan refused to let European monitors into the border area.", "AZE→-:1245")]
    [InlineData("The African Union demanded that Sudan admit investigators to El Fasher.", "IGOAFRAFU→SDN:1055")]
    // 150: a nuclear test is a show of force, not a nuclear attack (2042)
    [InlineData("Pakistan carried out a nuclear test in Baluchistan.", "PAK→-:150|!PAK→-:2042")]
    [InlineData("India detonated a nuclear device underground.", "IND→-:150|!IND→-:2042")]
    // 177: false reports and fabricated stories spread
    [InlineData("Pro-government accounts in Serbia spread fabricated stories about the student protesters.", "SRB→SRBCVL:177")]
    // 1951: precision-guided munitions named as such
    [InlineData("Saudi warplanes dropped laser-guided bombs on a Houthi depot in Saada.", "SAUMIL→YEMREB:1951")]
    [InlineData("Turkish jets fired guided missiles at Kurdish fighters near Qamishli.", "TURMIL→SYRREB:1951|!TURMIL→SYRREB:195")]
    // 0244, 1044, 1043: overhauling a state's bodies and enforcing rights, asked for
    [InlineData("Guatemala's bishops urged Congress to overhaul the judiciary.", "GTMCHR→GTMLEG:0244")]
    [InlineData("Peru's ombudsman demanded that Congress enforce the right to a fair trial.", "PERGOV→PERLEG:1043")]
    public void Codes_rare_cameo_codes(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
