using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Tidings.Syntax;

/// <summary>One syntactic word of a CoNLL-U sentence (a line with an integer ID).</summary>
/// <remarks><see cref="Head"/> is 1-based as in the file (0 = root); <see cref="Id"/> is 1-based.</remarks>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats,
    int Head, string Deprel, string Misc)
{
    /// <summary>True when MISC says no space follows this word in the raw text.</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token range ("1-2 don't"): surface form over words First..Last.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A CoNLL-U sentence: its comments (sent_id, text, newdoc, newpar), words and multiword tokens.
/// Empty nodes (enhanced-graph decimal IDs) are skipped: the basic tree never refers to them.</summary>
public sealed class ConlluSentence
{
    public string? SentenceId { get; set; }
    public string? Text { get; set; }
    public bool NewDocument { get; set; }
    public bool NewParagraph { get; set; }
    public List<string> Comments { get; } = new();
    public List<ConlluWord> Words { get; } = new();
    public List<ConlluMultiword> Multiwords { get; } = new();
    /// <summary>Line number of the sentence's first line in its file (1-based), for error messages.</summary>
    public int Line { get; set; }
}

/// <summary>
/// Reads and writes CoNLL-U (UD v2). The reader accepts plain or gzip files (".gz"), validates what the
/// trainers and scorers rely on (10 columns, IDs 1..n in order, heads within 0..n) and reports the file and
/// line of the first problem as <see cref="InvalidDataException"/>.
/// </summary>
public static class Conllu
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL-U file '{path}' does not exist", path);
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        using var reader = new StreamReader(s, Encoding.UTF8);
        foreach (var sentence in Read(reader, path)) yield return sentence;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        ConlluSentence? cur = null;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line.AsSpan().Trim().Length == 0)
            {
                if (cur is not null && cur.Words.Count > 0) yield return Check(cur, name);
                cur = null;
                continue;
            }
            cur ??= new ConlluSentence { Line = lineNo };
            if (line[0] == '#')
            {
                var c = line.AsSpan(1).Trim();
                if (c.StartsWith("sent_id")) cur.SentenceId = Value(c);
                else if (c.StartsWith("text ") || c.StartsWith("text=")) cur.Text = Value(c);
                else if (c.StartsWith("newdoc")) cur.NewDocument = true;
                else if (c.StartsWith("newpar")) cur.NewParagraph = true;
                cur.Comments.Add(line);
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new InvalidDataException($"{name}:{lineNo}: {f.Length} columns, CoNLL-U needs 10");
            var id = f[0];
            if (id.Contains('.')) continue; // empty node of the enhanced graph
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int a) ||
                    !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int b) || b < a)
                    throw new InvalidDataException($"{name}:{lineNo}: bad multiword ID '{id}'");
                cur.Multiwords.Add(new ConlluMultiword(a, b, f[1], f[9]));
                continue;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int wid) || wid != cur.Words.Count + 1)
                throw new InvalidDataException($"{name}:{lineNo}: word ID '{id}' out of sequence (expected {cur.Words.Count + 1})");
            int head = -1;
            if (f[6] != "_" && !int.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
                throw new InvalidDataException($"{name}:{lineNo}: bad HEAD '{f[6]}'");
            cur.Words.Add(new ConlluWord(wid, f[1], f[2], f[3], f[4], f[5], head, f[7], f[9]));
        }
        if (cur is not null && cur.Words.Count > 0) yield return Check(cur, name);
    }

    private static ConlluSentence Check(ConlluSentence s, string name)
    {
        foreach (var w in s.Words)
            if (w.Head > s.Words.Count)
                throw new InvalidDataException($"{name}:{s.Line}: word {w.Id} has head {w.Head} outside the sentence of {s.Words.Count} words");
        return s;
    }

    private static string Value(ReadOnlySpan<char> comment)
    {
        int eq = comment.IndexOf('=');
        return eq < 0 ? "" : comment[(eq + 1)..].Trim().ToString();
    }

    /// <summary>
    /// The sentence with its words in reverse order: word i of n becomes word n + 1 - i, heads are renumbered
    /// alike (the root stays 0). Comments and ids are kept, multiword tokens dropped. Used to train and run a
    /// right-to-left parser with the left-to-right machinery (<see cref="ParserCombination"/>).
    /// </summary>
    public static ConlluSentence Reversed(ConlluSentence s)
    {
        int n = s.Words.Count;
        var r = new ConlluSentence { SentenceId = s.SentenceId, Text = s.Text, NewDocument = s.NewDocument, NewParagraph = s.NewParagraph, Line = s.Line };
        r.Comments.AddRange(s.Comments);
        for (int i = n - 1; i >= 0; i--)
        {
            var w = s.Words[i];
            r.Words.Add(w with { Id = n - i, Head = w.Head <= 0 ? w.Head : n + 1 - w.Head });
        }
        return r;
    }

    /// <summary>Writes one sentence followed by a blank line. Empty fields are written as "_".</summary>
    public static void Write(TextWriter w, ConlluSentence s)
    {
        foreach (var c in s.Comments) w.WriteLine(c);
        int mw = 0;
        foreach (var word in s.Words)
        {
            while (mw < s.Multiwords.Count && s.Multiwords[mw].First == word.Id)
            {
                var m = s.Multiwords[mw++];
                w.Write(m.First); w.Write('-'); w.Write(m.Last); w.Write('\t'); w.Write(Field(m.Form));
                w.WriteLine("\t_\t_\t_\t_\t_\t_\t_\t" + Field(m.Misc));
            }
            w.Write(word.Id); w.Write('\t');
            w.Write(Field(word.Form)); w.Write('\t');
            w.Write(Field(word.Lemma)); w.Write('\t');
            w.Write(Field(word.Upos)); w.Write('\t');
            w.Write(Field(word.Xpos)); w.Write('\t');
            w.Write(Field(word.Feats)); w.Write('\t');
            w.Write(word.Head < 0 ? "_" : word.Head.ToString(CultureInfo.InvariantCulture)); w.Write('\t');
            w.Write(Field(word.Deprel)); w.Write("\t_\t");
            w.WriteLine(Field(word.Misc));
        }
        w.WriteLine();
    }

    // CoNLL-U forbids tabs and newlines inside fields and uses "_" for empty; spaces are allowed in FORM.
    private static string Field(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "_";
        if (s.AsSpan().IndexOfAny('\t', '\n', '\r') < 0) return s;
        return s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}

/// <summary>Turns an analysed <see cref="Documents.Document"/> into CoNLL-U sentences.</summary>
public static class ConlluExport
{
    /// <summary>
    /// Sentence <paramref name="index"/> of <paramref name="doc"/>: forms, lemmas, UPOS, XPOS, heads (1-based within
    /// the sentence, 0 for the root; "_" when not parsed), relations, and SpaceAfter=No where the next token touches.
    /// A head outside the sentence (never produced by our parser) is written as the root.
    /// </summary>
    public static ConlluSentence Sentence(Documents.Document doc, int index, string sentenceId)
    {
        var s = doc.Sentence(index);
        var text = doc.Text.AsSpan(doc.Token(s.FirstToken).Start, doc.Token(s.EndToken - 1).End - doc.Token(s.FirstToken).Start);
        var result = new ConlluSentence { SentenceId = sentenceId, Text = OneLine(text) };
        result.Comments.Add("# sent_id = " + sentenceId);
        result.Comments.Add("# text = " + result.Text);
        bool parsed = (doc.Annotations & Pipeline.Annotation.Dependencies) != 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Token(t);
            int head = !parsed ? -1 : tok.Head < s.FirstToken || tok.Head >= s.EndToken ? 0 : tok.Head - s.FirstToken + 1;
            bool touching = t + 1 < s.EndToken && doc.Token(t + 1).Start == tok.End;
            result.Words.Add(new ConlluWord(t - s.FirstToken + 1, OneLine(tok.Span), tok.Lemma, tok.Upos.ToString(), tok.Xpos ?? "_", "_",
                head, parsed ? tok.Relation ?? "dep" : "_", touching ? "SpaceAfter=No" : "_"));
        }
        return result;
    }

    // CoNLL-U fields and the text comment are single lines.
    private static string OneLine(ReadOnlySpan<char> s)
    {
        var str = s.ToString();
        return str.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? str : string.Join(' ', str.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
