using System.Collections.Frozen;

namespace Tidings.Syntax;

/// <summary>
/// A lemmatizer learned from a treebank. Three sources, most specific first:
/// <list type="number">
/// <item>the word form as written, with its XPOS, when the treebank's lemma for it is not what the rules give
///       ("was"/VBD → "be", "Americans"/NNPS → "American");</item>
/// <item>the lower-cased form with its XPOS (sentence-initial capitals: "Children"/NNS → "child");</item>
/// <item>suffix rules learned per XPOS: for the longest suffix of the form (up to <see cref="MaxSuffix"/> chars)
///       seen at least <see cref="MinRuleCount"/> times, the most frequent edit "lower-case or not, strip k chars,
///       append s" ("-ies"/NNS → strip 3, add "y"). Unseen words get the rule of their ending.</item>
/// </list>
/// Invariant: a lemma is never empty; when no rule fits, the lemma is the form (lower-cased unless PROPN-like).
/// </summary>
public sealed class LemmaModel
{
    public const int MaxSuffix = 6;
    public const int MinRuleCount = 2;

    /// <summary>An edit from form to lemma: optionally lower-case, then strip <see cref="Strip"/> chars and append <see cref="Add"/>.</summary>
    public readonly record struct Rule(bool Lower, int Strip, string Add)
    {
        public string? Apply(string form)
        {
            if (Strip >= form.Length && Add.Length == 0) return null;
            if (Strip > form.Length) return null;
            var f = Lower ? form.ToLowerInvariant() : form;
            if (Strip == 0 && Add.Length == 0) return f;
            return string.Concat(f.AsSpan(0, f.Length - Strip), Add);
        }

        public static Rule Between(string form, string lemma, bool proper)
        {
            // Keep case when the lemma keeps it ("Microsoft"), lower-case when it does not ("The" → "the"); when
            // both give the lemma (a lower-case form), the tag decides: names keep case, other words lower it.
            var keep = Make(form, lemma, false);
            var lower = Make(form, lemma, true);
            return Cost(lower) < Cost(keep) ? lower : Cost(keep) < Cost(lower) ? keep : proper ? keep : lower;
        }

        private static int Cost(Rule r) => r.Strip + r.Add.Length;

        private static Rule Make(string form, string lemma, bool lower)
        {
            var f = lower ? form.ToLowerInvariant() : form;
            int p = 0;
            while (p < f.Length && p < lemma.Length && f[p] == lemma[p]) p++;
            return new Rule(lower, f.Length - p, lemma[p..]);
        }
    }

    private readonly string[] _xpos;
    private readonly FrozenDictionary<string, (byte Xpos, string Lemma)[]> _exact;
    private readonly FrozenDictionary<string, (byte Xpos, string Lemma)[]> _lower;
    private readonly FrozenDictionary<string, Rule> _rules; // key: xpos '\u0001' suffix (lower-cased)
    private readonly FrozenDictionary<string, byte> _xposIndex;

    private LemmaModel(string[] xpos, Dictionary<string, (byte, string)[]> exact, Dictionary<string, (byte, string)[]> lower, Dictionary<string, Rule> rules)
    {
        _xpos = xpos;
        _xposIndex = xpos.Select((x, i) => (x, i)).ToFrozenDictionary(p => p.x, p => (byte)p.i, StringComparer.Ordinal);
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _lower = lower.ToFrozenDictionary(StringComparer.Ordinal);
        _rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int ExceptionCount => _exact.Count + _lower.Count;
    public int RuleCount => _rules.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (a Penn tag; unknown tags use the rules of none).</summary>
    public string Lemmatize(string form, string xpos)
    {
        if (form.Length == 0) return form;
        _xposIndex.TryGetValue(xpos, out byte xi);
        if (_exact.TryGetValue(form, out var list) && Find(list, xi) is { } l1) return l1;
        string lower = form.ToLowerInvariant();
        if (_lower.TryGetValue(lower, out list) && Find(list, xi) is { } l2) return l2;
        return ByRule(form, lower, xpos) ?? Fallback(form, lower, xpos);
    }

    private static string? Find((byte Xpos, string Lemma)[] list, byte xpos)
    {
        foreach (var (x, l) in list) if (x == xpos) return l;
        return null;
    }

    private string? ByRule(string form, string lower, string xpos)
    {
        // Inflected open-class words follow English morphology better than rare learned edits
        // ("bombed" → "bomb", not "bombe" learned from "combed"): the hand-written rules go first.
        if (Morphology(form, lower, xpos) is { } m) return m;
        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            var key = string.Concat(xpos, "\u0001", lower.AsSpan(lower.Length - k));
            if (_rules.TryGetValue(key, out var rule) && rule.Strip <= 4 && rule.Add.Length <= 3 && rule.Apply(form) is { Length: > 0 } lemma) return lemma;
        }
        return null;
    }

    private static string? Morphology(string form, string lower, string xpos)
    {
        foreach (var ch in lower) if (!char.IsLetter(ch) && ch != '-') return null;
        return xpos switch
        {
            "VBD" or "VBN" or "VBG" or "VBZ" => Lemmatizer.Verb(lower),
            // "The bank unfroze the accounts", "forgave the debt": an irregular past the tagger read as a base form.
            "VB" or "VBP" => Lemmatizer.IrregularPastOnly(lower),
            "NNS" => Lemmatizer.Lemmatize(lower, Documents.Upos.NOUN),
            "JJR" or "JJS" => Lemmatizer.Lemmatize(lower, Documents.Upos.ADJ),
            _ => null,
        };
    }

    private static bool IsProper(string xpos) => xpos.StartsWith("NNP", StringComparison.Ordinal);

    private static string Fallback(string form, string lower, string xpos) => IsProper(xpos) ? form : lower;

    // ---- training -------------------------------------------------------------------------------------

    /// <summary>Learns the tables from every word of a treebank.</summary>
    public static LemmaModel Train(IEnumerable<ConlluSentence> treebank) =>
        Train(treebank.SelectMany(s => s.Words).Select(w => (w.Form, w.Xpos, w.Lemma)));

    /// <summary>Learns the tables from (form, XPOS, lemma) triples of a treebank.</summary>
    public static LemmaModel Train(IEnumerable<(string Form, string Xpos, string Lemma)> words)
    {
        var data = words.Where(w => w.Form.Length > 0 && w.Lemma.Length > 0 && w.Lemma != "_").ToList();
        var xposList = data.Select(d => d.Xpos).Distinct().Order(StringComparer.Ordinal).ToList();
        if (xposList.Count > 255) throw new InvalidDataException($"{xposList.Count} XPOS tags; the lemmatizer supports 255");

        // Suffix rules: count each rule under every suffix length of the lower-cased form.
        var ruleCounts = new Dictionary<string, Dictionary<Rule, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in data)
        {
            var rule = Rule.Between(form, lemma, IsProper(xpos));
            var lower = form.ToLowerInvariant();
            for (int k = 0; k <= Math.Min(MaxSuffix, lower.Length); k++)
            {
                var key = string.Concat(xpos, "\u0001", lower.AsSpan(lower.Length - k));
                if (!ruleCounts.TryGetValue(key, out var c)) ruleCounts[key] = c = new Dictionary<Rule, int>();
                c[rule] = c.GetValueOrDefault(rule) + 1;
            }
        }
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var (rule, n) = counts.MaxBy(p => (p.Value, -p.Key.Strip - p.Key.Add.Length));
            bool isXposOnly = key[^1] == '\u0001';
            if (n >= MinRuleCount || isXposOnly) rules[key] = rule;
        }
        var model = new LemmaModel([.. xposList], new(), new(), rules);

        // Exceptions: forms whose majority lemma the rules get wrong.
        var exact = Majority(data.Select(d => (d.Form, d.Xpos, d.Lemma)));
        var lowerMaj = Majority(data.Select(d => (d.Form.ToLowerInvariant(), d.Xpos, d.Lemma)));
        var exactEx = new Dictionary<string, List<(byte, string)>>(StringComparer.Ordinal);
        var lowerEx = new Dictionary<string, List<(byte, string)>>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemma) in lowerMaj)
        {
            var lower = form;
            if ((model.ByRule(lower, lower, xpos) ?? Fallback(lower, lower, xpos)) == lemma) continue;
            Add(lowerEx, form, (byte)xposList.IndexOf(xpos), lemma);
        }
        var withLower = new LemmaModel([.. xposList], new(), lowerEx.ToDictionary(p => p.Key, p => p.Value.ToArray()), rules);
        foreach (var ((form, xpos), lemma) in exact)
        {
            if (withLower.Lemmatize(form, xpos) == lemma) continue;
            Add(exactEx, form, (byte)xposList.IndexOf(xpos), lemma);
        }
        return new LemmaModel([.. xposList], exactEx.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            lowerEx.ToDictionary(p => p.Key, p => p.Value.ToArray()), rules);

        static void Add(Dictionary<string, List<(byte, string)>> d, string form, byte x, string lemma)
        {
            if (!d.TryGetValue(form, out var l)) d[form] = l = new();
            l.Add((x, lemma));
        }
    }

    private static Dictionary<(string, string), string> Majority(IEnumerable<(string Form, string Xpos, string Lemma)> data)
    {
        var counts = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var (f, x, l) in data)
        {
            if (!counts.TryGetValue((f, x), out var c)) counts[(f, x)] = c = new Dictionary<string, int>(StringComparer.Ordinal);
            c[l] = c.GetValueOrDefault(l) + 1;
        }
        return counts.ToDictionary(p => p.Key, p => p.Value.MaxBy(q => q.Value).Key);
    }

    // ---- binary form ------------------------------------------------------------------------------------

    public void Write(BinaryWriter w)
    {
        w.Write(_xpos.Length);
        foreach (var x in _xpos) w.Write(x);
        WriteTable(w, _exact);
        WriteTable(w, _lower);
        w.Write(_rules.Count);
        foreach (var (k, r) in _rules) { w.Write(k); w.Write(r.Lower); w.Write((byte)Math.Min(r.Strip, 255)); w.Write(r.Add); }
    }

    private static void WriteTable(BinaryWriter w, FrozenDictionary<string, (byte Xpos, string Lemma)[]> t)
    {
        w.Write(t.Count);
        foreach (var (form, list) in t)
        {
            w.Write(form);
            w.Write((byte)list.Length);
            foreach (var (x, l) in list) { w.Write(x); w.Write(l); }
        }
    }

    public static LemmaModel Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > 255) throw new InvalidDataException($"bad XPOS count {n}");
        var xpos = new string[n];
        for (int i = 0; i < n; i++) xpos[i] = r.ReadString();
        var exact = ReadTable(r);
        var lower = ReadTable(r);
        int rc = r.ReadInt32();
        if (rc < 0) throw new InvalidDataException($"bad rule count {rc}");
        var rules = new Dictionary<string, Rule>(rc, StringComparer.Ordinal);
        for (int i = 0; i < rc; i++) rules[r.ReadString()] = new Rule(r.ReadBoolean(), r.ReadByte(), r.ReadString());
        return new LemmaModel(xpos, exact, lower, rules);
    }

    private static Dictionary<string, (byte, string)[]> ReadTable(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException($"bad table size {n}");
        var d = new Dictionary<string, (byte, string)[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var form = r.ReadString();
            var list = new (byte, string)[r.ReadByte()];
            for (int j = 0; j < list.Length; j++) list[j] = (r.ReadByte(), r.ReadString());
            d[form] = list;
        }
        return d;
    }
}
