using System.Collections.Frozen;
using System.Globalization;

namespace Tidings.Coding;

/// <summary>A PLOVER mode of one event type ("visit" of CONSULT). <paramref name="InManual"/> is false for modes only the CAMEO→PLOVER table uses.</summary>
public sealed record PloverMode(string Type, string Name, string Definition, bool InManual);

/// <summary>A PLOVER event type with its quad class (1–4, as the PLOVER manual assigns it) and its modes.</summary>
public sealed record PloverEventType(string Name, int QuadClass, string Definition, IReadOnlyList<PloverMode> Modes);

/// <summary>A PLOVER context ("military", "economic"; "historical", "negation" are the special ones).</summary>
public sealed record PloverContext(string Name, string Definition, bool InManual);

/// <summary>
/// The PLOVER vocabulary (data/cameo/plover-types.tsv): the 16 event types, their modes, the contexts,
/// and the legacy type names of older PLOVER drafts. Immutable, thread-safe, loaded once.
/// </summary>
public sealed class PloverCatalog
{
    public const string DataFile = "cameo/plover-types.tsv";

    private static readonly Lazy<PloverCatalog> DefaultCatalog = new(() =>
    {
        using var reader = DataFiles.OpenText(DataFile);
        return Parse(reader, DataFile);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, PloverEventType> _types;
    private readonly FrozenDictionary<string, string> _legacy;
    private readonly FrozenDictionary<string, PloverContext> _contexts;

    public static PloverCatalog Default => DefaultCatalog.Value;

    private PloverCatalog(List<PloverEventType> types, Dictionary<string, string> legacy, List<PloverContext> contexts)
    {
        Types = types;
        Contexts = contexts;
        _types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _legacy = legacy.ToFrozenDictionary(StringComparer.Ordinal);
        _contexts = contexts.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The 16 event types in manual order (AGREE … ASSAULT).</summary>
    public IReadOnlyList<PloverEventType> Types { get; }

    public IReadOnlyList<PloverContext> Contexts { get; }

    /// <summary>The type named <paramref name="name"/>, also under its legacy name (DEMAND → REQUEST, FIGHT → ASSAULT).</summary>
    public bool TryGetType(string name, out PloverEventType type)
    {
        var n = Canonical(name);
        return _types.TryGetValue(n, out type!);
    }

    /// <summary>The current name of a type: legacy names map to their successor; other input is returned upper-cased.</summary>
    public string Canonical(string name)
    {
        var n = name.Trim().ToUpperInvariant();
        return _legacy.TryGetValue(n, out var current) ? current : n;
    }

    /// <summary>True when <paramref name="mode"/> is a mode of <paramref name="type"/> (legacy type names accepted).</summary>
    public bool IsMode(string type, string mode) =>
        TryGetType(type, out var t) && t.Modes.Any(m => string.Equals(m.Name, mode, StringComparison.Ordinal));

    public bool IsContext(string context) => _contexts.ContainsKey(context);

    /// <summary>
    /// Parses the plover-types.tsv format: '#' comments, a header, then rows kind, name, type, quad_class,
    /// source, definition. Throws <see cref="FormatException"/> naming the line on a bad row.
    /// </summary>
    public static PloverCatalog Parse(TextReader reader, string sourceName = "plover-types.tsv")
    {
        var types = new List<(string Name, int Quad, string Definition)>();
        var modes = new List<PloverMode>();
        var legacy = new Dictionary<string, string>(StringComparer.Ordinal);
        var contexts = new List<PloverContext>();
        var header = false;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!header)
            {
                if (f[0] != "kind") throw Bad("expected the header line starting with 'kind'");
                header = true;
                continue;
            }
            if (f.Length != 6) throw Bad($"expected 6 tab-separated fields, found {f.Length}");
            var inManual = f[4] switch { "manual" => true, "table" => false, _ => throw Bad($"source '{f[4]}' is neither manual nor table") };
            switch (f[0])
            {
                case "type":
                    if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
                        throw Bad($"quad_class '{f[3]}' is not 1-4");
                    types.Add((f[1], quad, f[5]));
                    break;
                case "mode": modes.Add(new PloverMode(f[2], f[1], f[5], inManual)); break;
                case "context": contexts.Add(new PloverContext(f[1], f[5], inManual)); break;
                case "legacy": legacy[f[1]] = f[2]; break;
                default: throw Bad($"unknown kind '{f[0]}'");
            }
        }
        var known = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var m in modes)
            if (!known.Contains(m.Type)) throw new FormatException($"{sourceName}: mode '{m.Name}' belongs to unknown type '{m.Type}'");
        foreach (var (old, current) in legacy)
            if (!known.Contains(current)) throw new FormatException($"{sourceName}: legacy '{old}' maps to unknown type '{current}'");
        var built = types.Select(t => new PloverEventType(t.Name, t.Quad, t.Definition, modes.Where(m => m.Type == t.Name).ToArray())).ToList();
        return new PloverCatalog(built, legacy, contexts);

        FormatException Bad(string what) => new($"{sourceName}:{lineNo}: {what}");
    }
}
