namespace Tidings.Tests.Coding;

/// <summary>
/// Actors the coder could not name (session 33, refs33). A doer named right before "later" or "earlier" ("and the rebels
/// later seized the town", "and Israel later released 90 prisoners", "and the two leaders later signed a pact") is the
/// next verb's subject, not the measure of the adverb ("two days later") nor a conjunct of the noun before "and"; a
/// measure of time stays one. A bare "the two" keeps standing for the two sides just named when an adverb comes between
/// it and its verb ("the two later signed"); with only one side named it names no one. A "they" that opens the sentence
/// after one whose subject is two coordinated sides ("Kenya and Tanzania signed …. They agreed …") is both sides, and a
/// "they" after it again; not a lone subject, nor a list of three. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these
/// tests.
/// </summary>
public class Refs33Tests
{
    [Theory]
    // a noun right before "later" is the next verb's subject
    [InlineData("Students marched on parliament in Dhaka, and police later arrested dozens of them.", "BGDCOP→*:173|!BGDEDU→BGDCOP:*")]
    [InlineData("Hamas freed two hostages on Sunday, and Israel later released 90 prisoners.", "ISR→*:084*")]
    [InlineData("Ghana's president met his Togolese counterpart in Accra, and the two leaders later signed a trade pact.",
        "GHAGOV→TGOGOV:057|TGOGOV→GHAGOV:057")]
    [InlineData("Peru's foreign minister met Chile's ambassador, and the ministry earlier summoned Bolivia's envoy.", "PERGOV→BOLGOV:114")]
    // a measure of time before "later" is the adverb's, and the verb keeps its own subject or none
    [InlineData("Police in Lagos arrested two journalists, and two days later charged them with sedition.", "!*→NGA:*|NGACOP→NGAMED:17*")]
    [InlineData("Three weeks later Kenya recalled its ambassador from Somalia.", "KEN*→SOM*:161*|!*→-:161*")]
    public void Reads_the_noun_before_later_as_the_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "the two" with an adverb before its verb is still the pair
    [InlineData("Ghana's president met his Togolese counterpart in Accra, and the two later signed a trade pact.",
        "GHAGOV→TGOGOV:057|TGOGOV→GHAGOV:057")]
    [InlineData("Brazil's president received Argentina's president in Brasilia, and the two also signed a border agreement.",
        "BRAGOV→ARGGOV:057|ARGGOV→BRAGOV:057")]
    // one side named: "the two" names no pair and signs nothing
    [InlineData("Ghana's president opened a new port in Tema, and the two later signed a trade pact.", "!GHAGOV→*:057")]
    public void Keeps_the_bare_pair_across_an_adverb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "they" after two coordinated subjects is both
    [InlineData("Ghana's president and Togo's president met in Lome on Monday. They agreed to reopen the border.",
        "GHAGOV→TGOGOV:0311|TGOGOV→GHAGOV:0311")]
    [InlineData("Kenya and Tanzania signed a trade pact on Monday. They agreed to reopen the border. They also pledged to build a new railway together.",
        "KEN→TZA:0311|TZA→KEN:0311")]
    // a lone subject is no "they"; the objects of another's act are not made its subject; three sides are left alone
    [InlineData("Kenya condemned Uganda and Rwanda on Monday. They rejected the criticism.", "!KEN→*:12*")]
    [InlineData("Russia, China and Iran held naval drills on Monday. They agreed to hold more drills next year.", "!RUS→CHN:03*|!CHN→IRN:03*")]
    public void Reads_they_as_the_two_coordinated_subjects_before(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
