namespace Tidings.Tests.Coding;

/// <summary>
/// Session 44 (roots 01, 10, 14): an obligation told with "must" is a demand;
/// an anniversary marked as the occasion of another act is no symbolic act; roadblocks of a crowd named by its demonym
/// and of more kinds of road are obstructions (144). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Cooperate44Tests
{
    // "X must do Y", said by another: the speaker demands the act (10x); "should" only asks it (02x).
    [Theory]
    [InlineData("Human Rights Watch said the Egyptian authorities must free the detained bloggers at once.", "NGOHRI*→EGY*:1053")]
    [InlineData("The Turkish foreign minister said Armenia must pull its troops back from the border.", "TURGOV→ARM*:1056")]
    [InlineData("The Turkish foreign minister said Armenia must pull its troops back from the border.", "!*→*:0256")]
    [InlineData("The Dutch government said Venezuela should free the detained activists.", "NLDGOV→VEN*:0253")]
    [InlineData("The Dutch government said Venezuela should free the detained activists.", "!*→*:1053")]
    public void Must_told_by_a_speaker_is_a_demand(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An anniversary marked as the purpose of another coded act, or by a participle on the people acted on, is the reason
    // for that act, not a symbolic act of its own; an anniversary marked as the main act, or by a ceremony, still is one.
    [Theory]
    [InlineData("The Ugandan president pardoned 300 inmates to mark the country's independence anniversary.", "!*→*:017")]
    [InlineData("Riot police in Lagos fired tear gas at youths marking the anniversary of the 2020 protests.", "!*→*:017")]
    [InlineData("The Colombian government and the FARC marked the fifth anniversary of their peace accord in Bogota.", "COLGOV→*:017")]
    [InlineData("Vietnam held a ceremony marking the 50th anniversary of the end of the war.", "VNM*→*:017")]
    public void An_anniversary_marked_as_an_occasion_is_no_symbolic_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A crowd named by its demonym that blocks roads obstructs passage (144); troops that block roads restrict movement
    // (191). Avenues, intersections and junctions blocked are roads blocked.
    [Theory]
    [InlineData("Thousands of Serbians blocked highways around Novi Sad on Friday.", "SRB*→*:144")]
    [InlineData("Thousands of Serbians blocked highways around Novi Sad on Friday.", "!*→*:191")]
    [InlineData("Sudanese troops blocked the roads into El Fasher.", "SDNMIL→*:191")]
    [InlineData("Hundreds of taxi drivers blocked a main intersection in Nairobi on Monday.", "*→*:144")]
    [InlineData("Protesters blocked the avenue leading to the presidential palace in Lima.", "PERCVL→*:144")]
    public void Crowds_blocking_roads_obstruct_passage(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "warned Armenia of a crushing response": the parser hangs the warning's "of" noun on a named object; it is still the
    // warning's, a threat (130, 138 with force, 1312 of sanctions).
    [Theory]
    [InlineData("Georgia's defence ministry warned Russia of a crushing response to any incursion.", "GEOGOV→RUS:138")]
    [InlineData("The European Union warned Belgrade of sanctions over the crackdown.", "IGOEUREEC→SRB*:1312")]
    [InlineData("The European Union warned Belgrade of sanctions over the crackdown.", "!*→*:012")]
    public void A_warning_of_a_penalty_to_a_named_side_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A deadline given to another side is an ultimatum (139); one that goes with an expulsion the sentence tells is that
    // expulsion's term, no second event.
    [Theory]
    // Session 72 (read72): a deadline to leave given to another state's diplomat is the expulsion itself (161), as the
    // tunable gold codes every such line (eb35082, eb41059, eb49133, eb88078).
    [InlineData("Burkina Faso's junta gave the French military attache 72 hours to leave the country.", "BFAMIL→FRA*:161|!*→*:139")]
    [InlineData("The Sudanese government gave the Norwegian Refugee Council two weeks to close its offices.", "SDNGOV→NGO*:139")]
    [InlineData("The Malian rebels were given a month by ECOWAS to disarm or face sanctions.", "IGOWAF*→MLIREB:139")]
    [InlineData("Niger's junta expelled the French ambassador, giving him 48 hours to leave.", "!*→*:139")]
    public void A_deadline_given_to_another_side_is_an_ultimatum(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
