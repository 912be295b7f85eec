using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;
using Tidings.Text;
using Xunit.Abstractions;

namespace Tidings.Tests.Syntax;

public class RuleTaggerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("The minister met the president in Paris .", "DET NOUN VERB DET NOUN ADP PROPN PUNCT")]
    [InlineData("They did n't want to discuss the attack .", "PRON AUX PART VERB PART VERB DET NOUN PUNCT")]
    [InlineData("Officials said 1,500 people were quickly evacuated .", "NOUN VERB NUM NOUN AUX ADV VERB PUNCT")]
    [InlineData("She has visited Moscow twice", "PRON AUX VERB PROPN ADV")]
    [InlineData("It 's a dangerous situation , and he knows it .", "PRON AUX DET ADJ NOUN PUNCT CCONJ PRON VERB PRON PUNCT")]
    [InlineData("Russia 's support for $ 5 million", "PROPN PART NOUN ADP SYM NUM NUM")]
    public void Tags_simple_sentences(string sentence, string expected)
    {
        var words = sentence.Split(' ');
        var tags = new List<Upos>();
        RuleTagger.Tag(words, tags);
        Assert.Equal(expected, string.Join(' ', tags));
    }

    [Theory]
    [InlineData("met", Upos.VERB, "meet")]
    [InlineData("said", Upos.VERB, "say")]
    [InlineData("held", Upos.VERB, "hold")]
    [InlineData("struck", Upos.VERB, "strike")]
    [InlineData("fought", Upos.VERB, "fight")]
    [InlineData("went", Upos.VERB, "go")]
    [InlineData("took", Upos.VERB, "take")]
    [InlineData("stopped", Upos.VERB, "stop")]
    [InlineData("hoping", Upos.VERB, "hope")]
    [InlineData("discussed", Upos.VERB, "discuss")]
    [InlineData("agreed", Upos.VERB, "agree")]
    [InlineData("carries", Upos.VERB, "carry")]
    [InlineData("pushes", Upos.VERB, "push")]
    [InlineData("condemning", Upos.VERB, "condemn")]
    [InlineData("modernizing", Upos.VERB, "modernize")]
    [InlineData("was", Upos.AUX, "be")]
    [InlineData("n't", Upos.PART, "not")]
    [InlineData("countries", Upos.NOUN, "country")]
    [InlineData("talks", Upos.NOUN, "talk")]
    [InlineData("crises", Upos.NOUN, "crisis")]
    [InlineData("women", Upos.NOUN, "woman")]
    [InlineData("churches", Upos.NOUN, "church")]
    [InlineData("largest", Upos.ADJ, "large")]
    [InlineData("Syria", Upos.PROPN, "Syria")]
    [InlineData("Strikes", Upos.NOUN, "strike")]
    public void Lemmatizes(string form, Upos upos, string lemma) => Assert.Equal(lemma, Lemmatizer.Lemmatize(form, upos));

    [Fact]
    public void Pipeline_assigns_tags_and_lemmas()
    {
        var doc = new Document("Syria's ministers met Putin in Moscow. They discussed cooperation.");
        Tidings.Pipeline.Pipeline.Create(Tokenizer.Default, RuleTagger.Default).Process(doc);
        Assert.Equal(Annotation.Tokens | Annotation.Sentences | Annotation.PartOfSpeech | Annotation.Lemmas, doc.Annotations);
        var met = Enumerable.Range(0, doc.TokenCount).Select(doc.Token).Single(t => t.Text == "met");
        Assert.Equal(Upos.VERB, met.Upos);
        Assert.Equal("meet", met.Lemma);
        Assert.Equal("minister", Enumerable.Range(0, doc.TokenCount).Select(doc.Token).Single(t => t.Text == "ministers").Lemma);
    }

    [Fact]
    public void Lexicon_files_load()
    {
        Assert.True(EnglishLexicon.WordCount > 800);
        Assert.True(EnglishLexicon.IrregularFormCount > 200);
        Assert.Equal("strike", EnglishLexicon.IrregularLemma("struck"));
        Assert.True(EnglishLexicon.TryGet("the", out var the) && the.Default == Upos.DET);
    }

    [Fact]
    public void Pipeline_rejects_tagger_without_tokenizer() =>
        Assert.Throws<PipelineOrderException>(() => Tidings.Pipeline.Pipeline.Create(RuleTagger.Default));

    [SkippableFact]
    public void Ewt_dev_upos_accuracy_reaches_floor()
    {
        var path = SharedData.PathOf("data/ud-english-ewt/en_ewt-ud-dev.conllu");
        int total = 0, correct = 0, lemmaOk = 0;
        var confusions = new Dictionary<string, int>();
        var wordErrors = new Dictionary<string, int>();
        var tags = new List<Upos>();
        foreach (var (forms, gold, lemmas) in ReadSentences(path))
        {
            tags.Clear();
            RuleTagger.Tag(forms, tags);
            for (int i = 0; i < forms.Count; i++)
            {
                total++;
                if (tags[i].ToString() == gold[i]) correct++;
                else
                {
                    var key = $"{gold[i]}->{tags[i]}";
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    var wk = $"{forms[i]} {key}";
                    wordErrors[wk] = wordErrors.GetValueOrDefault(wk) + 1;
                }
                if (Lemmatizer.Lemmatize(forms[i], tags[i]) == lemmas[i]) lemmaOk++;
            }
        }
        double acc = (double)correct / total;
        output.WriteLine($"EWT dev UPOS accuracy (gold tokens): {acc:P2} ({correct}/{total}); lemma accuracy: {(double)lemmaOk / total:P2}");
        foreach (var (k, v) in confusions.OrderByDescending(kv => kv.Value).Take(15)) output.WriteLine($"  {k}: {v}");
        output.WriteLine("  most frequent errors: " + string.Join(", ", wordErrors.OrderByDescending(kv => kv.Value).Take(60).Select(kv => $"{kv.Key}:{kv.Value}")));
        Assert.True(acc >= 0.86, $"UPOS accuracy {acc:P2}");
    }

    private static IEnumerable<(List<string> Forms, List<string> Gold, List<string> Lemmas)> ReadSentences(string path)
    {
        var forms = new List<string>(); var gold = new List<string>(); var lemmas = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (forms.Count > 0) yield return (new(forms), new(gold), new(lemmas));
                forms.Clear(); gold.Clear(); lemmas.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
            forms.Add(cols[1]); lemmas.Add(cols[2]); gold.Add(cols[3]);
        }
        if (forms.Count > 0) yield return (forms, gold, lemmas);
    }
}
