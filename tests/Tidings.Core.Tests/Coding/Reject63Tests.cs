namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (reject63): roots 12 (reject) and 16 (reduce relations), missed events. A listing on a sanctions list whose
/// object is long (an "including" apposition, a list of countries) keeps its "to ... list" phrase on the verb (163); a
/// duty approved is a tariff approved (163); "declared X persona non grata" is read with X between the verb and its
/// complement (an expelled diplomat: 161). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Reject63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "added X, including Y, to its sanctions list": the list phrase is the verb's destination however long the object;
    // a "to" phrase of something that is no list ("to the commission") is no sanction.
    [Theory]
    [InlineData("Japan added five Russian oligarchs, including the owner of a large steel maker, to its sanctions list on Friday.", "JPN→RUSBUS:163")]
    [InlineData("Australia added four Iranian oligarchs, including the owner of a shipping line, to its sanctions list.", "AUS→IRNBUS:163")]
    [InlineData("The ministry added three new members, including a former judge and two retired generals, to the commission on Monday.", "!*→*:163")]
    [InlineData("Japan added five Russian oligarchs, including the owner of a large steel maker, to the guest list of its embassy party.", "!*→*:163")]
    public void Listings_on_a_sanctions_list_after_a_long_object(string sentence, string expected) => AssertCoded(sentence, expected);

    // A customs duty approved on a country's goods is a tariff on that country; the "duties" of an office are no trade measure.
    [Theory]
    [InlineData("Peru's congress approved additional duties on Chinese steel on Thursday.", "PERLEG→CHN:163")]
    [InlineData("Kenya's parliament approved the duties of the new ombudsman on Tuesday.", "!*→*:163")]
    public void Duties_approved(string sentence, string expected) => AssertCoded(sentence, expected);

    // "declared X persona non grata": the diplomat stands between the verb and its complement; an expelled diplomat
    // reduces relations with his state (161, gold/README.md, the session-13 convention "Expelled or withdrawn diplomats are 161"). Said of no one, it is no event.
    [Theory]
    [InlineData("Peru declared the Mexican ambassador persona non grata on Tuesday.", "PER→MEXGOV:161")]
    [InlineData("Niger declared two French military attaches persona non grata and gave them 48 hours to leave.", "NER→FRA*:161")]
    [InlineData("The envoy joked that he had long been persona non grata at his own ministry's parties.", "!*→*:161")]
    public void Persona_non_grata(string sentence, string expected) => AssertCoded(sentence, expected);

    // A state leaving a treaty reduces relations with its parties (160); leaving a party's convention is no event.
    [Theory]
    [InlineData("Peru formally left the treaty on migratory species on Friday.", "PER→-:160")]
    [InlineData("Peru withdrew from the convention on migratory species on Friday.", "PER→-:160")]
    [InlineData("The party left the convention early to protest the nomination.", "!*→*:160")]
    public void Treaties_left(string sentence, string expected) => AssertCoded(sentence, expected);
}
