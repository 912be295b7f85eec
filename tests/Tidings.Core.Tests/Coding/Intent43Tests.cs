namespace Tidings.Tests.Coding;

/// <summary>
/// Session 43 (intent43): the cooperative roots 03-07. A meeting held at a seat of government named as a place ("at the
/// White House", "in the Kremlin") is held in that government's country, so it is the guest's visit (042) hosted by the
/// other side (043), or a meeting at a third location (044) for two guests; and a meeting told beside a visit of the same
/// two sides is that visit, not a second, plain consultation (040). Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Intent43Tests
{
    [Theory]
    [InlineData("Ghana's president met Donald Trump at the White House on Wednesday.", "GHAGOV→USA*:042")]
    [InlineData("Ghana's president met Donald Trump at the White House on Wednesday.", "USA*→GHAGOV:043")]
    [InlineData("Ghana's president met Donald Trump at the White House on Wednesday.", "!GHAGOV→USA*:040")]
    [InlineData("The Hungarian prime minister met Vladimir Putin in the Kremlin on Friday.", "HUNGOV→RUSGOV:042")]
    [InlineData("Japan's defence minister met the US defence secretary at the Pentagon on Thursday.", "JPN*→USA*:042")]
    [InlineData("The leaders of Armenia and Azerbaijan met at the White House on Friday.", "ARMGOV→AZEGOV:044")]
    [InlineData("The leaders of Armenia and Azerbaijan met at the White House on Friday.", "!*→*:042")]
    [InlineData("Ghana's president met Donald Trump in Accra on Wednesday.", "!GHAGOV→USA*:042")]
    public void A_meeting_at_a_seat_of_government_is_held_in_its_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Kenya's foreign minister visited Beijing on Monday and met Chinese Premier Li Qiang.", "KENGOV→CHNGOV:042")]
    [InlineData("Kenya's foreign minister visited Beijing on Monday and met Chinese Premier Li Qiang.", "!KENGOV→CHNGOV:040")]
    [InlineData("NATO's secretary general visited Warsaw on Tuesday and met Poland's president.", "IGOWSTNAT→POLGOV:042")]
    [InlineData("NATO's secretary general visited Warsaw on Tuesday and met Poland's president.", "!IGOWSTNAT→POLGOV:040")]
    [InlineData("Brazil's president flew to Buenos Aires on Sunday, where he held talks with Argentina's president.", "!BRAGOV→ARGGOV:040")]
    // Another consultation beside the visit is a second act: discussing a matter is coded as well.
    [InlineData("The Thai prime minister received the Malaysian foreign minister in Bangkok and discussed border security.", "THAGOV→MYSGOV:040")]
    // With no visit in the sentence, the meeting stays.
    [InlineData("Kenya's foreign minister met Chinese Premier Li Qiang on Monday.", "KENGOV→CHNGOV:040")]
    public void A_meeting_told_beside_a_visit_is_the_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Military aircraft that fly a patrol together cooperate militarily, each with the other; "fly" alone is a journey.
    [Theory]
    [InlineData("Chinese and Russian bombers flew a joint patrol near Alaska on Monday.", "CHNMIL→RUSMIL:062")]
    [InlineData("Chinese and Russian bombers flew a joint patrol near Alaska on Monday.", "RUSMIL→CHNMIL:062")]
    [InlineData("Chinese and Russian bombers flew a joint patrol near Alaska on Monday.", "!*→*:042")]
    [InlineData("Chinese bombers flew a joint patrol with Russian aircraft over the Sea of Japan.", "CHNMIL→RUSMIL:062")]
    public void A_joint_patrol_flown_is_military_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Welcoming what another side decided endorses it (051): with no decider named, with no target.
    [Theory]
    [InlineData("Lebanon's president welcomed the decision and urged donors to help the army.", "LBNGOV→-:051")]
    [InlineData("Haiti's council welcomed the vote and urged member states to send troops quickly.", "HTI*→*:051")]
    [InlineData("Brazil welcomed Argentina's decision to lift the tariffs.", "BRA→ARG:051")]
    [InlineData("Chad's parliament approved the decision on Monday.", "!*→*:051")]
    public void Welcoming_a_decision_endorses_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
