using System.Collections.Frozen;
using System.Text;

namespace Tidings.Coding;

/// <summary>One row of the converted lexicon, in the columns of <c>data/coding/verbs.tsv</c>.</summary>
/// <param name="Trigger">Lower-case lemma or phrase whose first word is the verb ("rush", "rush aid", "ask for").</param>
/// <param name="Line">1-based line of the PETRARCH verb or pattern line the row came from.</param>
public sealed record PetrarchVerbRow(string Trigger, TriggerKind Kind, string Cameo, IReadOnlyList<string> Preps,
    bool PrepOnly, bool Symmetric, IReadOnlyList<string> Forms, int Line);

/// <summary>What <see cref="PetrarchVerbImport.Read"/> read, what it wrote and what it skipped (with reasons).</summary>
public sealed class PetrarchVerbImportResult
{
    public string File { get; init; } = "";
    /// <summary>The converted rows, de-duplicated, in dictionary order.</summary>
    public List<PetrarchVerbRow> Rows { get; } = new();
    /// <summary>Unreadable lines as "file:line: reason".</summary>
    public List<string> Problems { get; } = new();
    /// <summary>Lines or expanded rows not converted, by reason (counted, not listed).</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);
    /// <summary>Well-formed codes that are not in our CAMEO table (PETRARCH additions), with how many rows they would have coded.</summary>
    public SortedDictionary<string, int> UnknownCodes { get; } = new(StringComparer.Ordinal);
    public int Blocks { get; set; }
    public int VerbLines { get; set; }
    public int Patterns { get; set; }
    public int Synsets { get; set; }
    public int SynsetMembers { get; set; }
    public int Transformations { get; set; }

    /// <summary>True when the input held at least one verb block: the file was a verb dictionary.</summary>
    public bool ReadAnything => Blocks > 0;

    internal void Skip(string reason, int n = 1)
    {
        Skipped.TryGetValue(reason, out var c);
        Skipped[reason] = c + n;
    }
}

/// <summary>
/// Converts a PETRARCH-2 verb dictionary (CAMEO.2.0.txt) — or an older PETRARCH-1/TABARI-style one
/// (CAMEO.verbpatterns.150430.txt) — into the columns of <c>data/coding/verbs.tsv</c>, so users can code with a
/// verb dictionary they already maintain (<c>TIDINGS_DATA=DIR</c> with DIR/coding/verbs.tsv).
/// <para>
/// Format read: synsets (<c>&amp;NAME</c> then <c>+MEMBER</c> lines; a label or member ending in <c>_</c> takes no
/// plural); verb blocks opened by <c>--- NAME [code] ---</c>, whose lines are verbs (<c>VERB {irregular forms} [code]</c>;
/// <c>+VERB_PARTICLE</c> marks the verb of a multi-word verb) and patterns (<c>- pre * post [code] # comment</c>) that
/// apply to every verb of the block; <c>~</c> transformations; <c>#</c> and <c>&lt;!-- --&gt;</c> comments. In
/// PETRARCH-2 patterns <c>{A B}</c> is a noun phrase and <c>(PREP ...)</c> a prepositional phrase; PETRARCH-1 patterns are
/// plain words with <c>+</c> (target), <c>$</c> (source), <c>%</c> (compound actor) and <c>^</c> (skip) markers. A code
/// <c>[a:p]</c> carries an active and a passive meaning; <c>[---]</c> is no event.
/// </para>
/// <para>
/// Mapping (also written into the output header): a verb's own code, else its block's default → a <c>verb</c> row
/// (a <c>phrase</c> row for a multi-word verb), with the irregular forms our inflector does not generate as
/// <c>forms=</c>; <c>- * (PREP)</c>, <c>- * (PREP +)</c>, <c>- * PREP +</c> → the verb with PREP as target preposition
/// (<c>prep</c> flag: the target must follow it); <c>- * + PREP</c> → the verb with PREP listed (target is the direct
/// object); words after <c>*</c> (a noun phrase, optionally with prepositional phrases) → a <c>phrase</c> row
/// "verb words", with a trailing target preposition as above; synsets → one row per member (our loader adds the
/// plural of a phrase's last word itself); <c>[x:x]</c> (same active and passive code) → <c>sym</c>; <c>[a:p]</c> →
/// the active code a. Skipped and counted: <c>[---]</c> and passive-only <c>[:p]</c> codes; patterns with words or
/// actors before the verb (subject constraints), with <c>$ % ^</c> after the verb or <c>+</c> inside the phrase;
/// phrases longer than <see cref="MaxPhraseWords"/> words (PETRARCH-1 sentence fragments); multi-word verbs whose verb
/// is not the first word; transformations; codes not in our CAMEO table (listed by code). A later row with the same
/// trigger and kind as an earlier one is merged when the code agrees (prepositions united) and otherwise skipped as
/// shadowed: Tidings picks the first row of a trigger and has no slot-dependent codes.
/// </para>
/// Nothing here throws for malformed input: the line is skipped and reported with its number.
/// </summary>
public static class PetrarchVerbImport
{
    /// <summary>Longest phrase written, verb included; longer PETRARCH-1 patterns are clause fragments that never match adjacent words.</summary>
    public const int MaxPhraseWords = 6;

    /// <summary>English prepositions that can introduce a target in a PETRARCH-1 "PREP +" pattern.</summary>
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["about", "across", "against", "along", "among", "amongst", "around", "as", "at", "before", "behind", "between",
         "by", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "over", "through", "to", "toward",
         "towards", "under", "upon", "with", "within", "without"], StringComparer.Ordinal);

    /// <summary>True when the file holds two verb block headers (<c>--- NAME [code] ---</c>) within its first 3,000 lines.</summary>
    public static bool LooksLikeVerbDictionary(string path)
    {
        try
        {
            using var r = new StreamReader(path);
            string? line; int n = 0, headers = 0;
            while ((line = r.ReadLine()) is not null && n++ < 3000)
                if (IsBlockHeader(line.Trim()) && ++headers >= 2) return true;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return false;
    }

    /// <summary>"--- NAME [code] ---"; the closing dashes are optional (PETRARCH-1 files have "--- DEFEND  ###").</summary>
    private static bool IsBlockHeader(string line) =>
        line.StartsWith("--- ", StringComparison.Ordinal) && line.AsSpan(4).Trim().TrimEnd('-').Trim().Length > 0;

    /// <summary>Reads a verb dictionary file (UTF-8, else Latin-1).</summary>
    public static PetrarchVerbImportResult ReadFile(string path, CameoTable? cameo = null, IReadOnlyDictionary<string, IrregularVerb>? irregular = null)
    {
        string name = Path.GetFileName(path);
        string text;
        try
        {
            var bytes = System.IO.File.ReadAllBytes(path);
            try { text = new UTF8Encoding(false, true).GetString(bytes); }
            catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(bytes); }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var r = new PetrarchVerbImportResult { File = name };
            r.Problems.Add($"{name}: {e.Message}");
            return r;
        }
        return Read(new StringReader(text), name, cameo, irregular);
    }

    private sealed class Verb
    {
        public required string[] Words;        // lower case, the verb first
        public required string Code;           // raw code text of the verb line, or the block default
        public required List<string> Surface;  // irregular surface spellings of the whole verb (phrase for multi-word)
        public int Line;
    }

    private sealed class Pattern
    {
        public required string Text;
        public required string Code;
        public int Line;
    }

    /// <summary>Parses a verb dictionary and converts it (see the class summary for the mapping).</summary>
    public static PetrarchVerbImportResult Read(TextReader reader, string file, CameoTable? cameo = null, IReadOnlyDictionary<string, IrregularVerb>? irregular = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        cameo ??= CameoTable.Default;
        irregular ??= LoadOurIrregular();
        var result = new PetrarchVerbImportResult { File = file };
        var lines = new List<(int No, string Text)>();
        {
            string? raw; int n = 0; bool inXml = false;
            while ((raw = reader.ReadLine()) is not null)
            {
                n++;
                var s = StripComments(raw, ref inXml).Trim();
                if (s.Length > 0) lines.Add((n, s));
            }
        }
        // Pass 1: synsets, which PETRARCH lets a pattern use wherever they are defined.
        var synsets = ReadSynsets(lines, file, result);

        // Pass 2: verb blocks.
        var writer = new RowWriter(result, cameo);
        string? blockCode = null;
        var verbs = new List<Verb>();
        var patterns = new List<Pattern>();
        bool inSynset = false;
        void Flush()
        {
            if (blockCode is not null) EmitBlock(verbs, patterns, synsets, irregular, writer, result, file);
            verbs.Clear(); patterns.Clear();
        }
        foreach (var (no, s) in lines)
        {
            if (s[0] == '&') { inSynset = true; continue; }
            if (s[0] == '+' && inSynset) continue;
            inSynset = false;
            if (s[0] == '~') { result.Transformations++; result.Skip("transformation (~), not expressible as a trigger row"); continue; }
            if (s.StartsWith("---", StringComparison.Ordinal))
            {
                Flush();
                if (!IsBlockHeader(s)) { result.Problems.Add($"{file}:{no}: malformed verb block header"); blockCode = null; continue; }
                result.Blocks++;
                blockCode = TryBracket(s, out var c, out _) ? c : "---";
                continue;
            }
            if (s[0] == '-')
            {
                if (blockCode is null) { result.Problems.Add($"{file}:{no}: pattern outside a verb block"); continue; }
                result.Patterns++;
                if (!TryBracket(s, out var pc, out int open)) { result.Problems.Add($"{file}:{no}: pattern without a [code]"); continue; }
                patterns.Add(new Pattern { Text = s[1..open].Trim(), Code = pc, Line = no });
                continue;
            }
            if (blockCode is null) { result.Problems.Add($"{file}:{no}: line outside a verb block"); continue; }
            result.VerbLines++;
            if (ParseVerb(s, no, blockCode, file, result) is { } v) verbs.Add(v);
        }
        Flush();
        return result;
    }

    private static FrozenDictionary<string, IrregularVerb>? _ourIrregular;

    private static FrozenDictionary<string, IrregularVerb> LoadOurIrregular()
    {
        if (_ourIrregular is { } d) return d;
        using var r = DataFiles.OpenText("coding/irregular-verbs.tsv");
        return _ourIrregular = CodingLexicon.LoadIrregular(r);
    }

    /// <summary>Removes <c>#</c> comments and one-line or multi-line <c>&lt;!-- --&gt;</c> comments.</summary>
    private static string StripComments(string line, ref bool inXml)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < line.Length)
        {
            if (inXml)
            {
                int end = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) return sb.ToString();
                inXml = false; i = end + 3; continue;
            }
            int open = line.IndexOf("<!--", i, StringComparison.Ordinal);
            int hash = line.IndexOf('#', i);
            if (hash >= 0 && (open < 0 || hash < open)) { sb.Append(line, i, hash - i); return sb.ToString(); }
            if (open < 0) { sb.Append(line, i, line.Length - i); return sb.ToString(); }
            sb.Append(line, i, open - i);
            inXml = true; i = open + 4;
        }
        return sb.ToString();
    }

    /// <summary>The text inside the last "[...]" of the line, and where its '[' is.</summary>
    private static bool TryBracket(string s, out string code, out int open)
    {
        code = ""; open = s.LastIndexOf('[');
        if (open < 0) return false;
        int close = s.IndexOf(']', open);
        if (close < 0) return false;
        code = s[(open + 1)..close].Trim();
        return true;
    }

    private static Dictionary<string, List<string[]>> ReadSynsets(List<(int No, string Text)> lines, string file, PetrarchVerbImportResult result)
    {
        var sets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? cur = null;
        foreach (var (no, s) in lines)
        {
            if (s[0] == '&')
            {
                var label = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('_');
                if (label.Length < 2) { result.Problems.Add($"{file}:{no}: empty synset label"); cur = null; continue; }
                sets[label] = cur = new List<string[]>();
                result.Synsets++;
                continue;
            }
            if (s[0] != '+' || cur is null) { cur = null; continue; }
            var words = Words(s[1..], out var bad);
            if (bad is not null) { result.Problems.Add($"{file}:{no}: synset member: {bad}"); continue; }
            if (words.Length == 0) { result.Problems.Add($"{file}:{no}: empty synset member"); continue; }
            cur.Add(words);
            result.SynsetMembers++;
        }
        return sets;
    }

    /// <summary>Splits dictionary text into lower-case words ("PRIME_MINISTER" → prime, minister); says why when a token cannot be a word.</summary>
    private static string[] Words(string text, out string? bad)
    {
        bad = null;
        var list = new List<string>();
        foreach (var tok in text.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsWord(tok)) { bad = $"'{tok}' is not a word"; return []; }
            list.Add(tok.ToLowerInvariant());
        }
        return list.ToArray();
    }

    private static bool IsWord(string tok)
    {
        if (tok.Length == 0 || !char.IsLetterOrDigit(tok[0])) return false;
        foreach (var ch in tok)
            if (!(char.IsLetterOrDigit(ch) || ch is '-' or '\'' or '.')) return false;
        return true;
    }

    /// <summary>Parses "VERB {FORMS} [CODE]" or "+VERB_PARTICLE {+FORM_PARTICLE ...} [CODE]".</summary>
    private static Verb? ParseVerb(string s, int no, string blockCode, string file, PetrarchVerbImportResult result)
    {
        string code = blockCode;
        int br = s.IndexOf('[');
        if (br >= 0)
        {
            if (!TryBracket(s, out code, out br)) { result.Problems.Add($"{file}:{no}: unclosed '['"); return null; }
            s = s[..br].Trim();
        }
        string[] forms = [];
        int brace = s.IndexOf('{');
        if (brace >= 0)
        {
            int close = s.IndexOf('}', brace);
            if (close < 0) { result.Problems.Add($"{file}:{no}: unclosed '{{'"); return null; }
            forms = s[(brace + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            s = s[..brace].Trim();
        }
        if (s.Length == 0 || s.Contains(' ') || s.Contains('\t')) { result.Problems.Add($"{file}:{no}: a verb line holds one verb, got '{s}'"); return null; }
        if (!TryVerbWords(s, out var words, out var why))
        {
            if (why is null) { result.Skip("multi-word verb whose verb is not its first word (RE_+ARREST)"); return null; }
            result.Problems.Add($"{file}:{no}: {why}");
            return null;
        }
        var surface = new List<string>();
        foreach (var f in forms)
        {
            if (!TryVerbWords(f, out var fw, out _) || fw.Length != words.Length) continue;
            surface.Add(string.Join(' ', fw));
        }
        return new Verb { Words = words, Code = code, Surface = surface, Line = no };
    }

    /// <summary>"+ASK_FOR" → [ask, for]; "BRING" → [bring]. False with a null reason for a verb-last multi-word verb.</summary>
    private static bool TryVerbWords(string s, out string[] words, out string? why)
    {
        words = []; why = null;
        var parts = s.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) { why = $"empty verb '{s}'"; return false; }
        if (parts.Length > 1)
        {
            int plus = Array.FindIndex(parts, p => p.StartsWith('+'));
            if (plus < 0) { why = $"multi-word verb '{s}' does not mark its verb with '+'"; return false; }
            if (plus > 0) return false;
        }
        var list = new List<string>();
        foreach (var p in parts)
        {
            var w = p.TrimStart('+');
            if (!IsWord(w)) { why = $"'{p}' is not a word"; return false; }
            list.Add(w.ToLowerInvariant());
        }
        words = list.ToArray();
        return true;
    }

    /// <summary>Active code, symmetric flag, or a skip reason; a malformed code gives a problem text.</summary>
    private static bool TryCode(string raw, out string code, out bool sym, out string? skip, out string? problem)
    {
        code = ""; sym = false; skip = null; problem = null;
        var parts = raw.Split(':');
        if (parts.Length > 2) { problem = $"code '[{raw}]' has more than two parts"; return false; }
        string active = parts[0].Trim(), passive = parts.Length > 1 ? parts[1].Trim() : "";
        foreach (var p in parts)
        {
            var t = p.Trim();
            if (t is "" or "---") continue;
            if (!CameoTable.IsWellFormed(t) || !CodingLexicon.IsCameoFormat(t)) { problem = $"code '[{raw}]' is not a CAMEO code"; return false; }
        }
        if (active is "" or "---")
        {
            skip = passive is "" or "---" ? "no event code [---]" : "passive-only code [:p] (no active event)";
            return false;
        }
        code = active;
        sym = passive == active;
        return true;
    }

    /// <summary>The conversion of one pattern: extra words after the verb, target prepositions, and how the target attaches.</summary>
    private readonly record struct Shape(List<string> Tokens, List<string> Preps, bool PrepOnly);

    private static void EmitBlock(List<Verb> verbs, List<Pattern> patterns, Dictionary<string, List<string[]>> synsets,
        IReadOnlyDictionary<string, IrregularVerb> irregular, RowWriter writer, PetrarchVerbImportResult result, string file)
    {
        var extraForms = verbs.Select(v => ExtraForms(v, irregular)).ToList();
        for (int i = 0; i < verbs.Count; i++)
        {
            var v = verbs[i];
            if (!TryCode(v.Code, out var code, out var sym, out var skip, out var problem))
            {
                if (problem is not null) result.Problems.Add($"{file}:{v.Line}: {problem}");
                else result.Skip("verb: " + skip);
                continue;
            }
            writer.Add(new PetrarchVerbRow(string.Join(' ', v.Words), v.Words.Length > 1 ? TriggerKind.Phrase : TriggerKind.Verb,
                code, [], false, sym, extraForms[i], v.Line));
        }
        foreach (var p in patterns)
        {
            if (!TryCode(p.Code, out var code, out var sym, out var skip, out var problem))
            {
                if (problem is not null) result.Problems.Add($"{file}:{p.Line}: {problem}");
                else result.Skip("pattern: " + skip);
                continue;
            }
            if (verbs.Count == 0) { result.Skip("pattern: block has no usable verb"); continue; }
            if (!TryShape(p.Text, out var shape, out skip, out problem))
            {
                if (problem is not null) result.Problems.Add($"{file}:{p.Line}: {problem}");
                else result.Skip("pattern: " + skip);
                continue;
            }
            var expansions = ExpandSynsets(shape.Tokens, synsets, out var undefined);
            if (undefined is not null) { result.Problems.Add($"{file}:{p.Line}: synset {undefined} is not defined; pattern skipped (as PETRARCH does)"); continue; }
            foreach (var words in expansions)
            {
                for (int i = 0; i < verbs.Count; i++)
                {
                    var v = verbs[i];
                    if (v.Words.Length + words.Count > MaxPhraseWords) { result.Skip($"row: longer than {MaxPhraseWords} words"); continue; }
                    if (words.Count == 0)
                    {
                        writer.Add(new PetrarchVerbRow(string.Join(' ', v.Words), v.Words.Length > 1 ? TriggerKind.Phrase : TriggerKind.Verb,
                            code, shape.Preps, shape.PrepOnly, sym, extraForms[i], p.Line));
                        continue;
                    }
                    var rest = string.Join(' ', words);
                    writer.Add(new PetrarchVerbRow(string.Join(' ', v.Words) + " " + rest, TriggerKind.Phrase, code, shape.Preps, shape.PrepOnly, sym,
                        extraForms[i].Select(f => f + " " + rest).ToList(), p.Line));
                }
            }
        }
    }

    /// <summary>The PETRARCH forms of a verb that our inflector (with our irregular table) does not generate.</summary>
    private static List<string> ExtraForms(Verb v, IReadOnlyDictionary<string, IrregularVerb> irregular)
    {
        if (v.Surface.Count == 0) return [];
        var ours = new HashSet<string>(Inflector.VerbForms(v.Words[0], irregular), StringComparer.Ordinal);
        var rest = v.Words.Length > 1 ? " " + string.Join(' ', v.Words[1..]) : "";
        return v.Surface.Where(f => !ours.Contains(f.Length > rest.Length && f.EndsWith(rest, StringComparison.Ordinal) ? f[..^rest.Length] : f))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Reads the part of a pattern after '-': nothing (or only the source marker '$') before '*', then words, noun
    /// phrases and prepositional phrases, with the target at the end (see the class summary).
    /// </summary>
    private static bool TryShape(string text, out Shape shape, out string? skip, out string? problem)
    {
        shape = default; skip = null; problem = null;
        var spaced = new StringBuilder(text.Length + 16);
        // TABARI's consecutive-word connector may touch the verb: "IS_* TRIP", "*_BY_$ AS".
        text = text.Replace("*_", "* ", StringComparison.Ordinal).Replace("_*", " *", StringComparison.Ordinal);
        foreach (var ch in text)
        {
            if (ch is '{' or '}' or '(' or ')') spaced.Append(' ').Append(ch).Append(' ');
            else spaced.Append(ch);
        }
        var toks = spaced.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        int star = toks.FindIndex(t => t is "*" or "**");
        if (star < 0 || toks.FindLastIndex(t => t is "*" or "**") != star) { problem = "a pattern needs exactly one '*' (the verb)"; return false; }
        var pre = toks[..star];
        if (pre.Count > 0 && !(pre.Count == 1 && pre[0] == "$")) { skip = "words or actors before the verb (subject constraint)"; return false; }
        // Items after the verb: a word, or a prepositional phrase (its words), or a marker.
        var items = new List<(bool Pp, List<string> Words)>();
        int depthNp = 0;
        List<string>? pp = null;
        foreach (var t in toks[(star + 1)..])
        {
            switch (t)
            {
                case "{": if (depthNp++ > 0) { problem = "nested '{'"; return false; } continue;
                case "}": if (--depthNp < 0) { problem = "unbalanced '}'"; return false; } continue;
                case "(":
                    if (pp is not null) { problem = "nested '('"; return false; }
                    pp = new List<string>(); continue;
                case ")":
                    if (pp is null) { problem = "unbalanced ')'"; return false; }
                    items.Add((true, pp)); pp = null; continue;
            }
            if (t is "$" or "%" or "^") { skip = "source, compound-actor or skip marker ($ % ^) after the verb"; return false; }
            if (t != "+" && !(t[0] == '&' && t.Length > 1) && !IsWord(t.Replace("_", "", StringComparison.Ordinal)))
            { problem = $"'{t}' is not a word"; return false; }
            if (pp is not null) pp.Add(t); else items.Add((false, [t]));
        }
        if (pp is not null || depthNp != 0) { problem = "unclosed '(' or '{'"; return false; }

        var preps = new List<string>();
        bool prepOnly = false;
        // A trailing target: "(PREP)", "(PREP +)", "PREP +", "+", or several bare "(PREP)" in a row.
        int end = items.Count;
        bool Is(int i, string w) => i >= 0 && i < items.Count && !items[i].Pp && items[i].Words[0] == w;
        if (end >= 2 && Is(end - 1, "+") && !items[end - 2].Pp && Prepositions.Contains(items[end - 2].Words[0].ToLowerInvariant()))
        {
            preps.Add(items[end - 2].Words[0].ToLowerInvariant()); prepOnly = true; end -= 2;
        }
        else
        {
            if (Is(end - 1, "+")) end--;
            while (end > 0 && items[end - 1].Pp && (items[end - 1].Words.Count == 1 && Prepositions.Contains(items[end - 1].Words[0].ToLowerInvariant())
                   || items[end - 1].Words.Count == 2 && items[end - 1].Words[1] == "+"))
            {
                preps.Insert(0, items[end - 1].Words[0].ToLowerInvariant()); prepOnly = true; end--;
            }
        }
        // "- * + PREP": the target is the direct object, the preposition follows it.
        if (end == 2 && Is(0, "+") && !items[1].Pp && Prepositions.Contains(items[1].Words[0].ToLowerInvariant()) && preps.Count == 0)
        {
            shape = new Shape([], [items[1].Words[0].ToLowerInvariant()], false);
            return true;
        }
        var tokens = new List<string>();
        for (int i = 0; i < end; i++)
            foreach (var w in items[i].Words)
            {
                if (w == "+") { skip = "target marker (+) inside the phrase"; return false; }
                tokens.Add(w);
            }
        shape = new Shape(tokens, preps, prepOnly);
        return true;
    }

    /// <summary>Every word sequence a pattern's tokens stand for, one per combination of synset members.</summary>
    private static List<List<string>> ExpandSynsets(List<string> tokens, Dictionary<string, List<string[]>> synsets, out string? undefined)
    {
        undefined = null;
        var acc = new List<List<string>> { new() };
        foreach (var t in tokens)
        {
            if (t[0] == '&')
            {
                var label = t.TrimEnd('_');
                if (!synsets.TryGetValue(label, out var members)) { undefined = t; return []; }
                var next = new List<List<string>>(acc.Count * members.Count);
                foreach (var a in acc)
                    foreach (var m in members)
                    {
                        var l = new List<string>(a); l.AddRange(m); next.Add(l);
                    }
                acc = next;
                continue;
            }
            var words = t.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
            foreach (var a in acc) a.AddRange(words);
        }
        return acc;
    }

    /// <summary>Collects rows: drops codes outside our CAMEO table, merges same-trigger rows with the same code, skips shadowed ones.</summary>
    private sealed class RowWriter(PetrarchVerbImportResult result, CameoTable cameo)
    {
        private readonly Dictionary<(string, TriggerKind), int> _index = new();

        public void Add(PetrarchVerbRow row)
        {
            if (!cameo.Contains(row.Cameo))
            {
                result.UnknownCodes.TryGetValue(row.Cameo, out var c);
                result.UnknownCodes[row.Cameo] = c + 1;
                result.Skip("row: code not in our CAMEO table");
                return;
            }
            if (!_index.TryGetValue((row.Trigger, row.Kind), out var i))
            {
                _index[(row.Trigger, row.Kind)] = result.Rows.Count;
                result.Rows.Add(row);
                return;
            }
            var old = result.Rows[i];
            if (old.Cameo != row.Cameo) { result.Skip("row: shadowed by an earlier row with the same trigger and another code"); return; }
            var preps = old.Preps.Concat(row.Preps).Distinct(StringComparer.Ordinal).ToList();
            // The target may be the direct object if either row allowed it.
            bool prepOnly = old.PrepOnly && row.PrepOnly;
            var forms = old.Forms.Concat(row.Forms).Distinct(StringComparer.Ordinal).ToList();
            if (preps.Count == old.Preps.Count && prepOnly == old.PrepOnly && forms.Count == old.Forms.Count && (old.Symmetric || !row.Symmetric))
            { result.Skip("row: duplicate of an earlier row"); return; }
            result.Rows[i] = old with { Preps = preps, PrepOnly = prepOnly, Forms = forms, Symmetric = old.Symmetric || row.Symmetric };
            result.Skip("row: merged into an earlier row (same trigger and code)");
        }
    }

    // ---------------------------------------------------------------- output

    /// <summary>Writes the rows in the format of <c>data/coding/verbs.tsv</c>, with a header that states the source and mapping.</summary>
    public static void WriteTsv(PetrarchVerbImportResult result, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        w.Write($$"""
            # Tidings event-trigger lexicon imported by `tidings lexicon import-petrarch` from the PETRARCH verb dictionary
            # {{result.File}}. PETRARCH dictionaries: MIT licence, Copyright (c) 2014/2015 Open Event Data Alliance; keep this notice.
            # Use it with TIDINGS_DATA=<this folder's parent>; the embedded data/coding/verbs.tsv stays the default.
            # Columns and flags: see the header of Tidings' own data/coding/verbs.tsv.
            #
            # Mapping: a verb line's own code, else its block's `--- NAME [code] ---` default, gives a verb row (a phrase row
            # for a multi-word verb `+ASK_FOR`); irregular forms our inflector does not generate become forms=.
            # `- * (PREP)`, `- * (PREP +)`, `- * PREP +` give the verb with PREP as target preposition (flag prep);
            # `- * + PREP` gives the verb with PREP listed (target is the direct object). Words after `*` (noun phrases
            # `{A B}`, prepositional phrases `(IN COURT)`) give a phrase row "verb words", with a trailing target
            # preposition as above. Patterns apply to every verb of their block, as in PETRARCH. Synsets (&NAME) are
            # expanded, one row per member. Code [a:p]: the active code a; [x:x] adds sym.
            # Skipped and counted: [---] and passive-only [:p] codes; patterns with words or actors before the verb,
            # with $ % ^ after it, or with + inside the phrase; rows longer than {{MaxPhraseWords}} words; multi-word verbs whose
            # verb is not the first word; ~ transformations; codes not in Tidings' CAMEO table; rows shadowed by an
            # earlier row with the same trigger and another code (Tidings picks the first row of a trigger).
            # Not carried over: PETRARCH's parse-tree constraints (a noun phrase word must be in the verb's object) become
            # adjacency with up to two skippable words; the passive reading of [a:p]; irregular forms are not participles.
            #
            # Read: {{result.Blocks}} verb blocks, {{result.VerbLines}} verb lines, {{result.Patterns}} patterns, {{result.Synsets}} synsets ({{result.SynsetMembers}} members), {{result.Transformations}} transformations.
            # Written: {{result.Rows.Count}} rows ({{result.Rows.Count(r => r.Kind == TriggerKind.Verb)}} verbs, {{result.Rows.Count(r => r.Kind == TriggerKind.Phrase)}} phrases), {{result.Rows.Select(r => r.Cameo).Distinct().Count()}} CAMEO codes.
            #
            # trigger	kind	cameo	preps	flags

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var r in result.Rows)
        {
            var flags = new List<string>();
            if (r.PrepOnly && r.Preps.Count > 0) flags.Add("prep");
            if (r.Symmetric) flags.Add("sym");
            if (r.Forms.Count > 0) flags.Add("forms=" + string.Join('|', r.Forms));
            string kind = r.Kind == TriggerKind.Phrase ? "phrase" : "verb";
            w.Write($"{r.Trigger}\t{kind}\t{r.Cameo}\t{(r.Preps.Count == 0 ? "-" : string.Join(',', r.Preps))}\t{(flags.Count == 0 ? "-" : string.Join(',', flags))}\n");
        }
    }

    /// <summary>Writes <paramref name="outDir"/>/coding/verbs.tsv and returns its path.</summary>
    public static string WriteFile(PetrarchVerbImportResult result, string outDir)
    {
        var dir = Path.Combine(outDir, "coding");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "verbs.tsv");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        WriteTsv(result, w);
        return path;
    }
}
