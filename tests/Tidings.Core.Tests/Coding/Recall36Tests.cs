using Tidings.Coding;
using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 36's recall rules (helper recall36), on sentences written for these tests: a prefixed verb keeps its stem's
/// irregular forms in the trigger lexicon ("uphold" upheld, "unfreeze" unfroze, "overrun" overran); the phrase "force/drive
/// ... from home" still matches when the parser hangs "from their homes" on the counted people of "thousands of villagers";
/// banning a march restricts political freedom (1721, as banning a rally or a protest does). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Recall36Tests
{
    [Theory]
    [InlineData("uphold", "upheld")]
    [InlineData("unfreeze", "unfroze")]
    [InlineData("unfreeze", "unfrozen")]
    [InlineData("overrun", "overran")]
    [InlineData("withhold", "withheld")]
    [InlineData("reset", "reset")]
    public void Prefixed_verbs_keep_their_stems_irregular_forms(string lemma, string form)
    {
        using var r = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var table = CodingLexicon.LoadIrregular(r);
        Assert.Contains(form, Inflector.VerbForms(lemma, table));
    }

    [Theory]
    [InlineData("recommend", "recommended")]
    [InlineData("welcome", "welcomed")]
    [InlineData("target", "targeted")]
    [InlineData("visit", "visited")]
    public void Words_that_only_end_like_an_irregular_verb_stay_regular(string lemma, string form)
    {
        using var r = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var table = CodingLexicon.LoadIrregular(r);
        Assert.Contains(form, Inflector.VerbForms(lemma, table));
    }

    [Theory]
    // an irregular past of a prefixed verb is that verb's trigger
    [InlineData("Switzerland unfroze the bank accounts of the former Tunisian ruler's family.", "CHE→*:085")]
    // counted people whose "from their homes" the parser hangs on the people, not on "thousands"
    [InlineData("The junta forced thousands of Karen villagers from their homes in Kayin state.", "MMRMIL→MMRCVL:201")]
    [InlineData("Ethiopian troops forced hundreds of Tigrayan farmers from their villages near Humera.", "ETHMIL→ETHAGR:201")]
    // banning a march restricts political freedom (1721)
    [InlineData("Turkey's government banned the women's march in Istanbul.", "TURGOV→*:1721")]
    [InlineData("Police in Georgia banned the opposition's march on parliament.", "GEOCOP→*:1721")]
    public void Codes_prefixed_irregulars_counted_expulsions_and_banned_marches(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
