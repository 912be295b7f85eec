using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;

namespace Tidings.Learning;

/// <summary>
/// Distributional word classes: every word of an unlabeled corpus is put in one of a fixed number of classes so
/// that a class bigram model predicts the corpus well (the exchange algorithm of Kneser and Ney 1993 / Martin,
/// Liermann and Ney 1998, the clustering behind the "distsim" classes of Stanford NER). Words that occur in the
/// same contexts land together ("obama", "clinton", "bush"; "iraq", "syria"), so a feature model learns from the
/// class what a few hundred labeled sentences cannot teach it about each word. Words are keyed by their
/// lower-case form with digits folded to 0 (<see cref="Normalize"/>), the key the name tagger already computes.
/// A file may hold several clusterings of the same words at different granularities (e.g. 256 and 64 classes), one
/// column each. File format (data/models/wordclasses.tsv): comment lines starting with "# ", then
/// "word TAB class [TAB class ...]" lines.
/// </summary>
public sealed class WordClasses
{
    public const string DefaultPath = "models/wordclasses.tsv";
    private static readonly Lazy<WordClasses?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded classes (data/models/wordclasses.tsv), or null when the file is missing.</summary>
    public static WordClasses? Default => s_default.Value;

    private readonly FrozenDictionary<string, int[]> _classes;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClasses(IReadOnlyDictionary<string, int> classes) : this(classes.ToDictionary(kv => kv.Key, kv => new[] { kv.Value })) { }

    /// <summary>Several clusterings: every word has one class per clustering.</summary>
    public WordClasses(IReadOnlyDictionary<string, int[]> classes)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        Clusterings = _classes.Count == 0 ? 0 : _classes.Values.Min(v => v.Length);
        ClassCount = _classes.Count == 0 ? 0 : _classes.Values.Max(v => v[0]) + 1;
    }

    /// <summary>Classes of the first clustering.</summary>
    public int ClassCount { get; }
    /// <summary>Clusterings (columns) per word.</summary>
    public int Clusterings { get; }
    public int WordCount => _classes.Count;

    /// <summary>The class of a normalized word (<see cref="Normalize"/>) in clustering <paramref name="column"/>, or -1 for a word the corpus did not have often enough.</summary>
    public int ClassOf(ReadOnlySpan<char> normalized, int column = 0) =>
        _lookup.TryGetValue(normalized, out var c) && column < c.Length ? c[column] : -1;

    /// <summary>Every word with its class in the first clustering.</summary>
    public IEnumerable<(string Word, int Class)> Entries() => _classes.Select(kv => (kv.Key, kv.Value[0]));

    /// <summary>This clustering's columns followed by <paramref name="other"/>'s, for the words both have.</summary>
    public WordClasses Join(WordClasses other) =>
        new(_classes.Where(kv => other._classes.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => (int[])[.. kv.Value, .. other._classes[kv.Key]]));

    /// <summary>The key of a word: lower case, digits as 0, at most 40 characters (as the name tagger's word features).</summary>
    public static string Normalize(string word)
    {
        var src = word.AsSpan(0, Math.Min(word.Length, 40));
        return string.Create(src.Length, word, (dest, w) =>
        {
            for (int i = 0; i < dest.Length; i++) dest[i] = char.IsDigit(w[i]) ? '0' : char.ToLowerInvariant(w[i]);
        });
    }

    private static WordClasses? LoadDefault()
    {
        try
        {
            using var r = DataFiles.OpenText(DefaultPath);
            return Read(r);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    public static WordClasses Read(TextReader reader)
    {
        var map = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            // "# " starts a comment; a word may itself start with '#' ("#", "#iraq")
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            var c = new int[f.Length - 1];
            for (int k = 1; k < f.Length; k++)
                if (!int.TryParse(f[k], NumberStyles.None, CultureInfo.InvariantCulture, out c[k - 1])) c = [];
            if (f[0].Length == 0 || c.Length == 0) throw new InvalidDataException($"word classes line {lineNo}: expected 'word<TAB>class[<TAB>class...]'");
            map[f[0]] = c;
        }
        return new WordClasses(map);
    }

    /// <summary>Writes the classes, words of a class together, after <paramref name="header"/> comment lines.</summary>
    public void Write(TextWriter w, IEnumerable<string> header)
    {
        foreach (var h in header) w.WriteLine("# " + h);
        foreach (var (word, c) in _classes.OrderBy(kv => kv.Value[0]).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine(word + "\t" + string.Join('\t', c.Select(x => x.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> (already normalized) that occur at least
    /// <paramref name="minCount"/> times into <paramref name="classCount"/> classes by the exchange algorithm:
    /// words, most frequent first, move to the class that most raises the class-bigram likelihood, until a pass
    /// moves few words or <paramref name="iterations"/> passes are done. Rarer words share one unknown-word token
    /// (which is clustered but not written). Deterministic for the same input.
    /// </summary>
    public static WordClasses Train(IEnumerable<IReadOnlyList<string>> sentences, int classCount, int minCount, int iterations, Action<string>? progress)
    {
        var sw = Stopwatch.StartNew();
        // pass 1: word counts
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            if (s.Count == 0) continue;
            var a = s.ToArray();
            corpus.Add(a);
            foreach (var w in a) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        // vocabulary: 0 = sentence boundary (fixed in class 0), 1 = rare words, then by frequency
        var vocab = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                          .Select(kv => kv.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) index[vocab[i]] = i + 2;
        int V = vocab.Count + 2, C = classCount;
        long tokens = corpus.Sum(s => (long)s.Length);
        // bigram counts over the corpus with one boundary token between sentences (circular: every token has one left and one right neighbour)
        var bigrams = new Dictionary<long, int>();
        var unigram = new long[V];
        int prev = 0;
        void Add(int a, int b) { long k = ((long)a << 32) | (uint)b; bigrams[k] = bigrams.GetValueOrDefault(k) + 1; }
        foreach (var s in corpus)
        {
            foreach (var w in s)
            {
                int id = index.TryGetValue(w, out int x) ? x : 1;
                Add(prev, id);
                unigram[id]++;
                prev = id;
            }
            Add(prev, 0);
            unigram[0]++;
            prev = 0;
        }
        // adjacency lists: right neighbours and left neighbours of each word, self-bigrams apart
        var rightStart = new int[V + 1]; var leftStart = new int[V + 1];
        var selfCount = new int[V];
        foreach (var (k, n) in bigrams)
        {
            int a = (int)(k >> 32), b = (int)(k & 0xffffffff);
            if (a == b) { selfCount[a] += n; continue; }
            rightStart[a + 1]++; leftStart[b + 1]++;
        }
        for (int i = 0; i < V; i++) { rightStart[i + 1] += rightStart[i]; leftStart[i + 1] += leftStart[i]; }
        var rightWord = new int[rightStart[V]]; var rightN = new int[rightStart[V]];
        var leftWord = new int[leftStart[V]]; var leftN = new int[leftStart[V]];
        var rFill = (int[])rightStart.Clone(); var lFill = (int[])leftStart.Clone();
        foreach (var (k, n) in bigrams.OrderBy(kv => kv.Key))
        {
            int a = (int)(k >> 32), b = (int)(k & 0xffffffff);
            if (a == b) continue;
            rightWord[rFill[a]] = b; rightN[rFill[a]++] = n;
            leftWord[lFill[b]] = a; leftN[lFill[b]++] = n;
        }
        bigrams = null;
        progress?.Invoke($"{corpus.Count:N0} sentences, {tokens:N0} tokens, {vocab.Count:N0} words seen at least {minCount} times; {sw.Elapsed.TotalSeconds:F0} s");

        // initial classes: the boundary alone in class 0, the other words round-robin by frequency
        var cls = new int[V];
        for (int w = 1; w < V; w++) cls[w] = 1 + (w - 1) % (C - 1);
        var classN = new long[C];
        var cc = new long[C * C];
        for (int w = 0; w < V; w++)
        {
            classN[cls[w]] += unigram[w];
            for (int j = rightStart[w]; j < rightStart[w + 1]; j++) cc[cls[w] * C + cls[rightWord[j]]] += rightN[j];
            cc[cls[w] * C + cls[w]] += selfCount[w];
        }
        static double F(long x) => x <= 0 ? 0 : x * Math.Log(x);
        var R = new long[C]; var L = new long[C];
        var rList = new int[C]; var lList = new int[C];
        for (int it = 1; it <= iterations; it++)
        {
            int moved = 0;
            for (int w = 1; w < V; w++)
            {
                int a = cls[w];
                // neighbour class counts of w
                int nr = 0, nl = 0;
                for (int j = rightStart[w]; j < rightStart[w + 1]; j++) { int c = cls[rightWord[j]]; if (R[c] == 0) rList[nr++] = c; R[c] += rightN[j]; }
                for (int j = leftStart[w]; j < leftStart[w + 1]; j++) { int c = cls[leftWord[j]]; if (L[c] == 0) lList[nl++] = c; L[c] += leftN[j]; }
                long self = selfCount[w], nw = unigram[w];
                // take w out of its class
                for (int k = 0; k < nr; k++) cc[a * C + rList[k]] -= R[rList[k]];
                for (int k = 0; k < nl; k++) cc[lList[k] * C + a] -= L[lList[k]];
                cc[a * C + a] -= self;
                classN[a] -= nw;
                int best = a;
                double bestGain = double.NegativeInfinity;
                for (int b = 1; b < C; b++)
                {
                    double g = 0;
                    for (int k = 0; k < nr; k++)
                    {
                        int c = rList[k];
                        if (c == b) continue;
                        long x = cc[b * C + c];
                        g += F(x + R[c]) - F(x);
                    }
                    for (int k = 0; k < nl; k++)
                    {
                        int c = lList[k];
                        if (c == b) continue;
                        long x = cc[c * C + b];
                        g += F(x + L[c]) - F(x);
                    }
                    long bb = cc[b * C + b];
                    g += F(bb + R[b] + L[b] + self) - F(bb);
                    g -= 2 * (F(classN[b] + nw) - F(classN[b]));
                    if (g > bestGain + 1e-9) { bestGain = g; best = b; }
                }
                // put w into the best class
                for (int k = 0; k < nr; k++) cc[best * C + rList[k]] += R[rList[k]];
                for (int k = 0; k < nl; k++) cc[lList[k] * C + best] += L[lList[k]];
                // the entries of (best, best) counted above for c == best came from R[best] and L[best]; add self
                cc[best * C + best] += self;
                classN[best] += nw;
                if (best != a) { cls[w] = best; moved++; }
                for (int k = 0; k < nr; k++) R[rList[k]] = 0;
                for (int k = 0; k < nl; k++) L[lList[k]] = 0;
            }
            double ll = 0;
            for (int i = 0; i < C * C; i++) ll += F(cc[i]);
            for (int c = 0; c < C; c++) ll -= 2 * F(classN[c]);
            progress?.Invoke($"pass {it}/{iterations}: {moved:N0} words moved, class-bigram objective {ll / tokens:F4} per token; {sw.Elapsed.TotalSeconds:F0} s");
            if (moved < V / 1000) break;
        }
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) map[vocab[i]] = cls[i + 2];
        return new WordClasses(map);
    }
}
