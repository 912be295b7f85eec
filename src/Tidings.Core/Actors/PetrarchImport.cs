using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tidings.Actors;

/// <summary>One period of a PETRARCH actor code: <c>[RUSGOV 991231-080507]</c>; null bounds are open. Dates inclusive.</summary>
public readonly record struct PetrarchCode(string Code, DateOnly? Start, DateOnly? End);

/// <summary>
/// One actor block of a TABARI/PETRARCH actor dictionary: the phrases that name the actor (primary phrases and
/// <c>+</c> synonyms, in dictionary order) and its codes. <see cref="Line"/> is the line of the first phrase.
/// </summary>
public sealed record PetrarchActor(string File, int Line, IReadOnlyList<string> Phrases, IReadOnlyList<PetrarchCode> Codes)
{
    /// <summary>True when at least one code carries a date restriction: the entry is an office holder.</summary>
    public bool IsDated => Codes.Any(c => c.Start is not null || c.End is not null);
}

/// <summary>One agent (role noun) of a PETRARCH agents dictionary, after substitution sets and plurals are expanded.</summary>
public sealed record PetrarchAgent(string File, int Line, string Form, string Lemma, string Code);

/// <summary>What an import read, and every line it could not use ("file:line: reason").</summary>
public sealed class PetrarchImportResult
{
    public List<PetrarchActor> Actors { get; } = new();
    public List<PetrarchAgent> Agents { get; } = new();
    public List<string> Problems { get; } = new();
    public List<string> Files { get; } = new();
}

/// <summary>Counts of the rows <see cref="PetrarchImport.WriteTsv"/> wrote.</summary>
public sealed record PetrarchWriteCounts(int People, int PersonPeriods, int Organizations, int Roles, int SkippedCountryLevel, int SkippedBadCode);

/// <summary>
/// Imports actor and agent dictionaries in the PETRARCH2 / TABARI text format (e.g. Phoenix.Countries.actors.txt,
/// Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt) into the lexicon's TSV
/// formats, so users can keep using dictionaries they already maintain.
/// <para>
/// Actor files: a primary phrase (words joined by <c>_</c>, upper case) optionally followed by <c>[CODE]</c>;
/// <c>+PHRASE</c> lines are synonyms; tab-indented <c>[CODE YYMMDD-YYMMDD]</c>, <c>[CODE &gt;YYMMDD]</c>,
/// <c>[CODE &lt;YYMMDD]</c> or <c>[CODE]</c> lines give the codes (dated ones are office periods); consecutive
/// primary phrases without a code share the codes that follow; <c>#</c> starts a comment. Two-digit years below 30
/// are 20xx, others 19xx; eight-digit dates are read as YYYYMMDD.
/// </para>
/// <para>
/// Agents files: <c>!SET! = A, B</c> defines a substitution set; <c>NOUN[_NOUN] [{PLURAL}] [~CODE]</c> (or
/// <c>[CODE~]</c>) is a role noun; <c>{}</c> means no plural, <c>{X}</c> an irregular plural, otherwise the
/// regular English plural is added, as PETRARCH does.
/// </para>
/// Nothing here throws for a malformed line: it is skipped and reported with its file and line.
/// </summary>
public static partial class PetrarchImport
{
    /// <summary>Reads a dictionary file, or every <c>*.actors.txt</c> and <c>*agents*.txt</c> file of a folder.</summary>
    public static PetrarchImportResult ImportPath(string fileOrDirectory)
    {
        var result = new PetrarchImportResult();
        IEnumerable<string> files;
        if (Directory.Exists(fileOrDirectory))
            files = Directory.EnumerateFiles(fileOrDirectory, "*.txt").Where(f => IsActorFile(f) || IsAgentFile(f)).Order(StringComparer.Ordinal);
        else if (File.Exists(fileOrDirectory)) files = [fileOrDirectory];
        else { result.Problems.Add($"{fileOrDirectory}: no such file or folder"); return result; }
        foreach (var f in files)
        {
            string name = Path.GetFileName(f);
            string text;
            try { text = ReadText(f); }
            catch (IOException e) { result.Problems.Add($"{name}: {e.Message}"); continue; }
            catch (UnauthorizedAccessException e) { result.Problems.Add($"{name}: {e.Message}"); continue; }
            result.Files.Add(name);
            if (IsAgentFile(f)) ReadAgents(new StringReader(text), name, result);
            else ReadActors(new StringReader(text), name, result);
        }
        return result;
    }

    private static bool IsAgentFile(string path) => Path.GetFileName(path).Contains("agents", StringComparison.OrdinalIgnoreCase);
    private static bool IsActorFile(string path) => Path.GetFileName(path).EndsWith(".actors.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>UTF-8 when the bytes are valid UTF-8, else Latin-1 (some PETRARCH files mix encodings).</summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketRx();

    /// <summary>Reads actor blocks from <paramref name="reader"/> into <paramref name="result"/>.</summary>
    public static void ReadActors(TextReader reader, string file, PetrarchImportResult result)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(result);
        List<string>? phrases = null;
        List<PetrarchCode>? codes = null;
        int blockLine = 0;
        void Flush()
        {
            if (phrases is { Count: > 0 })
            {
                if (codes is { Count: > 0 }) result.Actors.Add(new PetrarchActor(file, blockLine, phrases, codes));
                else result.Problems.Add($"{file}:{blockLine}: '{phrases[0]}' has no code");
            }
            phrases = null; codes = null;
        }
        int n = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            n++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0) continue;
            bool indented = char.IsWhiteSpace(line[0]);
            var body = line.Trim();
            if (body[0] == '[')
            {
                if (phrases is null) { result.Problems.Add($"{file}:{n}: code line outside an actor block"); continue; }
                if (!TryCode(body, out var c, out var why)) { result.Problems.Add($"{file}:{n}: {why}"); continue; }
                (codes ??= new()).Add(c);
                continue;
            }
            if (indented && body[0] != '+') { result.Problems.Add($"{file}:{n}: indented line is neither a code nor a synonym"); continue; }
            bool synonym = body[0] == '+';
            if (synonym) body = body[1..].Trim();
            // An inline code ends the phrase: "UN_ [IGOUNO]".
            string? inline = null;
            int br = body.IndexOf('[');
            if (br >= 0) { inline = body[br..]; body = body[..br].Trim(); }
            int brace = body.IndexOf('{'); // plural forms are for agents; ignore in actor files
            if (brace >= 0) body = body[..brace].Trim();
            if (body.Length == 0) { result.Problems.Add($"{file}:{n}: empty phrase"); continue; }
            if (synonym)
            {
                if (phrases is null) { result.Problems.Add($"{file}:{n}: synonym '{body}' outside an actor block"); continue; }
                phrases.Add(body);
            }
            else
            {
                // Consecutive primaries without a code share the codes that follow.
                if (phrases is not null && codes is { Count: > 0 }) Flush();
                if (phrases is null) { phrases = new(); blockLine = n; }
                phrases.Add(body);
            }
            if (inline is not null)
            {
                if (!inline.EndsWith(']')) { result.Problems.Add($"{file}:{n}: unclosed '['"); continue; }
                if (TryCode(inline, out var c, out var why)) (codes ??= new()).Add(c);
                else result.Problems.Add($"{file}:{n}: {why}");
            }
        }
        Flush();
    }

    /// <summary>Parses "[CODE]" or "[CODE restriction]".</summary>
    private static bool TryCode(string text, out PetrarchCode code, out string why)
    {
        code = default;
        var m = BracketRx().Match(text);
        if (!m.Success) { why = $"unclosed or missing code in '{text}'"; return false; }
        var parts = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) { why = "empty code"; return false; }
        string c = parts[0].Trim('~');
        if (c.Length == 0 || c.Any(ch => ch is < 'A' or > 'Z')) { why = $"bad code '{parts[0]}'"; return false; }
        DateOnly? start = null, end = null;
        if (parts.Length > 1)
        {
            string r = string.Concat(parts[1..]);
            bool ok;
            if (r[0] == '>') ok = TryDate(r[1..], out start);
            else if (r[0] == '<') ok = TryDate(r[1..], out end);
            else
            {
                int dash = r.IndexOf('-');
                ok = dash > 0 && TryDate(r[..dash], out start) && TryDate(r[(dash + 1)..], out end);
            }
            if (!ok) { why = $"bad date restriction '{r}'"; return false; }
            if (start is { } s && end is { } e && e < s) { why = $"date range '{r}' ends before it starts"; return false; }
        }
        code = new PetrarchCode(c, start, end);
        why = "";
        return true;
    }

    /// <summary>YYMMDD (years below 30 are 20xx) or YYYYMMDD.</summary>
    private static bool TryDate(string s, out DateOnly? date)
    {
        date = null;
        s = s.Trim();
        if (s.Length == 6 && s.All(char.IsAsciiDigit))
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            s = (yy < 30 ? "20" : "19") + s;
        }
        if (s.Length != 8 || !DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    /// <summary>Reads agents (role nouns) from <paramref name="reader"/> into <paramref name="result"/>.</summary>
    public static void ReadAgents(TextReader reader, string file, PetrarchImportResult result)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(result);
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int n = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            n++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '!' && line.Contains('='))
            {
                int eq = line.IndexOf('=');
                var key = line[..eq].Trim();
                sets[key] = line[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            int br = line.IndexOf('[');
            if (br < 0 || !line.EndsWith(']')) { result.Problems.Add($"{file}:{n}: agent without a [code]"); continue; }
            string codeText = line[(br + 1)..^1].Trim();
            string code = codeText.Replace("~", "", StringComparison.Ordinal);
            if (code.Length == 0 || code.Length % 3 != 0 || code.Any(ch => ch is < 'A' or > 'Z'))
            {
                result.Problems.Add($"{file}:{n}: bad agent code '{codeText}'");
                continue;
            }
            string head = line[..br].Trim();
            string? plural = null;
            bool noPlural = false;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                if (close < 0) { result.Problems.Add($"{file}:{n}: unclosed '{{'"); continue; }
                var inside = head[(brace + 1)..close].Trim();
                if (inside.Length == 0) noPlural = true; else plural = inside;
                head = head[..brace].Trim();
            }
            if (head.Length == 0) { result.Problems.Add($"{file}:{n}: empty agent phrase"); continue; }
            foreach (var form in Expand(head, sets, file, n, result.Problems))
            {
                var lemma = AgentText(form);
                if (lemma.Length == 0) continue;
                result.Agents.Add(new PetrarchAgent(file, n, lemma, lemma, code));
                if (noPlural) continue;
                var pl = plural is not null && !plural.Contains('!') ? AgentText(plural) : RegularPlural(lemma);
                if (pl != lemma) result.Agents.Add(new PetrarchAgent(file, n, pl, lemma, code));
            }
        }
    }

    /// <summary>Expands "!SET!" markers: "CATTLE!PERSON!" → CATTLEMAN, CATTLEMEN, CATTLEWOMAN, …</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets, string file, int line, List<string> problems)
    {
        int a = phrase.IndexOf('!');
        if (a < 0) { yield return phrase; yield break; }
        int b = phrase.IndexOf('!', a + 1);
        if (b < 0) { problems.Add($"{file}:{line}: unclosed substitution marker in '{phrase}'"); yield break; }
        var key = phrase[a..(b + 1)];
        if (!sets.TryGetValue(key, out var values)) { problems.Add($"{file}:{line}: unknown substitution set {key}"); yield break; }
        foreach (var v in values)
            foreach (var e in Expand(phrase[..a] + v + phrase[(b + 1)..], sets, file, line, problems))
                yield return e;
    }

    /// <summary>"HUMAN_RIGHTS_BODY_" → "human rights body".</summary>
    private static string AgentText(string phrase) =>
        string.Join(' ', phrase.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    /// <summary>Regular English plural of the last word ("police officer" → "police officers", "party" → "parties").</summary>
    internal static string RegularPlural(string s)
    {
        if (s.EndsWith("men", StringComparison.Ordinal) || s.EndsWith("people", StringComparison.Ordinal) || s.EndsWith("police", StringComparison.Ordinal)) return s;
        if (s.EndsWith("man", StringComparison.Ordinal)) return s[..^3] + "men";
        if (s.Length > 2 && s[^1] == 'y' && !"aeiou".Contains(s[^2])) return s[..^1] + "ies";
        if (s.EndsWith('s') || s.EndsWith('x') || s.EndsWith('z') || s.EndsWith("ch", StringComparison.Ordinal) || s.EndsWith("sh", StringComparison.Ordinal)) return s + "es";
        return s + "s";
    }

    // ---------------------------------------------------------------- conversion to the lexicon's TSV files

    private static readonly HashSet<string> LowerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "della", "des", "du", "da", "do", "dos", "la", "le", "les",
        "von", "van", "der", "den", "bin", "ibn", "bint", "al", "el", "y", "e", "et", "und",
    };

    /// <summary>
    /// Writes a PETRARCH phrase the way news text writes it: "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin",
    /// "BASHAR_AL-ASSAD" → "Bashar al-Assad"; words with digits and lone short consonant clusters stay upper case.
    /// </summary>
    public static string ToNewsCase(string phrase)
    {
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0) sb.Append(' ');
            var parts = words[w].Split('-');
            for (int p = 0; p < parts.Length; p++)
            {
                if (p > 0) sb.Append('-');
                sb.Append(CaseWord(parts[p], first: w == 0 && p == 0, beforeHyphen: p < parts.Length - 1));
            }
        }
        return sb.ToString();
    }

    private static string CaseWord(string word, bool first, bool beforeHyphen)
    {
        if (word.Length == 0) return word;
        if (word.Any(char.IsAsciiDigit) || word.Contains('.') && word.Length <= 4) return word.ToUpperInvariant();
        if (word.Any(char.IsLower) && word.Any(char.IsUpper)) return word; // already mixed case ("UN_Secy_Gen")
        var lower = word.ToLowerInvariant();
        if (!first && (LowerWords.Contains(lower) || (beforeHyphen && lower is "al" or "el" or "ad" or "as" or "ash" or "at" or "az"))) return lower;
        if (word.Length <= 3 && !lower.Any(c => "aeiouy".Contains(c))) return word.ToUpperInvariant(); // "PKK", "MSF"
        var sb = new StringBuilder(lower);
        sb[0] = char.ToUpperInvariant(sb[0]);
        // "O'BRIEN" → "O'Brien", "MC" names are left as they are.
        for (int i = 1; i + 1 < sb.Length; i++) if (sb[i] == '\'' && i <= 2) sb[i + 1] = char.ToUpperInvariant(sb[i + 1]);
        return sb.ToString();
    }

    /// <summary>Name forms of one phrase: news case, plus the all-caps form of a short one-word name (an acronym such as "NATO").</summary>
    private static IEnumerable<string> NameForms(string phrase)
    {
        // "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_": the name without the parenthesis, and the acronym inside it.
        int open = phrase.IndexOf('(');
        if (open >= 0)
        {
            int close = phrase.IndexOf(')', open);
            if (close > open)
            {
                var acronym = phrase[(open + 1)..close].Trim('_', ' ');
                if (acronym.Length >= 2) yield return acronym.ToUpperInvariant();
                phrase = phrase[..open] + phrase[(close + 1)..];
            }
        }
        phrase = phrase.Replace("+", "_", StringComparison.Ordinal);
        var news = ToNewsCase(phrase);
        if (news.Length == 0 || news.Contains('\t') || news.Contains('|')) yield break;
        yield return news;
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Length is >= 2 and <= 5 && words[0].All(char.IsAsciiLetterUpper)) yield return words[0];
    }

    /// <summary>
    /// Writes the import as lexicon files under <paramref name="outDir"/>/actors/: people-petrarch.tsv (dated entries),
    /// organizations-petrarch.tsv (undated entries that carry a role or are international) and roles-petrarch.tsv
    /// (agents). Entries coded by a bare country code (cities, provinces, country aliases) are skipped unless
    /// <paramref name="includeCountryLevel"/>: the country list already codes countries, and places are the place
    /// stage's work. Codes whose parts are not CAMEO role codes are skipped and reported.
    /// Point <c>TIDINGS_DATA</c> at <paramref name="outDir"/> (or pass it to <see cref="ActorLexicon.Load(string?)"/>) to use them.
    /// </summary>
    public static PetrarchWriteCounts WriteTsv(PetrarchImportResult result, string outDir, bool includeCountryLevel = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var dir = Path.Combine(outDir, "actors");
        Directory.CreateDirectory(dir);
        var lex = ActorLexicon.Default;
        var countryCodes = new HashSet<string>(lex.Countries.Select(c => c.Cameo), StringComparer.Ordinal);
        string source = string.Join(", ", result.Files);
        string stamp = $"# Imported by `tidings lexicon import-petrarch` from {source}.\n" +
                       "# PETRARCH2 dictionaries: MIT licence, Copyright (c) 2014 Open Event Data Alliance; keep this notice.\n";

        bool CodeOk(string code)
        {
            if (code.Length == 0 || code.Length % 3 != 0) return false;
            // A country code first ("SYRGOV"), or after a sector ("MNCUSA"); every other part a CAMEO role code.
            for (int i = 0; i < code.Length; i += 3)
            {
                var part = code.Substring(i, 3);
                if (!ActorLexicon.RoleCodes.Contains(part) && !(countryCodes.Contains(part) && (i == 0 || (i == 3 && code[..3] is "MNC" or "NGO" or "IGO" or "IMG" or "BUS")))) return false;
            }
            return true;
        }

        int people = 0, periods = 0, orgs = 0, roles = 0, skippedCountry = 0, badCode = 0;
        using (var pw = new StreamWriter(Path.Combine(dir, "people-petrarch.tsv"), false, new UTF8Encoding(false)))
        using (var ow = new StreamWriter(Path.Combine(dir, "organizations-petrarch.tsv"), false, new UTF8Encoding(false)))
        {
            pw.Write(stamp + "# Office holders: one row per dated code. Columns as people.tsv.\n# name\taliases\tcode\tstart\tend\n");
            ow.Write(stamp + "# Organisations and undated actors. Columns as organizations.tsv.\n# name\taliases\tcode\tiso3\tkind\n");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in result.Actors)
            {
                var names = a.Phrases.SelectMany(NameForms).Distinct(StringComparer.Ordinal).ToList();
                if (names.Count == 0) continue;
                string name = names[0], aliases = string.Join('|', names.Skip(1));
                var good = a.Codes.Where(c => CodeOk(c.Code)).ToList();
                if (good.Count < a.Codes.Count)
                {
                    badCode++;
                    foreach (var c in a.Codes.Where(c => !CodeOk(c.Code))) result.Problems.Add($"{a.File}:{a.Line}: code '{c.Code}' of '{a.Phrases[0]}' is not a CAMEO country + role code");
                }
                if (good.Count == 0) continue;
                if (a.IsDated)
                {
                    // The undated code of an office holder is the default outside the periods (usually …ELI), which the
                    // lexicon applies itself; only dated periods are written.
                    var dated = good.Where(c => c.Start is not null || c.End is not null).ToList();
                    if (dated.Count == 0) continue;
                    if (!seen.Add("P\t" + name)) continue;
                    people++;
                    foreach (var c in dated)
                    {
                        pw.Write($"{name}\t{aliases}\t{c.Code}\t{c.Start:yyyy-MM-dd}\t{c.End:yyyy-MM-dd}\n");
                        periods++;
                    }
                    continue;
                }
                var code = good[0].Code;
                if (code.Length == 3 && countryCodes.Contains(code) && !includeCountryLevel) { skippedCountry++; continue; }
                if (!seen.Add("O\t" + name)) continue;
                string iso = code.Length >= 3 && countryCodes.Contains(code[..3]) ? lex.IsoOfCode(code) ?? "" : "";
                ow.Write($"{name}\t{aliases}\t{code}\t{iso}\t\n");
                orgs++;
            }
        }
        using (var rw = new StreamWriter(Path.Combine(dir, "roles-petrarch.tsv"), false, new UTF8Encoding(false)))
        {
            rw.Write(stamp + "# Agents (role nouns). Columns as roles.tsv; no flags.\n# form\tlemma\tcode\tflags\n");
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in result.Agents)
            {
                if (!CodeOk(g.Code)) { result.Problems.Add($"{g.File}:{g.Line}: agent code '{g.Code}' is not made of CAMEO role codes"); continue; }
                if (seen.TryGetValue(g.Form, out var prev))
                {
                    if (prev != g.Code) result.Problems.Add($"{g.File}:{g.Line}: agent '{g.Form}' is both {prev} and {g.Code}; kept {prev}");
                    continue;
                }
                seen[g.Form] = g.Code;
                rw.Write($"{g.Form}\t{g.Lemma}\t{g.Code}\t\n");
                roles++;
            }
        }
        return new PetrarchWriteCounts(people, periods, orgs, roles, skippedCountry, badCode);
    }
}
