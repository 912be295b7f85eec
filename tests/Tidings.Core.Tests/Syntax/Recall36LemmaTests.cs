using Tidings.Documents;
using Tidings.Syntax;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Session 36's lemmatizer rules (helper recall36), on words of news prose: a single consonant after a single vowel before
/// -ed/-ing would have doubled, so the base ends in silent -e ("staged", "waged", "ceded", "hiked", "piled", "ruled"); a
/// vowel pair before -t keeps the stem ("floated", "rioted"; "quoted" is "quote", "negotiated" "negotiate"); a stem in -u ends in -e ("sued"); -zes
/// and -ses after a consonant or a single vowel drop only the -s ("authorizes", "disperses", "pauses"; "focuses" stays
/// "focus"); a prefixed irregular past takes its stem's base ("upheld", "unfroze", "overran").
/// </summary>
public class Recall36LemmaTests
{
    [Theory]
    [InlineData("staged", "stage")]
    [InlineData("waging", "wage")]
    [InlineData("engaged", "engage")]
    [InlineData("reneged", "renege")]
    [InlineData("indulged", "indulge")]
    [InlineData("plunged", "plunge")]
    [InlineData("ceded", "cede")]
    [InlineData("conceded", "concede")]
    [InlineData("blockaded", "blockade")]
    [InlineData("evaded", "evade")]
    [InlineData("hiked", "hike")]
    [InlineData("rebuked", "rebuke")]
    [InlineData("scraped", "scrape")]
    [InlineData("wiped", "wipe")]
    [InlineData("piled", "pile")]
    [InlineData("consoled", "console")]
    [InlineData("ridiculed", "ridicule")]
    [InlineData("acquired", "acquire")]
    [InlineData("sued", "sue")]
    [InlineData("floated", "float")]
    [InlineData("rioted", "riot")]
    [InlineData("flouted", "flout")]
    [InlineData("quoted", "quote")]
    [InlineData("voted", "vote")]
    [InlineData("negotiated", "negotiate")]
    [InlineData("evacuated", "evacuate")]
    [InlineData("authorizes", "authorize")]
    [InlineData("mobilises", "mobilise")]
    [InlineData("disperses", "disperse")]
    [InlineData("pauses", "pause")]
    [InlineData("focuses", "focus")]
    [InlineData("passes", "pass")]
    [InlineData("upheld", "uphold")]
    [InlineData("unfroze", "unfreeze")]
    [InlineData("overran", "overrun")]
    // unchanged: doubled consonants, vowel pairs, regular stems
    [InlineData("scrapped", "scrap")]
    [InlineData("loaded", "load")]
    [InlineData("hauled", "haul")]
    [InlineData("chaired", "chair")]
    [InlineData("failed", "fail")]
    [InlineData("needed", "need")]
    public void Lemmatizes_news_verbs(string form, string lemma) => Assert.Equal(lemma, Lemmatizer.Lemmatize(form, Upos.VERB));

    [Theory]
    [InlineData("unfroze", "unfreeze")]
    [InlineData("forgave", "forgive")]
    public void An_irregular_past_read_as_a_base_form_takes_its_base(string form, string lemma) => Assert.Equal(lemma, Lemmatizer.IrregularPastOnly(form));

    [Theory]
    [InlineData("lay")]
    [InlineData("set")]
    [InlineData("relay")]
    public void A_form_that_is_a_verbs_base_is_no_past(string form) => Assert.Null(Lemmatizer.IrregularPastOnly(form));
}
