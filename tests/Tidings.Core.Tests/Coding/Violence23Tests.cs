namespace Tidings.Tests.Coding;

/// <summary>
/// Violent events (CAMEO 17–20) that the coder used to miss (session 23, violence23): a population driven or forced out of
/// where it lives (201) when the parser reads "out of" as a preposition, the doer an attack is laid on by a participle
/// ("blamed on", "claimed by"), an unnamed attacker acting for the group that claimed the attack, fire set to property
/// whose owner the sentence does not name (1712), and shots fired at someone (193; 185 at an office holder).
/// </summary>
public class Violence23Tests
{
    [Theory]
    // a population driven or forced out of its homes or region is expelled (201)
    [InlineData("Sudan's army drove thousands of farmers out of their villages in Kordofan.", "SDNMIL→SDNAGR:201")]
    [InlineData("Militias drove tens of thousands of residents out of the eastern districts.", "REB→CVL:201")]
    [InlineData("Ethiopian troops forced thousands of civilians out of the town of Humera.", "ETHMIL→ETHCVL:201")]
    [InlineData("Rebels drove hundreds of refugees out of the camps near Goma.", "CODREB→REF:201")]
    // fighters driven out lost a battle (190); an office holder forced out is no violence
    [InlineData("Myanmar's army drove the rebels out of the border town.", "MMRMIL→MMRREB:190|!*:201")]
    [InlineData("The party forced the prime minister out of office.", "!*:201|!*:19*")]
    // a flood drives no one out by force
    [InlineData("Families were driven out of their homes by the floods.", "!*:201")]
    public void A_population_driven_out_is_expelled(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "blew himself up" after an unnamed bomber, and the group an attack is claimed by acting through him
    [InlineData("A suicide bomber blew himself up near a checkpoint in Mogadishu, killing six soldiers.", "SOMREB→SOMMIL:1831")]
    [InlineData("A suicide bomber blew himself up at a market in Kabul, killing 12 civilians, in an attack claimed by the Islamic State.", "IMGMUSISI→AFGCVL:1831|!AFGREB→*:18*")]
    // an attack noun's doer named by a participle of attribution
    [InlineData("An air strike blamed on the Syrian army killed nine villagers in Idlib.", "SYRMIL→SYRCVL:195")]
    [InlineData("A drone strike blamed on Turkey hit a farm in northern Syria.", "TUR→SYR:19*")]
    [InlineData("Two policemen were killed in a bombing claimed by the Pakistani Taliban.", "PAKREB→PAKCOP:183")]
    [InlineData("Four soldiers were wounded in an ambush blamed on Boko Haram.", "NGAREB→NGAMIL:190")]
    // blame for a fire on a fault is no event
    [InlineData("The fire was blamed on an electrical fault.", "!*:*")]
    public void The_doer_an_attack_is_laid_on_is_its_source(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // fire set to property: destruction (1712) with or without a named owner
    [InlineData("Gunmen set fire to a dozen trucks on the highway near Culiacan.", "MEXREB→-:1712")]
    [InlineData("Gang members set fire to dozens of homes in the district.", "CRM→-:1712")]
    [InlineData("Soldiers set fire to the market in the town of Kidal.", "MLIMIL→-:1712")]
    [InlineData("Jihadists set fire to a convoy of fuel trucks in central Mali.", "MLIREB→*:1712")]
    // what an attack hit, set on fire, is the attack's outcome, not a second event
    [InlineData("Israeli drones struck a fuel depot in southern Lebanon, setting it on fire.", "ISR→LBN:1952|!*:1712")]
    // a crowd's burning stays a riot
    [InlineData("Protesters set fire to tyres and looted shops in the capital.", "CVL→*:145|!*:1712")]
    public void Fire_set_to_property_destroys_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // shots fired at someone: small-arms fire; at an office holder an attempt on his life; warning shots a show of force
    [InlineData("Gunmen fired shots at police officers in Karachi.", "PAKREB→PAKCOP:193")]
    [InlineData("A man fired shots at the Slovak prime minister, wounding him.", "SVKCVL→SVKGOV:185|!*:193")]
    [InlineData("The Chinese coast guard fired warning shots at a Philippine fishing boat.", "CHNMIL→PHL:150|!*:193")]
    public void Shots_fired_at_someone_are_small_arms_fire(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // violence words in fears, threats and history stay what they are
    [InlineData("Residents fear new attacks on the town after the 2020 war.", "!*:18*|!*:19*|!*:20*")]
    [InlineData("Iran threatened to strike American bases in the region.", "IRN→USA:138*|!IRN→USA:19*")]
    [InlineData("Kenyan police beat protesters with batons in Nairobi.", "KENCOP→KENCVL:182")]
    public void Violence_words_outside_acts_are_not_acts(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
