using System.Collections.Frozen;
using Tidings.Learning;

namespace Tidings.Coding;

/// <summary>
/// What the trigger lexicon says about a word's distributional class (decision 150): for a verb or noun, the CAMEO roots
/// the lexicon gives to the <b>other</b> lemmas of its word class (<c>data/models/wordclasses.tsv</c>), and the roots it
/// gives the word itself. The learned trigger model reads these so that a wording the lexicon lacks ("rebuked" when only
/// "criticise" and "condemn" are rows) is carried to a root its class-mates have. Built once from the lexicon; immutable.
/// </summary>
public sealed class LexiconClassCodes
{
    /// <summary>How many of a class's most frequent roots are features: more than that names nothing about the class.</summary>
    public const int TopRoots = 3;

    /// <summary>Words after a verb that leave the phrase a verb's ("call for", "crack down on", "lash out at").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
        { "for", "on", "upon", "with", "to", "in", "into", "out", "off", "of", "up", "down", "at", "from", "by", "over", "about", "against", "back", "away" };

    private readonly FrozenDictionary<string, string[]> _verbRoots, _nounRoots;
    private readonly FrozenDictionary<(int Column, int Class), Dictionary<string, int>> _verbClassRoots, _nounClassRoots;
    private readonly WordClasses? _classes;

    private static readonly Lazy<LexiconClassCodes> s_default = new(() => new LexiconClassCodes(CodingLexicon.Default, WordClasses.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The table of the embedded lexicon and word classes.</summary>
    public static LexiconClassCodes Default => s_default.Value;

    public LexiconClassCodes(CodingLexicon lexicon, WordClasses? classes)
    {
        _classes = classes;
        var verbs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in lexicon.Entries)
        {
            if (e.Kind == TriggerKind.Light || e.Cameo.Length < 2) continue;
            var words = e.Trigger.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (e.Kind == TriggerKind.Verb && words.Length == 1) Add(verbs, words[0], e.Root);
            else if (e.Kind == TriggerKind.Noun && words.Length == 1) AddNoun(nouns, words[0], e.Root);
            else if (e.Kind == TriggerKind.Phrase && words.Skip(1).All(Particles.Contains)) Add(verbs, words[0], e.Root);
            else if (e.Kind is TriggerKind.Phrase or TriggerKind.Noun)
            {
                // "hold talks", "carry out strike": the phrase's last content word is the event noun that carries the root.
                string last = words.Reverse().FirstOrDefault(w => !Particles.Contains(w)) ?? "";
                if (!last.StartsWith('@') && last.Length > 2) AddNoun(nouns, last, e.Root);
            }
        }
        _verbRoots = verbs.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _nounRoots = nouns.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _verbClassRoots = ClassRoots(_verbRoots, classes);
        _nounClassRoots = ClassRoots(_nounRoots, classes);

        static void Add(Dictionary<string, HashSet<string>> d, string w, string root)
        {
            if (!d.TryGetValue(w, out var s)) d[w] = s = new HashSet<string>(StringComparer.Ordinal);
            s.Add(root);
        }
        // The lexicon writes event nouns as news writes them ("talks", "sanctions"); the tree's lemma is the singular.
        static void AddNoun(Dictionary<string, HashSet<string>> d, string w, string root)
        {
            Add(d, w, root);
            if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) Add(d, w[..^3] + "y", root);
            else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3) Add(d, w[..^1], root);
        }
    }

    private static FrozenDictionary<(int, int), Dictionary<string, int>> ClassRoots(FrozenDictionary<string, string[]> roots, WordClasses? classes)
    {
        var d = new Dictionary<(int, int), Dictionary<string, int>>();
        if (classes is null) return d.ToFrozenDictionary();
        foreach (var (w, rs) in roots)
            for (int col = 0; col < Math.Min(2, classes.Clusterings); col++)
            {
                int c = classes.ClassOf(WordClasses.Normalize(w), col);
                if (c < 0) continue;
                if (!d.TryGetValue((col, c), out var counts)) d[(col, c)] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var r in rs) counts[r] = counts.GetValueOrDefault(r) + 1;
            }
        return d.ToFrozenDictionary();
    }

    /// <summary>The roots the lexicon gives <paramref name="lemma"/> itself as a one-word verb (or noun) trigger.</summary>
    public IReadOnlyList<string> OwnRoots(string lemma, bool noun) =>
        (noun ? _nounRoots : _verbRoots).TryGetValue(lemma, out var r) ? r : [];

    /// <summary>
    /// The at most <see cref="TopRoots"/> roots the lexicon gives most often to the other lemmas of <paramref name="lemma"/>'s
    /// class in clustering <paramref name="column"/> (0: 256 classes, 1: 64), most frequent first (ties by root). The
    /// word's own rows are left out, so a word the lexicon lacks and one it has see their class alike.
    /// </summary>
    public List<string> ClassRoots(string lemma, int column, bool noun)
    {
        var result = new List<string>(TopRoots);
        if (_classes is null || column >= _classes.Clusterings) return result;
        int c = _classes.ClassOf(WordClasses.Normalize(lemma), column);
        if (c < 0 || !(noun ? _nounClassRoots : _verbClassRoots).TryGetValue((column, c), out var counts)) return result;
        var own = OwnRoots(lemma, noun);
        foreach (var (root, n) in counts
                     .Select(kv => (kv.Key, N: kv.Value - (own.Contains(kv.Key) ? 1 : 0)))
                     .Where(x => x.N > 0).OrderByDescending(x => x.N).ThenBy(x => x.Key, StringComparer.Ordinal).Take(TopRoots))
            result.Add(root);
        return result;
    }
}
