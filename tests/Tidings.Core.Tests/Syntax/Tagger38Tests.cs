using Tidings.Tests.Coding;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Tagger repair of session 38 (tagger38): after a verb that names its object (call, brand, label, describe, term, dub,
/// deem) and a determiner, the last word before the predicate's "a"/"an" or "as" is the object's head noun, not a verb
/// ("labelled the Lebanese incursion an act of war", "called the capture of the trawlers a hostile act"). Each row gives a
/// word (its first occurrence), the Penn tag it must get ("-" for any; "!" prefix: must not get) and its head word and
/// relation ("ROOT" for the root). Coder rows check that the criticism (111) then reaches the object's owner, and that a
/// naming participle of a verb of admitting ("admitted firing ..., calling the shooting an error") criticises no one. Sentences
/// written for these tests.
/// </summary>
public class Tagger38Tests
{
    private static void AssertWord(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // a noun after a nationality adjective, before "a"/"an"
    [InlineData("Iran labelled the Israeli raid an act of war.", "raid", "NN", "labelled:obj")]
    [InlineData("Syria called the Turkish shelling a crime.", "shelling", "NN", "called:obj")]
    [InlineData("Kenya called the Somali raids an act of aggression.", "raids", "NNS", "called:obj")]
    // the object's of-phrase: its last noun is the of-phrase's, and the object keeps its head
    [InlineData("Manila called the seizure of the fishing boats a declaration of war.", "boats", "NNS", "seizure:nmod")]
    [InlineData("Manila called the seizure of the fishing boats a declaration of war.", "seizure", "-", "called:obj")]
    // "as" opens the predicate as well
    [InlineData("The ministry described the Russian shelling as a war crime.", "shelling", "NN", "described:obj")]
    // a clause word or preposition in between: the rule stands aside
    [InlineData("The mayor called the police to the scene.", "police", "-", "called:obj")]
    [InlineData("The minister called the ambassador who leads the talks a friend.", "leads", "VBZ", null)]
    // no naming verb: a verb after a nationality adjective keeps its tag
    [InlineData("The Israeli troops raid a village every week.", "raid", "!NN", null)]
    public void The_last_word_of_a_named_object_is_its_head_noun(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [Theory]
    [InlineData("Iran labelled the Israeli raid an act of aggression.", "IRN→ISR:111")]
    [InlineData("Syria called the Turkish shelling a crime.", "SYR→TUR:111")]
    [InlineData("Kenya called the Somali raids an act of aggression.", "KEN→SOM:111")]
    public void A_named_object_with_a_nationality_is_criticised_at_its_owner(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a naming participle of a verb of admitting names the speaker's own act: the admission, no criticism
    [InlineData("The coast guard admitted firing on a Vietnamese trawler, calling the shooting a regrettable error.", "!*:111")]
    [InlineData("The coast guard admitted firing on a Vietnamese trawler, calling the shooting a regrettable error.", "*:015")]
    // a naming participle of any other verb still criticises
    [InlineData("Hanoi protested the shooting of a Vietnamese trawler, calling the shooting a deplorable crime.", "VNMGOV→*:111")]
    public void A_naming_participle_of_an_admission_criticises_no_one(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
