using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Tidings.Actors;

/// <summary>A country or territory: ISO 3166-1 alpha-3, short name, capital and the capital's WGS84 coordinates.</summary>
public sealed record CountryEntry(string Iso3, string Name, string? Capital, double? CapitalLat, double? CapitalLon)
{
    /// <summary>CAMEO country code; equals <see cref="Iso3"/> except where CAMEO differs (Kosovo "KSV", Timor-Leste "TMP").</summary>
    public string Cameo { get; init; } = Iso3;
    /// <summary>True when the capital's name stands for the government in news text ("Moscow said").</summary>
    public bool CapitalIsMetonym { get; init; }
    /// <summary>"kingdom", "sultanate", "emirate" or "republic" when the country's names say so ("Kingdom of Morocco"), so
    /// that "the kingdom" can find it; null otherwise.</summary>
    public string? FormOfState { get; init; }
}

/// <summary>What a name key in the lexicon denotes.</summary>
internal enum NameKind : byte { Person, Organization, Metonym, CountryName, CountryAdjective, Demonym, Capital, NotActor }

/// <summary>One period in which a person held a role coded <see cref="Code"/>; dates inclusive, null = open.</summary>
internal readonly record struct RolePeriod(string Code, DateOnly? Start, DateOnly? End);

/// <summary>A lexicon entry for a proper name (case-sensitive key).</summary>
internal sealed record NameEntry(NameKind Kind, string Canonical, string? Iso3, string? Code)
{
    /// <summary>For organisations: the head noun a later definite description uses ("agency").</summary>
    public string? OrgKind { get; init; }
    public RolePeriod[] Periods { get; init; } = [];
    public CountryEntry? Country { get; init; }
    /// <summary>For a country adjective or demonym written with a leading "~" in countries.tsv: the name of a people that
    /// lives (nearly) only in that country ("Rohingya", "Uyghur", "Alawite"), not of its state. Its armed men are not the
    /// state's forces and its leaders hold no state office (<c>ActorRecognizer</c> codes them REB and CVL).</summary>
    public bool IsPeople { get; init; }
    /// <summary>For an organisation's name written with a leading "?" in organizations*.tsv (session 69, actor69): the name
    /// is also that of other states' bodies ("the Philippine FDA", "Nigeria's SEC", "the Justice Department" in a Manila
    /// story). The row's country holds only when no other state owns the mention; <c>ActorRecognizer</c> gives it the
    /// owning country's code of the same sector otherwise.</summary>
    public bool SharedAbroad { get; init; }
}

/// <summary>A role or sector noun ("foreign minister", "troops") and its CAMEO role code.</summary>
internal sealed record RoleEntry(string Form, string Lemma, string Code, bool IsTitle, bool IsRepresentative)
{
    /// <summary>Flag U: a role whose country only the phrase itself names ("Russian hackers"); a bare mention keeps the
    /// role code alone, because the sentence's and the article's country are its target's ("hackers attacked Kenya's
    /// tax office").</summary>
    public bool IsUnplaced { get; init; }
    /// <summary>True when the form is not its lemma. For a title, only when the form is a plural of the lemma
    /// ("secretaries of state", "foreign affairs ministers"), not a synonym of it ("foreign affairs minister" for "foreign
    /// minister", "minister of defence"): a synonym of a singular title is singular, and its holder may be named after it
    /// ("a former internal affairs minister, Hiroshi Kanda,"). Other synonyms ("news outlet" for "outlet") keep reading as
    /// a group, which is how the actor rules have always taken them.</summary>
    public bool IsPlural { get; } = IsTitle ? IsPluralOf(Form, Lemma) : !string.Equals(Form, Lemma, StringComparison.OrdinalIgnoreCase);

    /// <summary>Of the same length, some word is a plural of the lemma's word; otherwise the last words are compared.</summary>
    private static bool IsPluralOf(string form, string lemma)
    {
        if (string.Equals(form, lemma, StringComparison.OrdinalIgnoreCase)) return false;
        var fw = form.ToLowerInvariant().Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lw = lemma.ToLowerInvariant().Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fw.Length == 0 || lw.Length == 0) return true;
        // "ministers of foreign affairs" for "foreign minister": the head noun is the word before the first preposition, not
        // the last word, whose "affairs" made the singular "Minister of Foreign Affairs" a group.
        if (fw.Length != lw.Length) return IsPluralWord(fw[HeadWord(fw)], lw[HeadWord(lw)]);
        for (int k = 0; k < fw.Length; k++)
            if (IsPluralWord(fw[k], lw[k])) return true;
        return false;
    }

    /// <summary>The head noun's index in a role phrase's words: the word before its first preposition ("secretary" in
    /// "secretary of state for defence"), else the last.</summary>
    private static int HeadWord(string[] words)
    {
        for (int k = 1; k < words.Length; k++)
            if (words[k] is "of" or "for" or "to" or "in" or "at" or "on") return k - 1;
        return words.Length - 1;
    }

    private static bool IsPluralWord(string w, string lemma) =>
        w != lemma && ((w.EndsWith('s') && !lemma.EndsWith('s')) || w == lemma + "es" || (w.EndsWith("men") && lemma.EndsWith("man"))
                       || w.EndsWith("people") || w.EndsWith("children"));
    /// <summary>Last word of the lemma ("minister" for "foreign minister"), matched by "the minister".</summary>
    public string Head { get; } = Lemma[(Lemma.LastIndexOf(' ') + 1)..];
}

/// <summary>
/// The actor dictionaries (countries, metonyms, role nouns, organisations, dated office holders), loaded once
/// from data/actors/*.tsv into frozen dictionaries. Name keys are case-sensitive and written as in text with
/// straight apostrophes; role keys are case-insensitive. Thread-safe after construction.
/// </summary>
public sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> s_default = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon built from the embedded data files (or $TIDINGS_DATA overrides).</summary>
    public static ActorLexicon Default => s_default.Value;

    private readonly FrozenDictionary<string, NameEntry[]> _names;
    private readonly FrozenDictionary<string, NameEntry[]>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly FrozenDictionary<string, RoleEntry> _roles;
    private readonly FrozenDictionary<string, RoleEntry>.AlternateLookup<ReadOnlySpan<char>> _rolesBySpan;
    private readonly FrozenDictionary<string, CountryEntry> _countryKeys;
    private readonly FrozenDictionary<string, CountryEntry>.AlternateLookup<ReadOnlySpan<char>> _countryKeysBySpan;
    private readonly FrozenDictionary<string, CountryEntry> _byIso3;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _roleStarts;

    /// <summary>
    /// Every text a key's first token can have: the first word, and its prefixes that end before a hyphen,
    /// apostrophe or period (a tokenizer may split "al-Sharaa" or "U.S."). Lets the matcher skip most tokens
    /// with one lookup.
    /// </summary>
    private static IEnumerable<string> FirstTokens(IEnumerable<string> keys)
    {
        foreach (var k in keys)
        {
            int sp = k.IndexOf(' ');
            var w = sp < 0 ? k : k[..sp];
            yield return w;
            for (int i = 1; i < w.Length; i++)
                if (w[i] is '-' or '\'' or '.') { yield return w[..i]; yield return w[..(i + 1)]; }
        }
    }

    /// <summary>Whether a key can start with this token; the recognizer passes its tokens folded (<see cref="Fold(char)"/>).</summary>
    internal bool CanStartName(ReadOnlySpan<char> firstToken) => _nameStarts.Contains(firstToken);
    internal bool CanStartRole(ReadOnlySpan<char> firstToken) => _roleStarts.Contains(firstToken);

    private ActorLexicon(Dictionary<string, List<NameEntry>> names, Dictionary<string, RoleEntry> roles,
        Dictionary<string, CountryEntry> countryKeys, Dictionary<string, CountryEntry> byIso3, List<string> problems,
        Counts counts)
    {
        _names = names.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _roles = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _rolesBySpan = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryKeys = countryKeys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _countryKeysBySpan = _countryKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        _byIso3 = byIso3.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _nameStarts = FirstTokens(names.Keys).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _roleStarts = FirstTokens(roles.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Problems = problems;
        MaxNameKeyLength = names.Keys.Max(k => k.Length);
        MaxRoleKeyLength = roles.Keys.Max(k => k.Length);
        CountryCount = counts.Countries; MetonymCount = counts.Metonyms; RoleCount = counts.Roles;
        OrganizationCount = counts.Organizations; PersonPeriodCount = counts.PersonPeriods;
    }

    /// <summary>Data errors found while loading (duplicate keys with conflicting codes, bad ISO3, coordinates, codes). Empty when valid.</summary>
    public IReadOnlyList<string> Problems { get; }
    public int CountryCount { get; }
    public int MetonymCount { get; }
    public int RoleCount { get; }
    public int OrganizationCount { get; }
    public int PersonPeriodCount { get; }
    internal int MaxNameKeyLength { get; }
    internal int MaxRoleKeyLength { get; }

    /// <summary>All countries and territories, by ISO3.</summary>
    public IEnumerable<CountryEntry> Countries => _byIso3.Values;

    /// <summary>
    /// Finds a country by name, short form, adjective, demonym or ISO3-free alias ("Syria", "Syrian", "Syrians",
    /// "U.S."), case-insensitively; curly apostrophes are treated as straight ones.
    /// </summary>
    public bool TryGetCountry(ReadOnlySpan<char> nameOrAdjectiveOrDemonym, out CountryEntry country)
    {
        var s = nameOrAdjectiveOrDemonym.Trim();
        if (s.Length == 0 || s.Length > 128) { country = null!; return false; }
        if (s.Contains('\u2019') || NeedsFolding(s))
        {
            Span<char> buf = stackalloc char[s.Length];
            Fold(s, buf);
            buf.Replace('\u2019', '\'');
            return _countryKeysBySpan.TryGetValue(buf, out country!);
        }
        return _countryKeysBySpan.TryGetValue(s, out country!);
    }

    public CountryEntry? CountryByIso3(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>
    /// True when a resolved place is the capital of its country: the gazetteer marks it so, or its name is the capital
    /// countries.tsv gives, compared without accents. Session 66 (role66): the gazetteer spells "Asunción", "Bogotá",
    /// "Lomé", "Malé", "Yaoundé" with their accents and countries.tsv without, so a plain name comparison missed them and a
    /// capital standing for its government ("extradited ... to Asuncion") was read as the bare country.
    /// </summary>
    public bool IsCapitalPlace(Places.Place place)
    {
        if (place.Country is not { } iso || CountryByIso3(iso) is not { } country) return false;
        if (place.Feature == "capital") return true;
        return country.Capital is { } cap && string.Equals(Normalize(cap), Normalize(place.Name), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The country of a seat of government or state institution named as a place ("at the White House", "in the Kremlin",
    /// "at the Elysee Palace"): metonyms.tsv rows for a branch of one country's state. Territories coded as the country
    /// itself (Gaza), international bodies (Brussels for the EU) and the pope are not seats; null for them and for any
    /// other name.
    /// </summary>
    public string? SeatOfStateCountry(string name)
    {
        if (!TryGetNames(Normalize(name), out var entries)) return null;
        // A branch of one state: the code is the country's own CAMEO code plus a role (RUSGOV, USAMIL, ISRLEG).
        foreach (var e in entries)
            if (e.Kind == NameKind.Metonym && e.Iso3 is { } iso && CountryByIso3(iso) is { Cameo: { } cameo }
                && e.Code is { } code && code.Length > cameo.Length && code.StartsWith(cameo, StringComparison.Ordinal))
                return iso;
        return null;
    }

    /// <summary>The country of a dateline place: a country name or a capital, in any case ("MOSCOW" → Russia).</summary>
    public CountryEntry? CountryOfPlace(string place)
    {
        var p = place.Trim();
        if (TryGetCountry(p, out var c)) return c;
        foreach (var x in _byIso3.Values)
            if (x.Capital is not null && string.Equals(Normalize(x.Capital), Normalize(p), StringComparison.OrdinalIgnoreCase)) return x;
        return null;
    }

    /// <summary>
    /// Place names that contain a country name or adjective but are not that country ("Latin America",
    /// "South China Sea"); the recognizer skips them whole.
    /// </summary>
    internal static readonly string[] NotActorNames =
    [
        "Latin America", "South America", "North America", "Central America", "New Mexico", "New England",
        "New South Wales", "Western Australia", "South Australia", "Indian Ocean", "South China Sea",
        "East China Sea", "Persian Gulf", "Arabian Sea", "Arabian Peninsula", "Gulf of Mexico", "New Guinea",
        "American Samoa", "Native American", "Native Americans", "Latin American", "Latin Americans",
        "South American", "North American", "Central American", "Middle East", "Indian Premier League",
        "Indian Express", "Irish Sea", "English Channel", "Georgia State", "Washington state",
        "General Motors", "General Electric", "General Dynamics", "General Mills", "General Atomics", "Major League",
        "Beijing Olympics", "Paris Olympics", "Paris Agreement", "Paris Saint-Germain", "Real Madrid", "Moscow Region",
    ];

    /// <summary>Listed people by the last word of each of their names (canonical and aliases, folded as keys are), built
    /// on first use: "Deby" → Idriss Deby, Mahamat Deby. For "Chad's Deby", where a country's possessive says whose.</summary>
    private FrozenDictionary<string, NameEntry[]>? _peopleBySurname;

    internal NameEntry[] PeopleBySurname(string surname)
    {
        var index = _peopleBySurname;
        if (index is null)
        {
            var d = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
            foreach (var (key, entries) in _names)
            {
                int sp = key.LastIndexOf(' ');
                if (sp < 0) continue; // a one-word key is matched as a name already
                string last = key[(sp + 1)..];
                foreach (var e in entries)
                {
                    if (e.Kind != NameKind.Person) continue;
                    if (!d.TryGetValue(last, out var list)) d[last] = list = [];
                    if (!list.Exists(x => x.Canonical == e.Canonical)) list.Add(e);
                }
            }
            index = d.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
            Interlocked.CompareExchange(ref _peopleBySurname, index, null);
        }
        return index.TryGetValue(surname, out var hits) ? hits : [];
    }

    /// <summary>Every key (canonical name and aliases) of each listed political party, by the party's ISO3, built on first
    /// use. For "Spain's Socialists", "Canada's Liberals": a party family named after its country, which only the
    /// country's parties' own names can resolve.</summary>
    private FrozenDictionary<string, (string Key, NameEntry Party)[]>? _partyKeysByIso3;

    internal (string Key, NameEntry Party)[] PartyKeys(string iso3)
    {
        var index = _partyKeysByIso3;
        if (index is null)
        {
            var d = new Dictionary<string, List<(string, NameEntry)>>(StringComparer.Ordinal);
            foreach (var (key, entries) in _names)
                foreach (var e in entries)
                {
                    if (e.Kind != NameKind.Organization || e.OrgKind != "party" || e.Iso3 is not { } iso) continue;
                    if (!d.TryGetValue(iso, out var list)) d[iso] = list = [];
                    list.Add((key, e));
                }
            index = d.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
            Interlocked.CompareExchange(ref _partyKeysByIso3, index, null);
        }
        return index.TryGetValue(iso3, out var hits) ? hits : [];
    }

    /// <summary>Lookups of keys already folded (the recognizer's key buffer): no scan for letters to fold.</summary>
    internal bool TryGetNamesFolded(ReadOnlySpan<char> key, out NameEntry[] entries) => _namesBySpan.TryGetValue(key, out entries!);

    internal bool TryGetRoleFolded(ReadOnlySpan<char> key, out RoleEntry role) => _rolesBySpan.TryGetValue(key, out role!);

    internal bool TryGetNames(ReadOnlySpan<char> key, out NameEntry[] entries)
    {
        if (!NeedsFolding(key) || key.Length > 256) return _namesBySpan.TryGetValue(key, out entries!);
        Span<char> buf = stackalloc char[key.Length];
        Fold(key, buf);
        return _namesBySpan.TryGetValue(buf, out entries!);
    }

    internal bool TryGetRole(ReadOnlySpan<char> key, out RoleEntry role)
    {
        if (!NeedsFolding(key) || key.Length > 256) return _rolesBySpan.TryGetValue(key, out role!);
        Span<char> buf = stackalloc char[key.Length];
        Fold(key, buf);
        return _rolesBySpan.TryGetValue(buf, out role!);
    }

    /// <summary>
    /// Latin letters with diacritics as their base letter ("é" → "e", "ñ" → "n", "ø" → "o"), every other character as
    /// it is. Keys are stored and looked up folded, so "Asunción", "Peña" and "Embaló" find rows written either way:
    /// news in English spells the same names with and without accents.
    /// </summary>
    internal static char Fold(char c) => c < FoldFirst || c > FoldLast ? c : FoldTable[c - FoldFirst];

    private const char FoldFirst = '\u00C0', FoldLast = '\u024F';

    private static readonly char[] FoldTable = BuildFoldTable();

    // Each letter of FoldFrom is read as the letter at the same place in FoldTo: the Latin-1 and Latin Extended-A/B
    // letters whose canonical decomposition starts with an ASCII letter, and the letters with a stroke (ø, đ, ł, ħ),
    // which have none. Written out because the project runs with invariant globalization, where
    // string.Normalize does not decompose.
    private const string FoldFrom = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳØøĐđŁłĦħı";
    private const string FoldTo = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyOoDdLlHhi";

    private static char[] BuildFoldTable()
    {
        var t = new char[FoldLast - FoldFirst + 1];
        for (int k = 0; k < t.Length; k++) t[k] = (char)(FoldFirst + k);
        for (int k = 0; k < FoldFrom.Length; k++) t[FoldFrom[k] - FoldFirst] = FoldTo[k];
        return t;
    }

    internal static bool NeedsFolding(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c >= FoldFirst && c <= FoldLast) return true;
        return false;
    }

    internal static void Fold(ReadOnlySpan<char> s, Span<char> into)
    {
        for (int i = 0; i < s.Length; i++) into[i] = Fold(s[i]);
    }

    /// <summary>Picks the code of a person for an article date; outside every period, the country's elite (ELI).</summary>
    internal (string? Code, string? Iso3, string Note) PersonCode(NameEntry person, DateOnly? date)
    {
        var ps = person.Periods;
        if (ps.Length == 0) return (person.Code, IsoOfCode(person.Code), "no period");
        if (date is not { } d)
        {
            var latest = ps.MaxBy(p => p.Start ?? DateOnly.MinValue);
            return (latest.Code, IsoOfCode(latest.Code), "date unknown: latest period");
        }
        RolePeriod? hit = null;
        foreach (var p in ps)
            if ((p.Start is null || p.Start <= d) && (p.End is null || d <= p.End) && (hit is null || (p.Start ?? DateOnly.MinValue) > (hit.Value.Start ?? DateOnly.MinValue)))
                hit = p;
        if (hit is { } h) return (h.Code, IsoOfCode(h.Code), $"in office on {d:yyyy-MM-dd}");
        // Not in office on that date: CAMEO codes former (and future) office holders as the country's elite.
        var iso = IsoOfCode(ps[^1].Code);
        var c = iso is null ? null : CountryByIso3(iso);
        // An international office (UN Secretary-General, NATO chief) has no country: the former holder is an elite (ELI).
        return c is null
            ? ("ELI", null, $"not in office on {d:yyyy-MM-dd}: elite; the office is not a country's")
            : (c.Cameo + "ELI", c.Iso3, $"not in office on {d:yyyy-MM-dd}: elite");
    }

    /// <summary>
    /// The code of an organisation on a date: a party inside one of its government or opposition periods takes that
    /// period's code (GBRGOVPTY, GBROPP); otherwise, and without a date, the organisation's own code (GBRPTY).
    /// </summary>
    internal string OrganizationCode(NameEntry org, DateOnly? date)
    {
        if (org.Periods.Length == 0 || date is not { } d) return org.Code!;
        foreach (var p in org.Periods)
            if ((p.Start is null || p.Start <= d) && (p.End is null || d <= p.End)) return p.Code;
        return org.Code!;
    }

    /// <summary>The code of the last office period of <paramref name="person"/> that began before <paramref name="date"/>, or null.</summary>
    internal string? LastCodeBefore(NameEntry person, DateOnly? date)
    {
        if (date is not { } d) return null;
        RolePeriod? last = null;
        foreach (var p in person.Periods)
            if ((p.Start is null || p.Start < d) && p.End is { } end && end < d && (last is null || end > last.Value.End))
                last = p;
        return last?.Code;
    }

    /// <summary>ISO3 of the country a CAMEO code starts with, or null for IGO/NGO/MED/… codes.</summary>
    internal string? IsoOfCode(string? code)
    {
        if (code is null || code.Length < 3) return null;
        foreach (var c in _byIso3.Values)
            if (code.StartsWith(c.Cameo, StringComparison.Ordinal)) return c.Iso3;
        return null;
    }

    // ---------------------------------------------------------------- loading

    private sealed record Counts(int Countries, int Metonyms, int Roles, int Organizations, int PersonPeriods);

    /// <summary>True when a role code (with any sub-sector after it, "GOVHLH") starts with a state sector: government,
    /// military, police, courts, legislature or intelligence.</summary>
    internal static bool IsStateAgentSector(string roleCode) =>
        roleCode.Length >= 3 && roleCode[..3] is "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY";

    /// <summary>True when a role row's name is prisoners or detainees ("prisoner(s)", "political prisoner(s)",
    /// "detainee(s)"): people held by a state, whose country is the holder's when no nationality is given.</summary>
    internal static bool IsPrisonerRoleName(string name) =>
        name.StartsWith("prisoner", StringComparison.OrdinalIgnoreCase) || name.StartsWith("political prisoner", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("detainee", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adjectives of a region of many states ("Western diplomats", "European governments", "Gulf states", "Southern
    /// African leaders"): a role after one belongs to no single country. Shared by the actor recognizer (which adds
    /// "foreign", "international" and "Middle") and the event assembler (which does not: the gold keeps "foreign media" as
    /// a bare role).</summary>
    internal static readonly FrozenSet<string> RegionAdjectives = new[]
    {
        "Western", "European", "African", "Arab", "Asian", "Gulf", "Latin", "Nordic", "Scandinavian", "Baltic", "Balkan",
        "Caribbean", "Pacific", "Sahel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Three-letter role and sector codes of the CAMEO actor codebook that role and organisation codes are built from.</summary>
    internal static readonly FrozenSet<string> RoleCodes = new[]
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "MED", "BUS", "NGO", "IGO", "REF", "REL", "EDU", "LAB",
        "HLH", "SPY", "UAF", "CRM", "ELI", "AGR", "ENV", "INS", "MOD", "RAD", "HRI", "PTY", "DEV", "KID", "MNC", "IMG",
        "UNO", "WST", "EUR", "AFR", "MEA", "SEA", "MOS", "CAS", "AMR", "WAF", "NAT", "EEC", "AFU", "ARL", "ASN", "GCC",
        "OIC", "OPC", "IAE", "ICJ", "ICC", "IMF", "WBK", "WTO", "WHO", "FAO", "WFP", "HCR", "IRC", "AMN", "MSF", "HMS",
        "COE", "SCE", "ECW", "WAS", "OAS", "ECB", "ISI", "AQA", "MUS", "CHR", "JEW", "CTH", "SUN", "SHI", "BUD", "HIN",
        // CAMEO regions (ASA Asia, SAS South Asia, EAF/SAF/CAF/NAF East/Southern/Central/North Africa, ARB Arab world,
        // LAM Latin America, SAM South America, CRB Caribbean, SCN Scandinavia) and IGO codes of the CAMEO actor
        // manual and PETRARCH2 (ILO, HCH UN human rights office, WCT war crimes tribunals, SAA SAARC, SAD SADC,
        // IAD IGAD, EAC, ECA ECCAS, CEM CEMAC, CES COMESA, AFB AfDB, ADB AsDB, IDB IsDB, EBR EBRD, EFT EFTA, ...)
        // used by organizations-*.tsv.
        "ASA", "SAS", "EAF", "SAF", "CAF", "NAF", "ARB", "LAM", "SAM", "CRB", "SCN", "ILO", "HCH", "WCT", "SAA", "SAD",
        "IAD", "EAC", "ECA", "CEM", "CES", "AFB", "ADB", "IDB", "EBR", "EFT", "WAM", "BCA", "CSS", "AMU", "AMF", "APE",
        "NEP", "CWN", "NON", "GSS", "GOE", "BIS", "ITP", "IPU",
        // CAMEO regions (Latin America, South Asia, Asia, Eastern Europe, North Africa, …) and religions (Protestant,
        // Orthodox, Sufi, …), as used by PETRARCH dictionaries that users import.
        "LAM", "SAS", "ASA", "EEU", "CEU", "NAF", "EAF", "SAF", "CAF", "CRB", "CAU", "NMR", "BLK", "MDT", "PGS", "EIN",
        "CFR", "PRO", "DOX", "SFI", "ATH", "BAH", "CON", "CPT", "JAN", "ITH", "ZRO", "ADR", "ALE", "UIS", "SOC", "IRG",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Loads the lexicon from the data files; never throws for bad rows (they go to <see cref="Problems"/>).</summary>
    public static ActorLexicon Load() => Load(null);

    /// <summary>The three ways news writes "UN" before the name of a UN body.</summary>
    private static readonly string[] UnPrefixes = ["UN ", "U.N. ", "United Nations "];

    /// <summary>
    /// Loads the lexicon from the data files plus the extra <c>actors/people-*.tsv</c>, <c>actors/organizations-*.tsv</c>
    /// and <c>actors/roles-*.tsv</c> files found under <paramref name="extraDataFolder"/> (e.g. the output of
    /// <see cref="PetrarchImport.WriteTsv"/>) and under <c>$TIDINGS_DATA</c>. Never throws for bad rows.
    /// </summary>
    public static ActorLexicon Load(string? extraDataFolder)
    {
        var extra = ExtraFolders(extraDataFolder);
        var problems = new List<string>();
        var names = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, RoleEntry>(StringComparer.OrdinalIgnoreCase);
        var countryKeys = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        var byIso3 = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        var cameoCodes = new HashSet<string>(StringComparer.Ordinal);

        // "UN High Commissioner for Refugees", "U.N. High Commissioner …", "United Nations High Commissioner …": news writes
        // a UN body's name with any of the three forms of "UN"; a row gives one, the others are added unless another
        // entry already holds them.
        void AddUnVariants(string file, string key, NameEntry e)
        {
            foreach (var prefix in UnPrefixes)
            {
                if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var rest = key[prefix.Length..];
                foreach (var other in UnPrefixes)
                    if (other != prefix && !names.ContainsKey(Normalize(other + rest))) AddName(file, other + rest, e);
                return;
            }
            // "the United Nations Food and Agriculture Organization", "the UN World Food Programme": a UN agency listed by its
            // own name is also written with "UN" before it (names of several words only; acronyms are not).
            if (e.Code is { } uc && uc.StartsWith("IGOUNO", StringComparison.Ordinal) && key.Contains(' ')
                && !key.StartsWith("UN", StringComparison.Ordinal) && !key.StartsWith("United", StringComparison.Ordinal))
                foreach (var other in UnPrefixes)
                    if (!names.ContainsKey(Normalize(other + key))) AddName(file, other + key, e);
        }

        void AddName(string file, string key, NameEntry e)
        {
            key = Normalize(key);
            if (key.Length == 0) return;
            if (!names.TryGetValue(key, out var list)) names[key] = list = new List<NameEntry>(1);
            var same = list.FirstOrDefault(x => x.Kind == e.Kind);
            if (same is null) { list.Add(e); return; }
            if (same.Canonical == e.Canonical && e.Kind == NameKind.Person)
            {
                list[list.IndexOf(same)] = same with { Periods = [.. same.Periods, .. e.Periods] };
                return;
            }
            if (same.Code != e.Code || same.Iso3 != e.Iso3 || same.Canonical != e.Canonical)
                problems.Add($"{file}: key '{key}' is both {same.Canonical} ({same.Code ?? same.Iso3}) and {e.Canonical} ({e.Code ?? e.Iso3})");
        }

        // countries.tsv: iso3 cameo name aliases adjectives demonyms capital lat lon metonym
        int nCountries = 0;
        foreach (var (line, f) in Rows("actors/countries.tsv", 10, problems))
        {
            string iso = f[0], cameo = f[1];
            if (!IsUpperCode(iso, 3)) { problems.Add($"countries.tsv:{line}: bad ISO3 '{iso}'"); continue; }
            if (!IsUpperCode(cameo, 3) && !IsUpperCode(cameo, 6)) problems.Add($"countries.tsv:{line}: bad CAMEO code '{cameo}'");
            double? lat = ParseCoord(f[7], 90, problems, line), lon = ParseCoord(f[8], 180, problems, line);
            var c = new CountryEntry(iso, f[2], Empty(f[6]), lat, lon) { Cameo = cameo, CapitalIsMetonym = f[9] == "1", FormOfState = FormOfState(f[2] + "|" + f[3]) };
            if (!byIso3.TryAdd(iso, c)) { problems.Add($"countries.tsv:{line}: duplicate ISO3 {iso}"); continue; }
            cameoCodes.Add(cameo);
            nCountries++;
            void Key(string k, NameKind kind)
            {
                bool people = k.StartsWith('~');
                k = Normalize(people ? k[1..] : k);
                if (k.Length == 0) return;
                if (countryKeys.TryGetValue(k, out var prev) && prev.Iso3 != iso)
                    problems.Add($"countries.tsv:{line}: '{k}' names both {prev.Iso3} and {iso}");
                else countryKeys[k] = c;
                AddName("countries.tsv", k, new NameEntry(kind, c.Name, iso, cameo) { Country = c, IsPeople = people });
            }
            Key(f[2], NameKind.CountryName);
            foreach (var a in Split(f[3])) Key(a, NameKind.CountryName);
            foreach (var a in Split(f[4])) Key(a, NameKind.CountryAdjective);
            foreach (var a in Split(f[5])) Key(a, NameKind.Demonym);
            if (c.Capital is { } cap && !countryKeys.ContainsKey(cap))
                AddName("countries.tsv", cap, new NameEntry(NameKind.Capital, cap, iso, cameo + "GOV") { Country = c });
        }

        // A code is a CAMEO country code (3 or 6 letters) or nothing, followed by three-letter role codes.
        foreach (var n in NotActorNames)
            if (!names.ContainsKey(n)) names[n] = [new NameEntry(NameKind.NotActor, n, null, null)];

        bool ValidCode(string code)
        {
            if (code.Length == 0 || code.Length % 3 != 0 || !IsUpperCode(code, code.Length)) return false;
            foreach (int prefix in (ReadOnlySpan<int>)[6, 3, 0])
            {
                if (prefix > code.Length || (prefix > 0 && !cameoCodes.Contains(code[..prefix]))) continue;
                bool ok = true;
                for (int i = prefix; i < code.Length && ok; i += 3) ok = RoleCodes.Contains(code.Substring(i, 3));
                if (ok) return true;
            }
            // Sector first, then the country it is based in: "MNCUSA" (a US multinational), "NGOGBRHRI".
            if (code.Length >= 6 && code[..3] is "MNC" or "NGO" or "IGO" or "IMG" or "BUS")
            {
                for (int i = 3; i < code.Length; i += 3)
                    if (!RoleCodes.Contains(code.Substring(i, 3)) && !cameoCodes.Contains(code.Substring(i, 3))) return false;
                return true;
            }
            return false;
        }

        int nMetonyms = 0;
        foreach (var (line, f) in Rows("actors/metonyms.tsv", 3, problems))
        {
            var c = byIso3.GetValueOrDefault(f[1]);
            if (c is null) problems.Add($"metonyms.tsv:{line}: unknown ISO3 '{f[1]}'");
            if (!ValidCode(f[2])) problems.Add($"metonyms.tsv:{line}: bad code '{f[2]}'");
            var names0 = Split(f[0]).ToArray();
            foreach (var n in names0) AddName("metonyms.tsv", n, new NameEntry(NameKind.Metonym, names0[0], f[1], f[2]) { Country = c });
            nMetonyms++;
        }

        int nRoles = 0;
        foreach (var (file, line, f) in RowsOfAll("actors/roles", 4, problems, extra))
        {
            if (!ValidCode(f[2])) problems.Add($"{file}:{line}: bad code '{f[2]}'");
            var r = new RoleEntry(Normalize(f[0]), Normalize(f[1]), f[2], f[3].Contains('T'), f[3].Contains('R')) { IsUnplaced = f[3].Contains('U') };
            if (roles.TryGetValue(r.Form, out var prev) && prev.Code != r.Code)
                problems.Add($"{file}:{line}: '{r.Form}' is both {prev.Code} and {r.Code}");
            roles[r.Form] = r;
            nRoles++;
        }

        int nOrgs = 0;
        // organizations.tsv plus any organizations-*.tsv (groups, parties and media by country are kept in
        // their own files so editors can find them); every file has the same columns.
        foreach (var (file, line, f) in RowsOfAll("actors/organizations", 5, problems, extra))
        {
            if (!ValidCode(f[2])) problems.Add($"{file}:{line}: bad code '{f[2]}'");
            var iso = Empty(f[3]);
            if (iso is not null && !byIso3.ContainsKey(iso)) problems.Add($"{file}:{line}: unknown ISO3 '{iso}'");
            // "?FDA", "?Justice Department": a name other states' bodies share (see NameEntry.SharedAbroad); the mark is
            // per key, so "U.S. Justice Department" on the same row is the U.S. body wherever it stands.
            string canonical = f[0].TrimStart('?');
            var e = new NameEntry(NameKind.Organization, canonical, iso, f[2]) { OrgKind = Empty(f[4]) };
            var eShared = e with { SharedAbroad = true };
            foreach (var key in (string[])[f[0], .. Split(f[1])])
            {
                bool shared = key.StartsWith('?');
                if (shared && iso is null) problems.Add($"{file}:{line}: '?' marks a name of a state's body, but the row has no country");
                AddName(file, key.TrimStart('?'), shared ? eShared : e);
                AddUnVariants(file, key.TrimStart('?'), shared ? eShared : e);
            }
            nOrgs++;
        }

        // organization-periods.tsv: dated government (GOVPTY) and opposition (OPP) periods of parties (and the dated
        // roles of movements that took power), attached to every key
        // of the party's organisation entry.
        var partyPeriods = new Dictionary<string, List<RolePeriod>>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows("actors/organization-periods.tsv", 4, problems))
        {
            if (!ValidCode(f[1])) problems.Add($"organization-periods.tsv:{line}: bad code '{f[1]}'");
            DateOnly? start = ParseDate(f[2], problems, "organization-periods.tsv", line), end = ParseDate(f[3], problems, "organization-periods.tsv", line);
            if (start is { } s0 && end is { } e0 && e0 < s0) problems.Add($"organization-periods.tsv:{line}: period ends before it starts");
            if (!partyPeriods.TryGetValue(f[0], out var list)) partyPeriods[f[0]] = list = new List<RolePeriod>(2);
            list.Add(new RolePeriod(f[1], start, end));
        }
        var attached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in names.Values)
            for (int i = 0; i < list.Count; i++)
                if (list[i].Kind == NameKind.Organization && partyPeriods.TryGetValue(list[i].Canonical, out var pp))
                {
                    list[i] = list[i] with { Periods = [.. pp] };
                    attached.Add(list[i].Canonical);
                }
        foreach (var party in partyPeriods.Keys)
            if (!attached.Contains(party)) problems.Add($"organization-periods.tsv: '{party}' is no organisation name");

        int nPeriods = 0;
        // people.tsv plus any people-*.tsv (office holders by region), all with the same columns.
        foreach (var (file, line, f) in RowsOfAll("actors/people", 5, problems, extra))
        {
            if (!ValidCode(f[2])) problems.Add($"{file}:{line}: bad code '{f[2]}'");
            DateOnly? start = ParseDate(f[3], problems, file, line), end = ParseDate(f[4], problems, file, line);
            if (start is { } s0 && end is { } e0 && e0 < s0) problems.Add($"{file}:{line}: period ends before it starts");
            var p = new RolePeriod(f[2], start, end);
            var e = new NameEntry(NameKind.Person, f[0], null, f[2]) { Periods = [p] };
            AddName(file, f[0], e);
            foreach (var a in Split(f[1])) AddName(file, a, e);
            nPeriods++;
        }

        return new ActorLexicon(names, roles, countryKeys, byIso3, problems, new Counts(nCountries, nMetonyms, nRoles, nOrgs, nPeriods));
    }

    private static string? FormOfState(string names)
    {
        foreach (var form in (ReadOnlySpan<string>)["Kingdom", "Sultanate", "Emirate", "Republic"])
            if (names.Contains(form, StringComparison.Ordinal)) return form.ToLowerInvariant();
        return null;
    }

    /// <summary>Straight apostrophes, single spaces, trimmed: the form keys are stored and looked up in.</summary>
    internal static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s.Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch == '\u2019' ? '\'' : Fold(ch));
        }
        return sb.ToString();
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, int columns, List<string> problems, string? diskPath = null)
    {
        TextReader reader;
        try { reader = diskPath is null ? DataFiles.OpenText(path) : new StreamReader(diskPath); }
        catch (FileNotFoundException) { problems.Add($"{path}: missing"); yield break; }
        catch (IOException e) { problems.Add($"{path}: {e.Message}"); yield break; }
        catch (UnauthorizedAccessException e) { problems.Add($"{path}: {e.Message}"); yield break; }
        using (reader)
        {
            int n = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                n++;
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length != columns) { problems.Add($"{path}:{n}: {f.Length} columns, expected {columns}"); continue; }
                for (int i = 0; i < f.Length; i++) f[i] = f[i].Trim();
                yield return (n, f);
            }
        }
    }

    /// <summary>
    /// Rows of "<paramref name="stem"/>.tsv" then of every embedded "<paramref name="stem"/>-*.tsv", in name order, then of
    /// the "<paramref name="stem"/>-*.tsv" files in the extra folders that are not embedded (an embedded name found on disk
    /// under $TIDINGS_DATA is already read from there by <see cref="DataFiles"/>).
    /// </summary>
    internal static IEnumerable<(string File, int Line, string[] Fields)> RowsOfAll(string stem, int columns, List<string> problems, IReadOnlyList<string> extraFolders)
    {
        var embedded = DataFiles.List()
            .Where(p => p.StartsWith(stem + "-", StringComparison.Ordinal) && p.EndsWith(".tsv", StringComparison.Ordinal))
            .Prepend(stem + ".tsv").ToList();
        foreach (var file in embedded)
            foreach (var (line, fields) in Rows(file, columns, problems)) yield return (file, line, fields);
        var seen = new HashSet<string>(embedded, StringComparer.Ordinal);
        string dir = Path.GetDirectoryName(stem)!, name = Path.GetFileName(stem);
        foreach (var folder in extraFolders)
        {
            var d = Path.Combine(folder, dir);
            if (!Directory.Exists(d)) continue;
            foreach (var path in Directory.EnumerateFiles(d, name + "-*.tsv").Order(StringComparer.Ordinal))
            {
                var rel = dir + "/" + Path.GetFileName(path);
                if (!seen.Add(rel) && folder == Environment.GetEnvironmentVariable(DataFiles.OverrideVariable)) continue;
                foreach (var (line, fields) in Rows(rel, columns, problems, path)) yield return (path, line, fields);
            }
        }
    }

    /// <summary>The folders whose extra actor files are read: the one given, then $TIDINGS_DATA; existing ones only, no duplicates.</summary>
    private static IReadOnlyList<string> ExtraFolders(string? extra)
    {
        var list = new List<string>(2);
        foreach (var f in new[] { extra, Environment.GetEnvironmentVariable(DataFiles.OverrideVariable) })
            if (!string.IsNullOrEmpty(f) && Directory.Exists(f) && !list.Contains(f)) list.Add(f);
        return list;
    }

    private static IEnumerable<string> Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static bool IsUpperCode(string s, int length)
    {
        if (s.Length != length) return false;
        foreach (var ch in s) if (ch is < 'A' or > 'Z') return false;
        return true;
    }

    private static double? ParseCoord(string s, double limit, List<string> problems, int line)
    {
        if (s.Length == 0) return null;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || Math.Abs(v) > limit)
        {
            problems.Add($"countries.tsv:{line}: coordinate '{s}' out of range ±{limit}");
            return null;
        }
        return v;
    }

    private static DateOnly? ParseDate(string s, List<string> problems, string file, int line)
    {
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        problems.Add($"{file}:{line}: bad date '{s}'");
        return null;
    }
}
