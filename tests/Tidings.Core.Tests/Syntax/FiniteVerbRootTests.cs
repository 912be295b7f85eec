using Tidings.Syntax;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// The repair after parsing that gives a sentence with a noun root its finite verb. Each case is a hand-made wrong tree of
/// the kind the parser produces on news openings (sentences written for these tests), given as "form/UPOS/XPOS/head/rel"
/// with 1-based heads (0 the root), and the heads and relations expected after the repair.
/// </summary>
public class FiniteVerbRootTests
{
    private static (List<ParserInput> Words, int[] Heads, string[] Relations) Read(string tree)
    {
        var words = new List<ParserInput>();
        var heads = new List<int>();
        var rels = new List<string>();
        foreach (var item in tree.Split(' '))
        {
            var f = item.Split('/');
            words.Add(new ParserInput(f[0], f[1], f[2], f[0].ToLowerInvariant()));
            heads.Add(int.Parse(f[3]) - 1);
            rels.Add(f[4]);
        }
        return (words, heads.ToArray(), rels.ToArray());
    }

    private static string Show(int[] heads, string[] rels) => string.Join(' ', heads.Select((h, i) => $"{h + 1}:{rels[i]}"));

    [Theory]
    // the verb hung on the subject as "acl": the subject was the root
    [InlineData("A/DET/DT/2/det man/NOUN/NN/0/root fired/VERB/VBD/2/acl shots/NOUN/NNS/3/obj at/ADP/IN/7/case the/DET/DT/7/det minister/NOUN/NN/4/nmod ,/PUNCT/,/9/punct wounding/VERB/VBG/2/acl him/PRON/PRP/9/obj ./PUNCT/./2/punct",
        "2:det 3:nsubj 0:root 3:obj 7:case 7:det 4:nmod 9:punct 3:advcl 9:obj 3:punct")]
    // the verb hung on the object as "amod": the object was the root, the subject its dependent
    [InlineData("Peru/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case president/NOUN/NN/6/nsubj consulted/VERB/VBD/6/amod opposition/NOUN/NN/6/compound leaders/NOUN/NNS/0/root on/ADP/IN/8/case Monday/PROPN/NNP/6/obl ./PUNCT/./6/punct",
        "3:nmod:poss 1:case 4:nsubj 0:root 6:compound 4:obj 8:case 4:obl 4:punct")]
    // the verb modified a noun after it that hung on the subject: that noun is its object
    [InlineData("Investigators/NOUN/NNS/0/root from/ADP/IN/3/case Geneva/PROPN/NNP/1/nmod found/VERB/VBD/5/amod evidence/NOUN/NN/1/nmod ./PUNCT/./1/punct",
        "4:nsubj 3:case 1:nmod 0:root 4:obj 4:punct")]
    // a first name tagged as an adjective made the root, the verb its conjunct
    [InlineData("Senegal/ADJ/JJ/0/root and/CCONJ/CC/3/cc Gambia/PROPN/NNP/1/conj condemned/VERB/VBD/1/conj the/DET/DT/6/det killing/NOUN/NN/4/obj ./PUNCT/./1/punct",
        "4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 4:punct")]
    public void A_finite_verb_after_the_subject_becomes_the_root(string tree, string expected)
    {
        var (words, heads, rels) = Read(tree);
        FiniteVerbRoot.Repair(words, heads, rels);
        Assert.Equal(expected, Show(heads, rels));
    }

    [Theory]
    // a verbal root is left alone
    [InlineData("Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root protesters/NOUN/NNS/2/obj ./PUNCT/./2/punct")]
    // a participle (no tense) on a noun root is a reduced relative, left alone
    [InlineData("Journalists/NOUN/NNS/0/root detained/VERB/VBN/1/acl in/ADP/IN/4/case Harare/PROPN/NNP/2/obl")]
    public void Other_trees_are_left_alone(string tree)
    {
        var (words, heads, rels) = Read(tree);
        var before = Show(heads, rels);
        FiniteVerbRoot.Repair(words, heads, rels);
        Assert.Equal(before, Show(heads, rels));
    }
}
