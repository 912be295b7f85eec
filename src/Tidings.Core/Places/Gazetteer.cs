using System.Collections.Frozen;
using System.Globalization;
using Tidings.Actors;

namespace Tidings.Places;

/// <summary>One gazetteer row: the resolved <see cref="Place"/> plus what ranking and qualifiers need.</summary>
public sealed record GazetteerEntry(Place Place, IReadOnlyList<string> AlternateNames, string? Admin1, long? Population, int? GeoNamesId)
{
    /// <summary>True for rows written by hand for Tidings (the bundled files); false for rows a GeoNames import added
    /// (file column "source" = geonames). The recognizer asks more context of small imported places.</summary>
    public bool Curated { get; init; } = true;

    /// <summary>Population under which an imported town counts as minor.</summary>
    public const long MinorPopulation = 200_000;

    /// <summary>An imported town of fewer than <see cref="MinorPopulation"/> people: such names are often also surnames or
    /// words ("Anderson", "Bell", "Reston"), so they need a locative or a qualifier to count as places.</summary>
    public bool IsMinor => !Curated && Place.Feature == "city" && (Population ?? 0) < MinorPopulation;

    public string Name => Place.Name;
    public string Feature => Place.Feature;
    public string? Country => Place.Country;
}

/// <summary>
/// The bundled list of countries, capitals, major cities, first-level divisions and conflict-news places
/// (data/places/gazetteer.tsv), loaded once into frozen dictionaries. Names are matched case-insensitively after
/// normalisation (curly apostrophes → ', runs of white space → one space), so "the Netherlands" (an alternate),
/// "Sana’a" and "SANAA" find their entries.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Feature types a row may have.</summary>
    public static readonly FrozenSet<string> Features = FrozenSet.Create(StringComparer.Ordinal, "country", "capital", "city", "admin1", "region", "territory");

    /// <summary>Longest normalised name, in characters; the recognizer never builds a longer key.</summary>
    public const int MaxNameLength = 96;

    /// <summary>Environment variable naming a gazetteer file (e.g. one written by <c>tidings gazetteer import</c>) that
    /// replaces the bundled one for <see cref="Default"/>.</summary>
    public const string FileVariable = "TIDINGS_GAZETTEER";

    private static readonly Lazy<Gazetteer> _default = new(() =>
        Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } file ? LoadFile(file) : LoadBundled(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bundled gazetteer (every data/places/gazetteer*.tsv), or the file $TIDINGS_GAZETTEER names.</summary>
    public static Gazetteer Default => _default.Value;

    private static readonly Lazy<Gazetteer> _bundled = new(() => LoadBundledFiles(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bundled gazetteer: data/places/gazetteer.tsv plus every data/places/gazetteer-*.tsv, in name order.</summary>
    public static Gazetteer LoadBundled() => _bundled.Value;

    /// <summary>Relative paths of the bundled gazetteer files.</summary>
    public static IReadOnlyList<string> BundledFiles() =>
        DataFiles.List().Where(f => f.StartsWith("places/gazetteer", StringComparison.Ordinal) && f.EndsWith(".tsv", StringComparison.Ordinal)).ToList();

    private static Gazetteer LoadBundledFiles()
    {
        var entries = new List<GazetteerEntry>(4000);
        foreach (var f in BundledFiles())
        {
            using var reader = DataFiles.OpenText(f);
            ReadRows(reader, f, entries);
        }
        return new Gazetteer(entries);
    }

    /// <summary>Reads a gazetteer file in the TSV format of data/places/gazetteer.tsv (".gz" files are decompressed).
    /// Throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/> naming the file and line.</summary>
    public static Gazetteer LoadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"gazetteer file '{path}' does not exist", path);
        using var stream = File.OpenRead(path);
        using var reader = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress))
            : new StreamReader(stream);
        return Parse(reader, path);
    }

    /// <summary>A gazetteer over the given rows (the importer's output, or rows built in code).</summary>
    public static Gazetteer FromEntries(IEnumerable<GazetteerEntry> entries) => new(entries.ToList());

    /// <summary>Writes rows in the TSV format <see cref="Parse"/> reads, after a header of '#' lines.</summary>
    public static void Write(IEnumerable<GazetteerEntry> entries, TextWriter writer, IEnumerable<string> headerComments)
    {
        foreach (var c in headerComments) writer.WriteLine("# " + c);
        writer.WriteLine("name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tgeonames_id\tsource");
        var inv = CultureInfo.InvariantCulture;
        foreach (var e in entries)
        {
            static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
            writer.Write(Clean(e.Name)); writer.Write('\t');
            writer.Write(string.Join('|', e.AlternateNames.Select(a => Clean(a).Replace('|', ' ')))); writer.Write('\t');
            writer.Write(e.Feature); writer.Write('\t');
            writer.Write(Clean(e.Country)); writer.Write('\t');
            writer.Write(Clean(e.Admin1)); writer.Write('\t');
            writer.Write(Math.Round(e.Place.Latitude ?? 0, 5).ToString(inv)); writer.Write('\t');
            writer.Write(Math.Round(e.Place.Longitude ?? 0, 5).ToString(inv)); writer.Write('\t');
            writer.Write(e.Population?.ToString(inv) ?? ""); writer.Write('\t');
            writer.Write(e.GeoNamesId?.ToString(inv) ?? ""); writer.Write('\t');
            writer.WriteLine(e.Curated ? "tidings" : "geonames");
        }
    }

    private readonly FrozenDictionary<string, GazetteerEntry[]> _byName;
    private readonly FrozenDictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly FrozenDictionary<string, GazetteerEntry> _countries;
    private readonly FrozenDictionary<string, GazetteerEntry> _capitals;
    private readonly FrozenDictionary<string, string> _admin1Country;

    private Gazetteer(List<GazetteerEntry> entries)
    {
        Entries = entries;
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var capitals = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var admin1 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Span<char> buffer = stackalloc char[MaxNameLength];
        foreach (var e in entries)
        {
            foreach (var n in e.AlternateNames.Prepend(e.Name))
            {
                int len = Normalize(n, buffer);
                if (len <= 0) continue;
                ActorLexicon.Fold(buffer[..len], buffer[..len]);
                var key = new string(buffer[..len]);
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = new List<GazetteerEntry>(1);
                if (!list.Contains(e)) list.Add(e);
            }
            if (e.Country is null) continue;
            if (e.Feature == "country") countries.TryAdd(e.Country, e);
            else if (e.Feature == "capital") capitals.TryAdd(e.Country, e);
            if (e.Feature == "admin1") admin1.TryAdd(e.Admin1 ?? e.Name, e.Country);
        }
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = byName.Keys.Select(k => k.IndexOf(' ') is int sp and >= 0 ? k[..sp] : k)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _capitals = capitals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _admin1Country = admin1.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        MaxNameWords = _byName.Count == 0 ? 1 : _byName.Keys.Max(k => k.Count(c => c is ' ' or '-' or '\'' or '.') + 1);
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Most words (counting hyphen, apostrophe and period pieces) in any name: bounds the recognizer's window.</summary>
    public int MaxNameWords { get; }

    /// <summary>Loads one embedded data file (e.g. "places/gazetteer.tsv").</summary>
    public static Gazetteer Load(string relativePath)
    {
        using var reader = DataFiles.OpenText(relativePath);
        return Parse(reader, relativePath);
    }

    /// <summary>Reads the gazetteer TSV; throws <see cref="InvalidDataException"/> naming the line on a bad row.</summary>
    public static Gazetteer Parse(TextReader reader, string sourceName)
    {
        var entries = new List<GazetteerEntry>(1200);
        ReadRows(reader, sourceName, entries);
        if (entries.Count == 0) throw new InvalidDataException($"{sourceName}: no gazetteer rows");
        return new Gazetteer(entries);
    }

    private static void ReadRows(TextReader reader, string sourceName, List<GazetteerEntry> entries)
    {
        bool header = false;
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; continue; }
            var f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException($"{sourceName}:{lineNo}: expected at least 7 columns, found {f.Length}");
            string? Col(int i) => i < f.Length && f[i].Length > 0 ? f[i] : null;
            if (!Features.Contains(f[2])) throw new InvalidDataException($"{sourceName}:{lineNo}: unknown feature '{f[2]}'");
            if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
                throw new InvalidDataException($"{sourceName}:{lineNo}: bad latitude '{f[5]}'");
            if (!double.TryParse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                throw new InvalidDataException($"{sourceName}:{lineNo}: bad longitude '{f[6]}'");
            long? pop = null;
            if (Col(7) is { } ps)
                pop = long.TryParse(ps, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pv) && pv >= 0 ? pv
                    : throw new InvalidDataException($"{sourceName}:{lineNo}: bad population '{ps}'");
            int? gid = null;
            if (Col(8) is { } gs)
                gid = int.TryParse(gs, NumberStyles.Integer, CultureInfo.InvariantCulture, out var gv) && gv > 0 ? gv
                    : throw new InvalidDataException($"{sourceName}:{lineNo}: bad GeoNames id '{gs}'");
            if (f[0].Trim().Length == 0) throw new InvalidDataException($"{sourceName}:{lineNo}: empty name");
            if (Col(3) is { } iso && (iso.Length != 3 || !iso.All(char.IsAsciiLetterUpper)))
                throw new InvalidDataException($"{sourceName}:{lineNo}: country '{iso}' is not an ISO 3166-1 alpha-3 code");
            var alts = Col(1) is { } a ? a.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var place = new Place(f[0], Col(3), lat, lon, f[2]);
            entries.Add(new GazetteerEntry(place, alts, Col(4), pop, gid) { Curated = Col(9) != "geonames" });
        }
    }

    /// <summary>
    /// Writes the lookup form of <paramref name="name"/> into <paramref name="destination"/> and returns its length
    /// (0 when empty, -1 when too long): curly apostrophes become ', white space runs one space, ends are trimmed.
    /// A leading "the" is kept ("The Hague" is not "Hague"); rows list "the ..." forms as alternates where used.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        name = name.Trim();
        int n = 0;
        bool space = false;
        foreach (var ch in name)
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && n > 0) { if (n >= destination.Length) return -1; destination[n++] = ' '; }
            space = false;
            if (n >= destination.Length) return -1;
            destination[n++] = ch is '’' or '‘' or 'ʼ' or '`' ? '\'' : ch;
        }
        return n;
    }

    /// <summary>Entries whose name or alternate name equals <paramref name="name"/> (after normalisation).</summary>
    public IReadOnlyList<GazetteerEntry> LookupEntries(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxNameLength];
        int len = Normalize(name, buffer);
        if (len <= 0) return [];
        return LookupNormalized(buffer[..len]);
    }

    /// <summary>Lookup of an already normalised key; allocation-free.</summary>
    internal GazetteerEntry[] LookupNormalized(ReadOnlySpan<char> key)
    {
        if (!ActorLexicon.NeedsFolding(key) || key.Length > MaxNameLength) return _byNameSpan.TryGetValue(key, out var found) ? found : [];
        // Keys are stored and looked up with Latin diacritics folded by the actor lexicon's table ("Kasaï" and "Kasai",
        // "Ségou" and "Segou" are one key): news copy drops accents that the gazetteer's rows keep, and keeps some that
        // imported ASCII rows lack. Folding maps one character to one, so lengths are unchanged. (string.Normalize cannot
        // do this: the build runs with invariant globalization, where it returns its input.)
        Span<char> folded = stackalloc char[key.Length];
        ActorLexicon.Fold(key, folded);
        return _byNameSpan.TryGetValue(folded, out var foldedFound) ? foldedFound : [];
    }

    /// <summary>
    /// Whether some lookup key begins with <paramref name="word"/> (a normalised word without spaces) followed by a
    /// space or the key's end. Case is compared as <see cref="LookupNormalized"/> compares it, one character at a
    /// time, so a key that a span starting with this word could equal always passes: callers may skip every longer
    /// lookup from a word that fails.
    /// </summary>
    internal bool CanStartKey(ReadOnlySpan<char> word)
    {
        if (!ActorLexicon.NeedsFolding(word) || word.Length > MaxNameLength) return _firstWords.Contains(word);
        Span<char> folded = stackalloc char[word.Length];
        ActorLexicon.Fold(word, folded);
        return _firstWords.Contains(folded);
    }

    /// <summary>Candidate places for a name, unranked, in file order.</summary>
    public IReadOnlyList<Place> Lookup(ReadOnlySpan<char> name)
    {
        var e = LookupEntries(name);
        var places = new Place[e.Count];
        for (int i = 0; i < places.Length; i++) places[i] = e[i].Place;
        return places;
    }

    /// <summary>The best candidate: in <paramref name="countryHint"/>'s country first, then a country of that name,
    /// then a capital, then a bundled row before an imported one, then the most populous. Null when the name is unknown.</summary>
    public Place? Resolve(ReadOnlySpan<char> name, string? countryHint) => Best(LookupEntries(name), countryHint)?.Place;

    /// <summary>Ranks candidates as <see cref="Resolve"/> does.</summary>
    public static GazetteerEntry? Best(IReadOnlyList<GazetteerEntry> candidates, string? countryHint)
    {
        GazetteerEntry? best = null;
        foreach (var c in candidates)
            if (best is null || Compare(c, best, countryHint) < 0) best = c;
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    internal static int Compare(GazetteerEntry a, GazetteerEntry b, string? countryHint)
    {
        if (countryHint is not null)
        {
            bool ha = string.Equals(a.Country, countryHint, StringComparison.OrdinalIgnoreCase);
            bool hb = string.Equals(b.Country, countryHint, StringComparison.OrdinalIgnoreCase);
            if (ha != hb) return ha ? -1 : 1;
        }
        int ra = FeatureRank(a.Feature), rb = FeatureRank(b.Feature);
        if (ra != rb) return ra.CompareTo(rb);
        // The bundled rows are the places the news names; an imported namesake is the long tail ("Bali" the Indonesian
        // province before a town of that name in Cameroon).
        if (a.Curated != b.Curated) return a.Curated ? -1 : 1;
        return (b.Population ?? 0).CompareTo(a.Population ?? 0);
    }

    /// <summary>Countries before capitals before everything else, which population then orders.</summary>
    private static int FeatureRank(string feature) => feature switch { "country" => 0, "capital" => 1, _ => 2 };

    public Place? Country(string iso3) => iso3 is not null && _countries.TryGetValue(iso3, out var e) ? e.Place : null;
    public Place? Capital(string iso3) => iso3 is not null && _capitals.TryGetValue(iso3, out var e) ? e.Place : null;
    public GazetteerEntry? CountryEntry(string iso3) => iso3 is not null && _countries.TryGetValue(iso3, out var e) ? e : null;

    /// <summary>The ISO3 of the country whose first-level division is named <paramref name="admin1"/> ("Texas" → USA), if listed.</summary>
    public string? CountryOfAdmin1(string admin1) => _admin1Country.TryGetValue(admin1, out var c) ? c : null;

    /// <summary>The ISO3 a country name or code denotes ("Lebanon", "LBN", "U.S."), else null.</summary>
    public string? CountryCode(ReadOnlySpan<char> nameOrCode)
    {
        var t = nameOrCode.Trim();
        if (t.Length == 3 && _countries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t, out var byCode)) return byCode.Country;
        foreach (var e in LookupEntries(t))
            if (e.Feature == "country") return e.Country;
        return null;
    }
}
