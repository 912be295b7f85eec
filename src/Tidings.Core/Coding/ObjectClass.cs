using System.Collections.Frozen;

namespace Tidings.Coding;

/// <summary>
/// A named class of object nouns (<c>data/coding/object-classes.tsv</c>): a trigger word written <c>@name</c> in
/// <c>verbs.tsv</c> matches any token whose text or lemma is a member ("send @force" matches "sent 400 police
/// officers"). Members are single lower-case words; their plurals are added at load, so a token the lemmatizer missed
/// still matches. Lookups are allocation-free (a frozen set searched by span). Immutable and thread-safe.
/// </summary>
public sealed class ObjectClass
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ObjectClass(string name, IEnumerable<string> members)
    {
        Name = name;
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in members) { all.Add(m); all.Add(Inflector.Plural(m)); }
        Members = all.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = Members.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The class name without its "@".</summary>
    public string Name { get; }

    /// <summary>Member words and their plurals.</summary>
    public FrozenSet<string> Members { get; }

    /// <summary>True when the token text or its lemma is a member.</summary>
    public bool Contains(ReadOnlySpan<char> text, string? lemma) =>
        _lookup.Contains(text) || (lemma is not null && Members.Contains(lemma));

    /// <summary>
    /// Reads the class file: rows of <c>name TAB member, member, ...</c> ("#" comments; a class may span several
    /// rows). Throws <see cref="FormatException"/> naming the line of a malformed row.
    /// </summary>
    public static FrozenDictionary<string, ObjectClass> Load(TextReader reader)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? line; int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var c = line.Split('\t', 2);
            var name = c[0].Trim().TrimStart('@').ToLowerInvariant();
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterLower(ch) || ch == '-'))
                throw new FormatException($"object-classes.tsv line {n}: '{c[0].Trim()}' is not a class name (lower-case letters)");
            if (c.Length < 2 || c[1].Trim().Length == 0)
                throw new FormatException($"object-classes.tsv line {n}: class '{name}' has no members");
            if (!members.TryGetValue(name, out var list)) members[name] = list = [];
            foreach (var m in c[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (m.Contains(' ') || m.Contains('\t') || m.StartsWith('@'))
                    throw new FormatException($"object-classes.tsv line {n}: member '{m}' of '{name}' must be a single word");
                list.Add(m.ToLowerInvariant());
            }
        }
        return members.ToFrozenDictionary(kv => kv.Key, kv => new ObjectClass(kv.Key, kv.Value), StringComparer.Ordinal);
    }
}
