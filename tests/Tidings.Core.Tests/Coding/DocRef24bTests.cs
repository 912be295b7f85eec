using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Document-level reference in whole articles, round 2 (session 24, docref24b): "them" after a pair that "both"/"the two"
/// made in its own sentence is that pair; a country's "warring sides" are the two of its sides the text coordinates, in the
/// sentences before or, for a headline, in the lead after it; a kidnapping, an ambush, a massacre, an attempt or a plot that
/// a later sentence reacts to points back to the act of force told before; aid sent by coordinated donors goes to the
/// stricken country their sentence names, not to one of them.
/// </summary>
public class DocRef24bTests
{
    [Theory]
    // "them" after "both countries" in a relative clause: the pair, not the speaker's own side
    [InlineData("Kyrgyzstan and Tajikistan traded fire on their border on Monday. Russia, which has military bases in both countries, called on them to show restraint.", "RUS→KGZ:025*|RUS→TJK:025*")]
    [InlineData("Ethiopia and Eritrea exchanged artillery fire near the border town on Sunday. Kenya, which borders both countries, urged them to return to talks.", "KEN→ETH:*|KEN→ERI:*")]
    [InlineData("Serbia and Kosovo traded accusations over the northern crossings on Friday. Germany, which has soldiers in both countries, urged them to calm tensions.", "DEU→SRB:*|DEU→KSV:*")]
    [InlineData("India and Pakistan exchanged fire across the Line of Control overnight. Iran, which has good relations with the two neighbours, called on them to exercise restraint.", "IRN→IND:025*|IRN→PAK:025*")]
    public void Them_after_a_pair_is_the_pair(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a headline's "X's warring sides" waits for the lead that names them
    [InlineData("Sudan's warring sides agree to truce", "Sudan's army and the paramilitary Rapid Support Forces agreed on Tuesday to a week-long truce in Darfur.", "SDNMIL→SDNREB:087*|SDNREB→SDNMIL:087*|!SDN→*:087*")]
    [InlineData("Yemen's warring parties agree to prisoner exchange", "The Yemeni government and the Houthi rebels agreed on Sunday to free 900 detainees.", "!YEM→*:*")]
    [InlineData("Libya's rival factions agree to hold talks", "Libya's government and the eastern-based Libyan National Army agreed on Monday to hold talks in Geneva.", "!LBY→-:*")]
    public void A_headlines_warring_sides_are_the_leads_pair(string headline, string body, string expected) => AssertArticle(headline, body, expected);

    [Theory]
    // in the body, the pair coordinated before
    [InlineData("Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Monday. On Wednesday Sudan's warring sides met in Jeddah.", "SDNMIL→SDNREB:04*|SDNREB→SDNMIL:04*")]
    [InlineData("Sudan's army and the Rapid Support Forces agreed to a truce on Monday. Sudan's warring sides will meet again in Jeddah next week.", "!SDN→*:*")]
    // no pair of the country's own sides named: left as it was
    [InlineData("Sudan's warring sides agreed to a truce on Monday.", "!SDNMIL→SDNREB:*")]
    public void A_countrys_warring_sides_are_its_coordinated_pair(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // kidnappings, abductions, massacres and ambushes told before
    [InlineData("Gunmen kidnapped a mayor in Guerrero state on Sunday. The governor condemned the kidnapping.", "MEXGOV→*REB:111")]
    [InlineData("Gunmen abducted 30 pupils from a school in Kaduna state on Friday. Nigeria's president condemned the abduction.", "NGAGOV→NGAREB:111")]
    [InlineData("Rebels massacred 40 villagers in Ituri province on Sunday. The United Nations condemned the massacre.", "IGOUNO→CODREB:111")]
    [InlineData("Militants ambushed a police patrol in northern Burkina Faso on Monday, killing eight officers. The African Union condemned the ambush.", "IGOAFRAFU→BFAREB:111")]
    // an attempt or a plot with no act of its own named is the act of force told before
    [InlineData("Mutinous soldiers took the defence minister hostage in Freetown on Wednesday. Police arrested 20 soldiers. ECOWAS condemned the attempt.", "IGOWAFWAS→*MIL:111|!IGOWAFWAS→*COP:111")]
    [InlineData("Mutinous soldiers stormed the state broadcaster in Freetown on Wednesday and beat two journalists. Police arrested 20 soldiers. The African Union denounced the plot.", "IGOAFRAFU→*MIL:111")]
    // an attempt that names its own act after it is no act told before
    [InlineData("Mutinous soldiers took the defence minister hostage in Freetown on Wednesday. ECOWAS condemned the attempt to silence the press.", "!IGOWAFWAS→*MIL:111")]
    // an arrest is no attempt
    [InlineData("Police arrested 20 opposition activists in Freetown on Wednesday. ECOWAS condemned the attempt.", "!IGOWAFWAS→*COP:111")]
    public void A_reaction_to_an_act_of_force_told_before_is_aimed_at_its_doer(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // coordinated donors are not the stricken country
    [InlineData("Turkey and Qatar sent aid on Monday as the death toll from floods in Pakistan passed 300.", "TUR→PAK:07*|QAT→PAK:07*")]
    [InlineData("Japan and South Korea sent relief supplies as the earthquake toll in Myanmar rose to 2,000.", "JPN→MMR:07*|KOR→MMR:07*")]
    [InlineData("Kenya and Ethiopia sent food aid after drought killed hundreds of cattle in Somalia.", "KEN→SOM:07*|ETH→SOM:07*|!KEN→ETH:07*")]
    public void Aid_from_coordinated_donors_goes_to_the_stricken_country(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    private static void AssertArticle(string headline, string body, string expected) =>
        PipelineEvents.AssertArticleCoded(headline, body, new DateOnly(2025, 5, 2), expected);
}
