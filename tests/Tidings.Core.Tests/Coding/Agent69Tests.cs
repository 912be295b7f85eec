namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (agent69): who did it when wire copy names the doer in a "by" phrase, behind a free relative's speaker, or
/// as the escort of a machine. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be; "*" is a wildcard. Sentences written for these tests.
/// </summary>
public class Agent69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A singular role after "by a"/"by an" is the passive's doer however its phrase ends ("in a village", "who fled"); it
    // was an actor only before a verb or at the sentence's end, so the event lost its source. An agentless passive names
    // no doer, and its victim does not become one.
    [Theory]
    [InlineData("A Nepali journalist was stabbed by an unknown assailant near his home in Kathmandu.", "NPLREB→NPLMED:18*")]
    [InlineData("Three police officers were lynched by a mob in a village in Jharkhand.", "INDCVL→INDCOP:18*")]
    [InlineData("A Bolivian judge was shot dead by a masked gunman who fled on a motorcycle.", "BOLREB→BOLJUD:18*")]
    [InlineData("A Nepali journalist was stabbed and wounded near his home in Kathmandu.", "!NPLMED→*:*")]
    [InlineData("A Nepali journalist was stabbed and wounded near his home in Kathmandu.", "!*REB→*:*")]
    public void A_singular_role_after_by_a_is_the_passive_doer(string sentence, string expected) => AssertCoded(sentence, expected);

    // A weapon or machine escorted by a force acts for that force: "bulldozers escorted by police demolished homes" is the
    // police's demolition, also when the parser, with no article to open the sentence, makes the verb a conjunct of the
    // participle (a "conjunct" with no coordinator is the clause's own verb). People escorted by a force act themselves.
    [Theory]
    [InlineData("Two army bulldozers escorted by Israeli police demolished four homes in the Negev on Monday.", "ISRCOP→*:1712")]
    [InlineData("The bulldozers, escorted by Indian police, demolished dozens of shops in the town.", "INDCOP→*:1712")]
    [InlineData("Bulldozers escorted by Israeli police demolished four Bedouin homes in the Negev.", "ISRCOP→*:1712")]
    [InlineData("Protesters escorted by police marched to parliament in Nairobi.", "!KENCOP→*:*")]
    public void The_escort_of_a_machine_is_its_doer(string sentence, string expected) => AssertCoded(sentence, expected);

    // An attack on a convoy "of trucks escorted by soldiers" hits the escort, wherever the parser hangs the participle (on
    // the convoy or on the noun of its "of" phrase). A participle of another verb there names no one hit.
    [Theory]
    [InlineData("Gunmen ambushed a convoy of fuel trucks escorted by Malian soldiers near Gao.", "MLIREB→MLIMIL:190")]
    [InlineData("Rights groups condemned the killing of protesters arrested by police in Lagos.", "!*→*COP:111")]
    public void The_escort_of_what_an_attack_hits_is_its_target(string sentence, string expected) => AssertCoded(sentence, expected);

    // "bombed what the defence ministry described as PKK hideouts": the one who names the thing after "what" vouches for
    // the name and is no target; the named thing (or nothing) is. An actor after "what" with a verb that does not name
    // ("had made") is still read as before.
    [Theory]
    [InlineData("Turkish warplanes bombed what the defence ministry described as PKK hideouts in northern Iraq.", "TURMIL→TURREB:195")]
    [InlineData("Turkish warplanes bombed what the defence ministry described as PKK hideouts in northern Iraq.", "!*→TURGOV:*")]
    [InlineData("Jihadists attacked what Malian soldiers had made their base near Gao.", "MLIREB→MLIMIL:190")]
    public void A_free_relatives_speaker_is_no_target(string sentence, string expected) => AssertCoded(sentence, expected);

    // A past form right before a free relative "what" takes it as its object, which a reduced passive cannot: it is the
    // clause's finite verb, not a participle on the subject noun (the act was lost, or aimed at the speaker).
    [Theory]
    [InlineData("The Israeli military struck what it said were weapons depots near the Syrian city of Hama.", "ISRMIL→*:19*")]
    [InlineData("Israeli jets struck what Israel said were weapons depots near the Syrian city of Hama.", "ISRMIL→*:19*")]
    [InlineData("Israeli jets struck what Israel said were weapons depots near the Syrian city of Hama.", "!*→ISR:*")]
    [InlineData("Police in Lagos arrested what they called the ringleaders of the riot.", "NGACOP→*:173")]
    public void A_past_form_before_what_is_finite(string sentence, string expected) => AssertCoded(sentence, expected);
}
