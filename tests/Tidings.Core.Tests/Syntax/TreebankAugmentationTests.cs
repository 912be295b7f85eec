using Tidings.Syntax;

namespace Tidings.Tests.Syntax;

public class TreebankAugmentationTests
{
    // Sentences of our own, in CoNLL-U with UD English relations.
    private static ConlluSentence Sentence(params string[] rows)
    {
        var text = "# sent_id = t1\n" + string.Join("\n", rows.Select((r, i) =>
        {
            var f = r.Split(' ');
            return $"{i + 1}\t{f[0]}\t{f[0]}\t{f[1]}\t{f[2]}\t_\t{f[3]}\t{f[4]}\t_\t_";
        })) + "\n\n";
        return Assert.Single(Conllu.Read(new StringReader(text)));
    }

    private static readonly ConlluSentence Released = Sentence(
        "Gore PROPN NNP 2 nsubj", "released VERB VBD 0 root", "a DET DT 4 det", "statement NOUN NN 2 obj",
        "on ADP IN 6 case", "Friday PROPN NNP 2 obl", ". PUNCT . 2 punct");

    [Fact]
    public void The_time_phrase_moves_between_subject_and_verb_and_the_tree_follows()
    {
        var copies = TreebankAugmentation.FrontedTimeCopies([Released], 2, seed: 1);
        Assert.Equal(2, copies.Count);
        var first = copies[0];
        Assert.Equal("Gore on Friday released a statement .", string.Join(' ', first.Words.Select(w => w.Form)));
        // every word keeps its head word and relation
        foreach (var w in first.Words)
        {
            var original = Released.Words.Single(o => o.Form == w.Form);
            string? headForm = w.Head == 0 ? null : first.Words[w.Head - 1].Form;
            string? originalHead = original.Head == 0 ? null : Released.Words[original.Head - 1].Form;
            Assert.Equal(originalHead, headForm);
            Assert.Equal(original.Deprel, w.Deprel);
        }
        Assert.Equal(Enumerable.Range(1, 7), first.Words.Select(w => w.Id));
        // later copies vary the weekday
        Assert.Contains(copies[1].Words[2].Form, new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" });
    }

    [Fact]
    public void Sentences_without_a_movable_time_phrase_give_no_copies()
    {
        // no time word
        var noTime = Sentence("Gore PROPN NNP 2 nsubj", "released VERB VBD 0 root", "a DET DT 4 det", "statement NOUN NN 2 obj",
            "in ADP IN 6 case", "Boston PROPN NNP 2 obl", ". PUNCT . 2 punct");
        // an auxiliary between subject and verb
        var aux = Sentence("Gore PROPN NNP 3 nsubj", "has AUX VBZ 3 aux", "released VERB VBN 0 root", "a DET DT 5 det",
            "statement NOUN NN 3 obj", "Friday PROPN NNP 3 obl", ". PUNCT . 3 punct");
        Assert.Empty(TreebankAugmentation.FrontedTimeCopies([noTime, aux], 3, seed: 1));
    }
}
