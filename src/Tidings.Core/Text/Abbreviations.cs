using System.Collections.Frozen;

namespace Tidings.Text;

/// <summary>How an abbreviation behaves at a period; see data/text/abbreviations.tsv.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not a listed abbreviation.</summary>
    None = 0,
    /// <summary>A title before a name ("Gen.", "Dr."): keeps its period and never ends a sentence.</summary>
    Title,
    /// <summary>An abbreviation only before a number ("No. 5").</summary>
    Number,
    /// <summary>Keeps its period and may end a sentence ("Inc.", "etc.", "Jan.").</summary>
    Other,
}

/// <summary>The abbreviation table, loaded once from data/text/abbreviations.tsv.</summary>
public static class Abbreviations
{
    private static readonly Lazy<FrozenDictionary<string, AbbreviationKind>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>>> SpanTable =
        new(() => Table.Value.GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Number of entries; also forces loading.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Kind of <paramref name="word"/> (without its period), matched case-sensitively.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 12 && SpanTable.Value.TryGetValue(word, out var k) ? k : AbbreviationKind.None;

    private static FrozenDictionary<string, AbbreviationKind> Load()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        using var r = DataFiles.OpenText("text/abbreviations.tsv");
        bool header = true;
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new InvalidDataException($"abbreviations.tsv: expected 2 columns in '{line}'");
            var kind = cols[1].Trim() switch
            {
                "title" => AbbreviationKind.Title,
                "number" => AbbreviationKind.Number,
                "other" => AbbreviationKind.Other,
                var k => throw new InvalidDataException($"abbreviations.tsv: unknown kind '{k}'"),
            };
            d[cols[0].Trim()] = kind;
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
