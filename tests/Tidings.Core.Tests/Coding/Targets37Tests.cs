namespace Tidings.Tests.Coding;

/// <summary>
/// Targets of session 37 (targets37): an official complaint made by a phrase ("lodged a protest", "lodged a complaint")
/// that names no addressee is aimed at whose act or thing it is over, as a protest verb's is ("lodged a protest over a
/// Japanese patrol plane" → JPN); a complaint over one's own people or over an act with no doer keeps no target. Armed men
/// or people acted on by force (roots 17-20) whom nothing gives a country are of the country the sentence's locative
/// phrase places the act in ("recaptured the town of Beira from insurgents" → MOZREB); with no place they stay bare.
/// Events are written "SOURCE→TARGET:CODE" ("-" for none); each listed event must be coded, each "!"-prefixed one must
/// not. Sentences written for these tests.
/// </summary>
public class Targets37Tests
{
    [Theory]
    // a country adjective on the thing complained over names the target
    [InlineData("Seoul lodged a protest over a Japanese patrol plane on Friday.", "KORGOV→JPN:114|!KORGOV→-:114")]
    [InlineData("Chile lodged a formal complaint over a Peruvian military exercise near the border.", "CHL→PERMIL:114|!CHL→-:114")]
    [InlineData("Norway lodged a diplomatic protest over Russian fighter jets flying close to its coast.", "NOR→RUS*:114|!NOR→-:114")]
    // an addressee the phrase names is kept
    [InlineData("Chile lodged a protest with Lima over a Peruvian military exercise.", "CHL→PERGOV:114")]
    // an act with no doer, or one's own people, gives no target
    [InlineData("Peru lodged a complaint over the arrest of a fisherman at sea.", "PER→-:114")]
    [InlineData("Ghana lodged a protest over the treatment of Ghanaian traders.", "GHA→-:114|!GHA→GHA*:114")]
    public void Aims_a_complaint_at_whose_act_or_thing_it_is_over(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a countryless armed group or population acted on by force takes the country where the act took place
    [InlineData("Mozambican troops recaptured the port town of Beira from insurgents on Sunday.", "MOZMIL→MOZREB:192|!MOZMIL→REB:192")]
    [InlineData("Gunmen used villagers as human shields during the fighting in Ituri province.", "*→CODCVL:184|!*→CVL:184")]
    // no place named: the bare role stays
    [InlineData("Soldiers fired on villagers who had gathered at a market.", "MIL→CVL:19*")]
    public void Places_countryless_people_acted_on_by_force_where_the_act_happened(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // settlements a phrase of occupation takes "control of" are of the country a place under them names
    [InlineData("Ethiopian troops took control of four villages in the Tigray region on Monday.", "ETHMIL→ETH:192")]
    [InlineData("Turkish forces seized control of three villages in northern Syria.", "TURMIL→SYR:192|!TURMIL→-:192")]
    // no place under them: the takers' own country, as before
    [InlineData("Ethiopian troops took control of four villages on Monday.", "ETHMIL→ETH:192")]
    public void Places_settlements_taken_control_of(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
