namespace Tidings.Tests.Coding;

/// <summary>
/// General causes the blind48 split of single sentences showed (session 29): a refusal spelled "ruled out" framing the act it
/// refuses; a veto that keeps its own code whatever the vetoed text asks for; a demand whose "that" clause has its own
/// subject, aimed at that subject and not at the object of the demanded act; protests and attacks named as planned or
/// upcoming, which have not happened; and "his country" in a reported clause, which is the speaker's.
/// </summary>
public class Blind48Tests
{
    [Theory]
    // what is ruled out is refused, not done
    [InlineData("Spain's defence minister ruled out sending fighter jets to Ukraine.", "ESPGOV→UKR:1222|!*:072")]
    [InlineData("The Japanese government ruled out releasing the detained fishermen.", "JPNGOV→*:1243|!*:0841")]
    // a phrase of its own keeps its code
    [InlineData("The president ruled out talks with the rebels.", "GOV→REB:125")]
    // "ruled out" alone is no event
    [InlineData("The central bank ruled out a rise in interest rates this year.", "!*:12*")]
    public void Ruled_out_frames_a_refusal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a veto is 129 whatever the vetoed resolution calls for
    [InlineData("China vetoed a Security Council resolution calling for a truce in Myanmar.", "CHN→IGOUNO:129|!*:1246")]
    [InlineData("The United States vetoed a UN resolution demanding the release of all hostages.", "USA→IGOUNO:129|!*:1243")]
    // a plain rejection of a call still takes the call's content
    [InlineData("Myanmar's junta rejected calls from ASEAN to release political prisoners.", "MMRMIL→IGOSEAASN:1243")]
    public void A_veto_keeps_its_own_code(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the subject of the demanded "that" clause is the one asked to yield, not the people released
    [InlineData("Armenia demanded that Azerbaijan release the Armenian prisoners it still holds.", "ARM→AZE:1053|!ARM→ARMCVL:*")]
    [InlineData("Japan demanded that Russia free the fishermen it detained last week.", "JPN→RUS:1053")]
    // the noun reading keeps its object as the one holding the captives' country
    [InlineData("Armenia demanded the release of Armenian prisoners held in Baku.", "ARM→*:1053")]
    public void A_demanded_clause_is_aimed_at_its_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a protest or attack named as planned or upcoming has not happened
    [InlineData("Riot police were deployed across Harare ahead of a planned opposition march.", "ZWECOP→*:153|!*:14*")]
    [InlineData("Police in Lagos were put on alert ahead of an upcoming general strike.", "!*:14*")]
    [InlineData("Security forces foiled a planned attack on the embassy in Dhaka.", "!*:19*|!*:18*")]
    // a march that happened is still coded
    [InlineData("Thousands of opposition supporters marched through Harare on Saturday.", "ZWEOPP→*:14*")]
    public void A_planned_protest_or_attack_is_not_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "his country" in a reported clause is the speaker's
    [InlineData("Ghana's president said his country was ready to send troops to Haiti.", "GHAGOV→HTI:0334")]
    [InlineData("Kenya's foreign minister said her country would send police officers to Haiti.", "KENGOV→HTI:0334")]
    // a country named as itself keeps its own code
    [InlineData("Ghana's president said Nigeria was ready to send troops to Haiti.", "NGA→HTI:0334|!GHAGOV→*:0334")]
    public void His_country_in_reported_speech_is_the_speakers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
