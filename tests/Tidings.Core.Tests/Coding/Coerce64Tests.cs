namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (coerce64): root 17, missed events, second pass. The owner of seized goods read where the sentence names it
/// by a participle of running or owning ("a mine run by X") or as the party of the act the seizure is coordinated with
/// ("arrested 14 fishermen and seized two trawlers"); an armed group taking a mine takes ground (192), as a state taking one
/// confiscates it (1711); a police raid and the goods it seizes are one confiscation (decision 095); a "them" in a time clause
/// ("before police dispersed them") is the crowd of the main clause. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Coerce64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The owner named by "run by", "operated by" on the seized thing or the place it was taken from.
    [Theory]
    [InlineData("Guinea's junta seized two tonnes of bauxite from a mine run by a Chinese company in a tax dispute.", "GINMIL→CHNBUS:1711")]
    [InlineData("Guinea's junta seized control of a bauxite mine in the north run by a Russian firm.", "GINMIL→RUSBUS:1711")]
    // a participle of another act names a doer, not an owner: the goods keep no owner
    [InlineData("Guinea's police seized two tonnes of bauxite from a mine attacked by a Chinese company.", "!GINCOP→CHNBUS:1711")]
    public void Seized_goods_owner_named_by_running(string sentence, string expected) => AssertCoded(sentence, expected);

    // A seizure coordinated with an act on a party takes that party's goods.
    [Theory]
    [InlineData("The Thai navy detained 9 Cambodian fishermen and seized two boats near the islands on Monday.", "THAMIL→KHMAGR:1711")]
    [InlineData("The Thai navy detained 9 Cambodian fishermen and seized two boats near the islands on Monday.", "THAMIL→KHMAGR:173")]
    // a seizure of its own, with no act on a party beside it, names no owner
    [InlineData("The Thai navy seized two boats near the islands on Monday.", "THAMIL→-:1711")]
    public void Seizure_beside_an_act_on_a_party(string sentence, string expected) => AssertCoded(sentence, expected);

    // An armed group taking a mine takes ground (192); a state taking one confiscates it (1711, fight63 / coerce63).
    [Theory]
    [InlineData("Rebels of the CNDP took control of the Bisie tin mines in eastern Congo, a U.N. report said.", "CODREB→COD:192")]
    [InlineData("Rebels of the CNDP took control of the Bisie tin mines in eastern Congo, a U.N. report said.", "!*→*:1711")]
    [InlineData("Ghana's junta seized control of the Australian company's gold mine.", "GHAMIL→AUSBUS:1711")]
    public void Mines_taken_by_armed_groups_are_ground(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 095: a police raid and the goods it seizes are one confiscation (1711) aimed at whose place was searched.
    [Theory]
    [InlineData("Kenyan police raided the homes of three opposition activists in Nairobi and seized laptops and phones.", "KENCOP→KENOPP:1711")]
    [InlineData("Kenyan police raided the homes of three opposition activists in Nairobi and seized laptops and phones.", "!*→*:171")]
    // a raid with nothing seized stays the search (171)
    [InlineData("Kenyan police raided the homes of three opposition activists in Nairobi on Friday.", "KENCOP→KENOPP:171")]
    // a raid by troops is force of its own beside the seizure
    [InlineData("Kenyan troops raided the offices of the rights group and seized computers.", "KENMIL→*:190")]
    public void Police_raids_and_their_seizures_are_one_act(string sentence, string expected) => AssertCoded(sentence, expected);

    // "them" in a time clause on the main verb is the main clause's crowd.
    [Theory]
    [InlineData("Hundreds of Kenyan students marched on parliament before police dispersed them with tear gas.", "KENCOP→KENEDU:175")]
    [InlineData("Hundreds of Kenyan students marched on parliament until police fired tear gas to disperse them.", "KENCOP→KENEDU:175")]
    [InlineData("Hundreds of Kenyan students gathered outside parliament before riot police dispersed them.", "KENCOP→KENEDU:175")]
    // a condition clause is no act of the scene: "if police disperse them" is not coded as done
    [InlineData("Hundreds of Kenyan students will march on parliament unless police disperse them first.", "!KENCOP→KENEDU:175")]
    public void Them_in_a_time_clause_is_the_crowd(string sentence, string expected) => AssertCoded(sentence, expected);
}
