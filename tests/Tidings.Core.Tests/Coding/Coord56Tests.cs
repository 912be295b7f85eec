namespace Tidings.Tests.Coding;

/// <summary>
/// Session 56 (coord56): second events lost when one subject does two acts in one sentence: a coordinated verbal act whose
/// addressee is the first verb's target, a gapped object after a repeated verb, and "called in" an envoy read with "in" as
/// a preposition. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not
/// be. Sentences written for these tests.
/// </summary>
public class Coord56Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A demand, promise, threat or refusal told by a second verb with the first verb's subject and no party of its own is
    // addressed to whom the first verb's event was aimed at.
    [Theory]
    [InlineData("Hungary's foreign ministry summoned the Slovak ambassador and demanded an apology.", "HUNGOV→SVKGOV:114|HUNGOV→SVKGOV:100")]
    [InlineData("Chile's foreign ministry criticised Peru and demanded an explanation.", "CHLGOV→PER:111|CHLGOV→PER:100")]
    [InlineData("The Kremlin called the Finnish decision a hostile act and promised a firm response.", "RUSGOV→FIN:111|RUSGOV→FIN:130")]
    [InlineData("The Swiss government appealed to Armenia and Azerbaijan to respect the truce and offered Geneva as a venue for talks.", "CHEGOV→ARM:03*|CHEGOV→AZE:03*")]
    public void A_coordinated_verbal_act_shares_the_first_verbs_addressee(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not borrowed: a second verb with a subject of its own, a first act with no actor target, a material second act, an
    // appeal (it names its addressee or addresses everyone), and a participle after a subordinator.
    [Theory]
    [InlineData("Hungary's foreign ministry summoned the Slovak ambassador and the opposition demanded an apology.", "!HUNGOV→SVKGOV:100")]
    [InlineData("The ministry condemned the explosion and demanded an explanation.", "!*→*:100")]
    [InlineData("Vietnam's foreign ministry condemned the Chinese patrols and deployed three warships.", "!VNMGOV→CHN:15*")]
    [InlineData("Oregon's governor welcomed the court's ruling and called on the administration to drop the order.", "!USAGOV→*JUD:02*")]
    [InlineData("Hungary's foreign ministry summoned the Slovak ambassador after demanding an apology.", "!HUNGOV→SVKGOV:100")]
    public void No_addressee_is_borrowed_where_the_sentence_names_another_or_none(string sentence, string expected) => AssertCoded(sentence, expected);

    // A gapped object: the repeated verb with a bare number acts on what the first verb acted on, with its code.
    [Theory]
    [InlineData("Estonia expelled two Russian diplomats and Latvia expelled three.", "LVA→RUSGOV:161")]
    [InlineData("Estonia has expelled four Russian diplomats, Finland has expelled two.", "FIN→RUSGOV:161")]
    [InlineData("Estonia expelled two Russian diplomats and Latvia arrested three.", "!LVA→RUSGOV:*")]
    [InlineData("Estonia expelled two Russian diplomats and Latvia expelled three Belarusian diplomats.", "!LVA→RUSGOV:*")]
    public void A_gapped_object_is_the_first_verbs(string sentence, string expected) => AssertCoded(sentence, expected);

    // "called in the ambassador": the particle read as a preposition of the envoy still summons him.
    [Theory]
    [InlineData("Lithuania's foreign ministry called in the Chinese ambassador on Friday.", "LTUGOV→CHNGOV:114")]
    [InlineData("Lithuania's foreign ministry called in a statement for calm.", "!LTUGOV→*:114")]
    [InlineData("The minister called the Chinese ambassador in a statement a liar.", "!*→CHNGOV:114")]
    public void Called_in_the_envoy_is_a_summons(string sentence, string expected) => AssertCoded(sentence, expected);
}
