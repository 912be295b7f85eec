using System.Collections.Frozen;
using System.Globalization;

namespace Tidings.Coding;

/// <summary>
/// One CAMEO event code with its weights and its PLOVER equivalent.
/// </summary>
/// <param name="Code">CAMEO code, 2–4 digits with the leading zero ("04", "042", "0311").</param>
/// <param name="Name">Short English label.</param>
/// <param name="Goldstein">Conflict–cooperation weight in [-10, +10], ICEWS variant.</param>
/// <param name="QuadClass">1 verbal cooperation (roots 01–05), 2 material cooperation (06–08),
/// 3 verbal conflict (09–13), 4 material conflict (14–20), as GDELT 2.0 assigns them.</param>
/// <param name="PloverType">PLOVER event type ("CONSULT"), or <see cref="NoPlover"/> for CAMEO 01/02.</param>
/// <param name="PloverMode">PLOVER mode the code implies ("visit"), null when none.</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string PloverType, string? PloverMode)
{
    /// <summary>The <see cref="PloverType"/> of codes PLOVER does not represent (statements 01, appeals 02).</summary>
    public const string NoPlover = "NONE";

    /// <summary>The Goldstein value GDELT 2.0 publishes; equals <see cref="Goldstein"/> except for 016, 022, 164, 165.</summary>
    public double GoldsteinGdelt { get; init; }

    /// <summary>PLOVER contexts the code implies ("military", "economic"), empty when none.</summary>
    public IReadOnlyList<string> PloverContexts { get; init; } = [];

    /// <summary>The two-digit cue category ("04" for "042").</summary>
    public string Root => Code[..2];

    /// <summary>False for CAMEO 01 and 02 codes, which have no PLOVER event type.</summary>
    public bool HasPlover => PloverType != NoPlover;
}

/// <summary>
/// The CAMEO code table (data/cameo/cameo-codes.tsv): every code with its name, Goldstein value,
/// QuadClass and PLOVER mapping. Immutable and safe to share between threads.
/// </summary>
public sealed class CameoTable
{
    public const string DataFile = "cameo/cameo-codes.tsv";

    private static readonly Lazy<CameoTable> DefaultTable = new(() => Load(DataFile), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CameoCode> _byCode;
    private readonly FrozenDictionary<string, CameoCode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly CameoCode[] _ordered;

    /// <summary>The table embedded in Tidings.Core (or overridden through TIDINGS_DATA), loaded on first use.</summary>
    public static CameoTable Default => DefaultTable.Value;

    private CameoTable(CameoCode[] ordered)
    {
        _ordered = ordered;
        _byCode = ordered.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every code in file order: each root, then its three-digit codes, each followed by its four-digit children.</summary>
    public IReadOnlyCollection<CameoCode> All => _ordered;

    /// <summary>
    /// Finds <paramref name="code"/>. An exact match wins; an unknown but well-formed 4-digit code falls back
    /// to its 3-digit parent and an unknown 3-digit code to its root, so a coder's finer code never loses its
    /// class (the returned record then carries the parent's <see cref="CameoCode.Code"/>). Malformed codes
    /// (see <see cref="IsWellFormed"/>) and unknown roots return false.
    /// </summary>
    public bool TryGet(string code, out CameoCode info) => TryGet(code.AsSpan(), out info);

    /// <inheritdoc cref="TryGet(string, out CameoCode)"/>
    public bool TryGet(ReadOnlySpan<char> code, out CameoCode info)
    {
        info = null!;
        code = code.Trim();
        if (!IsWellFormed(code)) return false;
        for (var len = code.Length; len >= 2; len--)
        {
            if (_bySpan.TryGetValue(code[..len], out var found))
            {
                info = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>The code's entry (with the fallback of <see cref="TryGet(string, out CameoCode)"/>); throws <see cref="KeyNotFoundException"/> otherwise.</summary>
    public CameoCode this[string code] =>
        TryGet(code, out var info) ? info : throw new KeyNotFoundException($"'{code}' is not a CAMEO code");

    /// <summary>True when <paramref name="code"/> is exactly in the table (no fallback).</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The two-digit cue category of a code ("04" for "042"); the input itself when shorter than two characters.</summary>
    public static string Root(string code) => code.Length <= 2 ? code : code[..2];

    /// <summary>2–4 ASCII digits whose first two form a root 01–20. Says nothing about whether the code exists.</summary>
    public static bool IsWellFormed(string? code) => code is not null && IsWellFormed(code.AsSpan());

    /// <inheritdoc cref="IsWellFormed(string?)"/>
    public static bool IsWellFormed(ReadOnlySpan<char> code)
    {
        if (code.Length is < 2 or > 4) return false;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c)) return false;
        var root = (code[0] - '0') * 10 + (code[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>Loads a table in the cameo-codes.tsv format from the data files.</summary>
    public static CameoTable Load(string dataFile)
    {
        using var reader = DataFiles.OpenText(dataFile);
        return Parse(reader, dataFile);
    }

    /// <summary>
    /// Parses the cameo-codes.tsv format: '#' comment lines, one header line, then tab-separated rows
    /// code, name, goldstein, goldstein_gdelt, quad_class, plover_type, plover_mode, plover_context, note
    /// ("-" for empty). Throws <see cref="FormatException"/> naming the line on a malformed row or duplicate code.
    /// </summary>
    public static CameoTable Parse(TextReader reader, string sourceName = "cameo-codes.tsv")
    {
        var rows = new List<CameoCode>(320);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sawHeader = false;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!sawHeader)
            {
                if (f[0] != "code") throw Bad("expected the header line starting with 'code'");
                sawHeader = true;
                continue;
            }
            if (f.Length < 8) throw Bad($"expected at least 8 tab-separated fields, found {f.Length}");
            var code = f[0];
            if (!IsWellFormed(code)) throw Bad($"'{code}' is not a well-formed CAMEO code");
            if (!seen.Add(code)) throw Bad($"duplicate code {code}");
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || g is < -10 or > 10)
                throw Bad($"goldstein '{f[2]}' is not a number in [-10, 10]");
            if (!double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var gg) || gg is < -10 or > 10)
                throw Bad($"goldstein_gdelt '{f[3]}' is not a number in [-10, 10]");
            if (!int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
                throw Bad($"quad_class '{f[4]}' is not 1-4");
            if (f[5].Length == 0 || f[5] == "-") throw Bad("plover_type is empty (write NONE for codes without one)");
            var mode = f[6] is "" or "-" ? null : f[6];
            string[] contexts = f[7] is "" or "-" ? [] : f[7].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new CameoCode(code, f[1], g, quad, f[5], mode) { GoldsteinGdelt = gg, PloverContexts = contexts });
        }
        if (rows.Count == 0) throw new FormatException($"{sourceName}: no CAMEO codes found");
        return new CameoTable([.. rows]);

        FormatException Bad(string what) => new($"{sourceName}:{lineNo}: {what}");
    }
}
