namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (talks65): talks between adversaries, purposes of meetings, and mediators' roles (decision 104). Talks (the
/// noun: "held talks", "resumed talks", "met ... for talks") between a state and a party at home it is in conflict or
/// bargaining with (its rebels, its opposition or parties, a union) are a negotiation (046) with no matter named; talks on
/// a dispute or a deal are 046 also when held in a third country (not 044), also when the dispute is compounded with the
/// noun ("border talks", "normalisation talks") or the talks are a meeting's "for talks" phrase; a meeting "to discuss" a
/// matter stays a meeting. One list of talks nouns serves every talks rule ("for consultations on" as "for talks on").
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Talks65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A state and its own rebels, opposition or union negotiate when they hold talks, with no matter named; a state's talks
    // with its businesses, and two states' talks with no matter named, stay meetings.
    [Theory]
    [InlineData("Peru's government held talks with Shining Path rebels in Lima.", "PERGOV→PERREB:046")]
    [InlineData("The Ethiopian government and Tigrayan rebels resumed talks in Nairobi on Monday.", "ETHGOV→ETHREB:046")]
    [InlineData("The Ethiopian government and Tigrayan rebels resumed talks in Nairobi on Monday.", "ETHREB→ETHGOV:046")]
    [InlineData("Colombia's government and ELN guerrillas met in Havana for talks on Tuesday.", "COLGOV→COLREB:046")]
    [InlineData("Nepal's government held talks with the opposition in Kathmandu on Sunday.", "NPLGOV→NPLOPP:046")]
    [InlineData("Kenya's president held talks with business leaders in Nairobi on Monday.", "KENGOV→KENBUS:040")]
    [InlineData("Kenya's president held talks with business leaders in Nairobi on Monday.", "!KENGOV→KENBUS:046")]
    [InlineData("Rwanda's president held talks with Congo's president in Doha on Monday.", "RWAGOV→CODGOV:044")]
    [InlineData("Rwanda's president held talks with Congo's president in Doha on Monday.", "!RWAGOV→CODGOV:046")]
    public void Talks_between_a_state_and_a_party_at_home_negotiate(string sentence, string expected) => AssertCoded(sentence, expected);

    // A meeting "to discuss" a matter is a meeting, whatever the matter (decision 104 B).
    [Theory]
    [InlineData("Chile's interior minister met union leaders on Tuesday to discuss fuel prices.", "!CHLGOV→CHLLAB:046")]
    [InlineData("Israeli and Syrian officials met in Rome on Thursday to discuss the border dispute.", "!ISRGOV→SYRGOV:046")]
    [InlineData("Israeli and Syrian officials met in Rome on Thursday to discuss the border dispute.", "ISRGOV→SYRGOV:044")]
    public void A_meeting_to_discuss_a_matter_stays_a_meeting(string sentence, string expected) => AssertCoded(sentence, expected);

    // Talks on a dispute negotiate wherever the table stands: in a third country (not 044), as a meeting's "for talks"
    // phrase, and with the dispute compounded with the noun; talks on anything else keep the place's code.
    [Theory]
    [InlineData("Serbia and Kosovo held talks in Vienna on Monday on a border treaty.", "SRB→KSV:046")]
    [InlineData("Serbia and Kosovo held talks in Vienna on Monday on a border treaty.", "!SRB→KSV:044")]
    [InlineData("Serbia and Kosovo held talks in Vienna on Monday on energy links.", "SRB→KSV:044")]
    [InlineData("Serbia and Kosovo held talks in Vienna on Monday on energy links.", "!SRB→KSV:046")]
    [InlineData("Israeli and Syrian officials met in Rome on Thursday for talks on the border dispute.", "ISRGOV→SYRGOV:046")]
    [InlineData("Negotiators from Serbia and Kosovo resumed border talks in Vienna on Wednesday.", "SRBGOV→KSVGOV:046")]
    [InlineData("Special envoys of Serbia and Kosovo met in Brussels on Monday for a new round of normalisation talks.", "KSVGOV→SRBGOV:046")]
    [InlineData("Turkey's foreign minister arrived in Athens for border talks with his Greek counterpart.", "TURGOV→GRCGOV:046")]
    [InlineData("Turkey's foreign minister arrived in Athens for border talks with his Greek counterpart.", "TURGOV→GRCGOV:042")]
    [InlineData("Japan and India held energy talks in Tokyo on Monday.", "!JPN→IND:046")]
    public void Talks_on_a_dispute_negotiate_wherever_held(string sentence, string expected) => AssertCoded(sentence, expected);

    // One list of talks nouns: consultations on a dispute during a visit negotiate it as talks on it do (the "for talks"
    // rules read negotiations and not consultations before); consultations on anything else are the visit alone.
    [Theory]
    [InlineData("Kenya's president hosted Somalia's president in Nairobi for consultations on their maritime border.", "KENGOV→SOMGOV:046")]
    [InlineData("Kenya's president hosted Somalia's president in Nairobi for consultations on their maritime border.", "KENGOV→SOMGOV:043")]
    [InlineData("Kenya's president hosted Somalia's president in Nairobi for consultations on tourism.", "!KENGOV→SOMGOV:046")]
    public void Consultations_are_talks(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 091 A and B in the coder: a planned visit called off by the visitor rejects the meeting (125 where the visit was
    // going), and a ruling of an international court rejected is a rejected settlement (127 at the court); a national
    // court's ruling rejected stays a plain rejection.
    [Theory]
    [InlineData("Poland's president cancelled a planned visit to Budapest on Monday.", "POLGOV→HUN*:125")]
    [InlineData("Poland's president cancelled a planned visit to Budapest on Monday.", "!POLGOV→*:160")]
    [InlineData("Guyana rejected the International Court of Justice's ruling on the border on Monday.", "GUY→IGOUNOJUDICJ:127")]
    [InlineData("Kenya's opposition rejected the Supreme Court's ruling on the election.", "!*→*:127")]
    public void Snubbed_visits_and_rejected_international_rulings(string sentence, string expected) => AssertCoded(sentence, expected);

    // Mediators and guests: the one whose help a brokering verb names is the broker (045 with each side); a named armed
    // movement's leader received by another state's leader is a hosted visit, its fighters received are not.
    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged prisoners on Sunday in a swap arranged with the help of Qatar.", "QAT→ARM:045")]
    [InlineData("Armenia and Azerbaijan exchanged prisoners on Sunday in a swap arranged with the help of Qatar.", "QAT→AZE:045")]
    [InlineData("The army retook the town with the help of Russian aircraft.", "!*→*:045")]
    [InlineData("Egypt's president received Hamas's political leader in Cairo on Sunday.", "EGYGOV→PSEREBHMS:043")]
    [InlineData("Egypt's president received Hamas's political leader in Cairo on Sunday.", "PSEREBHMS→EGYGOV:042")]
    [InlineData("Egypt's hospitals received dozens of wounded Hamas fighters on Sunday.", "!*→PSEREB*:043")]
    public void Mediators_help_and_received_movement_leaders(string sentence, string expected) => AssertCoded(sentence, expected);
}
