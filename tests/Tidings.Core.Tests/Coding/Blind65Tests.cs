namespace Tidings.Tests.Coding;

/// <summary>
/// Session 47 (blind65): causes found in the first run of the split of official readouts, communiques and briefings.
/// Readouts tell what "both sides" did in a relative clause on the meeting or call ("during which both sides condemned"),
/// put the meeting's place on the partner's name ("held talks with his Lao counterpart X in Hanoi"), and use their own
/// verbs of statement ("raised concerns about", "announced N dollars in aid for").
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Blind65Tests
{
    [Theory]
    // a pair after a relative pronoun is the relative clause's subject: the two sides named before it
    [InlineData("Brazil's foreign minister held a video call with his Mexican counterpart, during which both sides criticised Venezuela's decision to close the border.",
        "BRAGOV→VEN:111|MEXGOV→VEN:111|!BRAGOV→MEXGOV:111|!MEXGOV→BRAGOV:111")]
    [InlineData("Kenya's president met Uganda's president in Mombasa, after which the two leaders signed a deal on an oil pipeline.",
        "KENGOV→UGAGOV:057|UGAGOV→KENGOV:057|!KENGOV→KENGOV:*")]
    // a pair after an appeal verb is still acted on by the speaker
    [InlineData("Qatar urged both sides to respect the truce between Israel and Hamas.", "QAT→ISR:02*|!ISR→QAT:*")]
    public void Both_sides_in_a_readout_are_the_two_sides_named_before(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the meeting's place hung on the partner's name is the meeting's place: a visit hosted in one side's capital
    [InlineData("Vietnam's foreign minister held talks with his Laotian counterpart Thongsavanh Phomvihane in Hanoi on Monday.",
        "VNMGOV→LAOGOV:043|LAOGOV→VNMGOV:042|!VNMGOV→LAOGOV:040")]
    // no place named: a plain meeting
    [InlineData("Vietnam's foreign minister held talks with his Laotian counterpart Thongsavanh Phomvihane on Monday.",
        "VNMGOV→LAOGOV:040|!VNMGOV→LAOGOV:043")]
    public void A_meeting_place_on_the_partners_name_makes_the_visit(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The French president raised serious concerns about Russia's military build-up near Finland.", "FRAGOV→RUS*:012")]
    [InlineData("Canada's prime minister raised concerns with India about visa delays.", "CANGOV→IND:012")]
    [InlineData("Australia announced 20 million dollars in humanitarian aid for Myanmar.", "AUS→MMR:073")]
    // money announced for no actor is no aid
    [InlineData("The company announced 5 million dollars in profit for the year.", "!*→*:07*")]
    public void Readout_statements_are_coded(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what the two sides discuss on a call is the call
    [InlineData("Egypt's president received a phone call from the King of Jordan, during which the two leaders discussed the situation in Gaza.",
        "JORGOV→EGYGOV:041|EGYGOV→JORGOV:041|!JORGOV→EGYGOV:040|!EGYGOV→JORGOV:040")]
    // a speaker's second verb hung on the reported clause is still the speaker's: no side urges itself
    [InlineData("A Chinese foreign ministry spokesperson said Manila was stirring up trouble at sea and urged the Philippines to stop its provocations.",
        "CHNGOV→PHL:02*|!PHLGOV→PHL:*")]
    // a reported clause's own second verb keeps its subject when it acts on another side
    [InlineData("The Kenyan foreign minister said Uganda had closed the border and expelled two Kenyan diplomats.", "!KENGOV→KEN*:*")]
    // a Commonwealth envoy recalled from his post
    [InlineData("Kenya recalled its high commissioner in Kampala for consultations on Thursday.", "KEN→UGA*:161")]
    public void Calls_speakers_and_envoys_of_readouts(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
