using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Syntax;

/// <summary>
/// Word-class and irregular-verb tables for the rule tagger and lemmatizer, loaded once from
/// data/text/tagger-lexicon.tsv and data/text/irregular-verbs.tsv.
/// </summary>
public static class EnglishLexicon
{
    /// <summary>A word's default tag and the set of tags it may take (bit i set = (Upos)i allowed).</summary>
    public readonly record struct Entry(Upos Default, int Tags)
    {
        public bool Allows(Upos u) => (Tags & (1 << (int)u)) != 0;
    }

    private sealed record Tables(
        FrozenDictionary<string, Entry> Words,
        FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan,
        FrozenDictionary<string, string> IrregularLemma,
        FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularBySpan,
        FrozenSet<string> IrregularPasts);

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Looks up a lower-case word; false when the tables do not list it.</summary>
    public static bool TryGet(ReadOnlySpan<char> lowerWord, out Entry entry) => Data.Value.WordsBySpan.TryGetValue(lowerWord, out entry);

    /// <summary>The base form of an irregular past or participle ("met" → "meet"), or null.</summary>
    public static string? IrregularLemma(ReadOnlySpan<char> lowerWord) =>
        Data.Value.IrregularBySpan.TryGetValue(lowerWord, out var l) ? l : null;

    /// <summary>True when <paramref name="lowerBase"/> is a listed verb (regular list or irregular table).</summary>
    public static bool IsVerb(ReadOnlySpan<char> lowerBase) =>
        TryGet(lowerBase, out var e) && e.Allows(Upos.VERB);

    /// <summary>True when <paramref name="lowerWord"/> is the simple past of an irregular verb, including the pasts spelt
    /// as their base ("beat", "cut", "put"), which <see cref="IrregularLemma"/> does not list.</summary>
    public static bool IsIrregularPast(string lowerWord) => Data.Value.IrregularPasts.Contains(lowerWord);

    public static int WordCount => Data.Value.Words.Count;
    public static int IrregularFormCount => Data.Value.IrregularLemma.Count;

    private static Tables Load()
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var cols in Rows("text/tagger-lexicon.tsv", 2))
        {
            if (!Enum.TryParse<Upos>(cols[1], out var tag)) throw new InvalidDataException($"tagger-lexicon.tsv: unknown UPOS '{cols[1]}'");
            var w = cols[0];
            words[w] = words.TryGetValue(w, out var e) ? e with { Tags = e.Tags | (1 << (int)tag) } : new Entry(tag, 1 << (int)tag);
        }
        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        var pasts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in Rows("text/irregular-verbs.tsv", 3))
        {
            var lemma = cols[0];
            words[lemma] = words.TryGetValue(lemma, out var e) ? e with { Tags = e.Tags | (1 << (int)Upos.VERB) } : new Entry(Upos.VERB, 1 << (int)Upos.VERB);
            foreach (var past in cols[1].Split('/')) if (past.Length > 0) pasts.Add(past);
            foreach (var form in cols[1].Split('/').Concat(cols[2].Split('/')))
                if (form.Length > 0 && form != lemma) irregular.TryAdd(form, lemma);
        }
        var wf = words.ToFrozenDictionary(StringComparer.Ordinal);
        var irf = irregular.ToFrozenDictionary(StringComparer.Ordinal);
        return new Tables(wf, wf.GetAlternateLookup<ReadOnlySpan<char>>(), irf, irf.GetAlternateLookup<ReadOnlySpan<char>>(),
            pasts.ToFrozenSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string[]> Rows(string file, int columns)
    {
        using var r = DataFiles.OpenText(file);
        bool header = true;
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            var cols = line.Split('\t');
            if (cols.Length < columns) throw new InvalidDataException($"{file}: expected {columns} columns in '{line}'");
            for (int i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            yield return cols;
        }
    }
}
