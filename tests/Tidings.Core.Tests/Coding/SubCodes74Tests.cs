namespace Tidings.Tests.Coding;

/// <summary>
/// Session 74 (exact74): the sub-code the complement names. CAMEO numbers the kinds of what is asked, promised or refused
/// alike (10xk demand ↔ 03xk intent ↔ 12xk refusal); the content reading of a demanded act (DemandContent.DemandCode) now
/// also names the kind of a promised act whose verb is no trigger, and a noun asked for in a rejected call or request, or
/// with "for" after a bare appeal or demand, names the kind of the refusal, appeal or demand. Content that names no kind keeps the bare code. Events are written
/// "SOURCE→TARGET:CODE"; "!" marks one that must not be coded. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class SubCodes74Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A promised act that is no trigger: its content names the intent's kind; an act that names none stays 030.
    [Theory]
    [InlineData("Peru's president vowed to overhaul the national police after the scandal.", "PERGOV→*:0344")]
    [InlineData("Peru's president vowed to visit the flooded provinces after the scandal.", "!PERGOV→*:0344")]
    [InlineData("Kenya pledged to keep its troops in Somalia until the elections.", "KEN→SOM:0334")]
    [InlineData("Kenya pledged to pay its troops in Somalia until the elections.", "!KEN→SOM:0334")]
    public void Promised_acts_name_the_intent(string sentence, string expected) => AssertCoded(sentence, expected);

    // A body of the state changed as a whole is a change of institutions; the body named alone is none.
    [Theory]
    [InlineData("Opposition lawmakers demanded that the government restructure the courts.", "*→*:1044")]
    [InlineData("Opposition lawmakers demanded that the government protect the courts.", "!*→*:1044")]
    public void Bodies_of_the_state_reformed(string sentence, string expected) => AssertCoded(sentence, expected);

    // A measure of the state widened, raised or frozen is its policy changed; a thing of no policy is none.
    [Theory]
    [InlineData("The World Bank said Zambia must widen its tax net before the next loan review.", "*→ZMB:1042")]
    [InlineData("The World Bank said Zambia must widen its roads before the next loan review.", "!*→ZMB:1042")]
    public void Measures_widened_or_raised(string sentence, string expected) => AssertCoded(sentence, expected);

    // An appeal whose "for" noun names a kind the aid readings do not: the appeal of that kind; a noun of no kind stays 020.
    [Theory]
    [InlineData("Estonia asked Finland for intelligence on the saboteurs.", "EST→FIN:0214")]
    [InlineData("Estonia asked Finland for patience with the saboteurs.", "!EST→FIN:0214")]
    [InlineData("Moldova called on Romania for emergency fuel deliveries.", "MDA→ROU:0231")]
    [InlineData("Moldova called on Romania for more patience.", "!MDA→ROU:0231")]
    public void Appeals_for_things_of_a_kind(string sentence, string expected) => AssertCoded(sentence, expected);

    // A rejected request whose "for" noun names what is asked: the refusal of that kind; a noun of no kind keeps 120.
    [Theory]
    [InlineData("Ukraine rejected a request from Hungary for more gas supplies.", "UKR→HUN:1221")]
    [InlineData("Ukraine rejected a request from Hungary for more time.", "!UKR→HUN:1221")]
    [InlineData("Turkey turned down a Greek request for intelligence on the smugglers.", "TUR→GRC:1214")]
    [InlineData("Turkey turned down a Greek request for clarification on the smugglers.", "!TUR→GRC:1214")]
    [InlineData("Mali's junta rejected the opposition's demand for a new constitution.", "MLIMIL→MLIOPP:1234")]
    [InlineData("Mali's junta rejected the opposition's demand for a new date.", "!MLIMIL→MLIOPP:1234")]
    public void Refused_requests_by_what_they_ask(string sentence, string expected) => AssertCoded(sentence, expected);
}
