using Tidings.Syntax;
using Xunit;

namespace Tidings.Tests.Syntax;

public class ConlluTests
{
    private const string Sample =
        "# sent_id = s1\n# text = They don't know.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    [Fact]
    public void Reads_words_multiwords_and_comments_and_skips_empty_nodes()
    {
        var s = Assert.Single(Conllu.Read(new StringReader(Sample)));
        Assert.Equal("s1", s.SentenceId);
        Assert.Equal("They don't know.", s.Text);
        Assert.Equal(5, s.Words.Count);
        Assert.Equal(new ConlluMultiword(2, 3, "don't", "_"), Assert.Single(s.Multiwords));
        Assert.Equal(4, s.Words[0].Head);
        Assert.True(s.Words[3].NoSpaceAfter);
    }

    [Fact]
    public void Writes_what_it_reads()
    {
        var s = Assert.Single(Conllu.Read(new StringReader(Sample)));
        var w = new StringWriter { NewLine = "\n" };
        Conllu.Write(w, s);
        var back = Assert.Single(Conllu.Read(new StringReader(w.ToString())));
        Assert.Equal(s.Words, back.Words);
        Assert.Equal(s.Multiwords, back.Multiwords);
    }

    [Theory]
    [InlineData("1\ta\ta\tX\tX\t_\t0\troot\t_\n", "9 columns")]
    [InlineData("2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", "out of sequence")]
    [InlineData("1\ta\ta\tX\tX\t_\tzero\troot\t_\t_\n", "bad HEAD")]
    [InlineData("1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n", "outside the sentence")]
    public void Reports_the_line_of_a_malformed_file(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => Conllu.Read(new StringReader(text), "bad.conllu").ToList());
        Assert.Contains(message, e.Message);
        Assert.Contains("bad.conllu", e.Message);
    }

    [SkippableFact]
    public void Reads_the_gzipped_EWT_training_file()
    {
        var path = SharedData.PathOf("data/ud-english-ewt/en_ewt-ud-train.conllu.gz");
        int sentences = 0, words = 0;
        foreach (var s in Conllu.ReadFile(path)) { sentences++; words += s.Words.Count; }
        Assert.Equal(12544, sentences);
        Assert.Equal(204577, words);
    }

    [Fact]
    public void Reversing_a_sentence_renumbers_words_and_heads_and_twice_gives_it_back()
    {
        var s = Conllu.Read(new StringReader("1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tconvoys\tconvoy\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n")).Single();
        var r = Conllu.Reversed(s);
        Assert.Equal(["convoys", "attacked", "Rebels"], r.Words.Select(w => w.Form));
        Assert.Equal([1, 2, 3], r.Words.Select(w => w.Id));
        Assert.Equal([2, 0, 2], r.Words.Select(w => w.Head));
        Assert.Equal(s.Words, Conllu.Reversed(r).Words);
    }
}
