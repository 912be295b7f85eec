using Tidings.Learning;

namespace Tidings.Actors;

/// <summary>
/// Features of the name tagger's document pass (non-local features in the manner of Ratinov and Roth 2009): a
/// name is often written plainly once and ambiguously elsewhere ("Miramar" sentence-initially, in capitals, in
/// lower case), so each word sees how the first pass labelled the other occurrences of the same word in the
/// document, whether the word is capitalised mid-sentence or written in lower case elsewhere, and whether it
/// starts or continues a name the first pass found in another sentence. The first-pass labels of training
/// sentences come from models that did not see them (jackknifing), so the document pass learns how far to trust them.
/// </summary>
internal static class NameDocumentFeatures
{
    private const int MaxNameWords = 6;

    /// <summary>The document features of every word of every sentence, from the first pass's BILOU labels.</summary>
    public static ulong[][][] Compute(IReadOnlyList<string[]> sentences, IReadOnlyList<int[]> labels)
    {
        // per lower-cased word: first-pass counts by type (O, PER, ORG, LOC), capitalised mid-sentence, lower case
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        // per lower-cased span text: (sentence, type) of the first pass's names
        var names = new Dictionary<string, List<(int Sentence, int Type)>>(StringComparer.Ordinal);
        var lower = new string[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var w = sentences[s];
            var low = lower[s] = new string[w.Length];
            for (int i = 0; i < w.Length; i++)
            {
                low[i] = w[i].ToLowerInvariant();
                if (!Countable(w[i])) continue;
                if (!words.TryGetValue(low[i], out var c)) words[low[i]] = c = new int[6];
                c[TypeOf(labels[s][i])]++;
                if (char.IsUpper(w[i][0]) && !Initial(w, i)) c[4]++;
                if (IsLower(w[i])) c[5]++;
            }
            foreach (var span in NameLabels.Spans(labels[s]))
            {
                if (span.End - span.Start > MaxNameWords) continue;
                var key = string.Join(' ', low[span.Start..span.End]);
                if (!names.TryGetValue(key, out var list)) names[key] = list = [];
                list.Add((s, NameLabels.TypeIndex(span.Type) + 1));
            }
        }
        var result = new ulong[sentences.Count][][];
        Span<int> others = stackalloc int[6];
        for (int s = 0; s < sentences.Count; s++)
        {
            var w = sentences[s];
            var lab = labels[s];
            var low = lower[s];
            var marks = MarkNames(names, low, s);
            var sentenceFeatures = result[s] = new ulong[w.Length][];
            for (int i = 0; i < w.Length; i++)
            {
                int self = lab[i];
                int cap = w[i].Length > 0 && char.IsUpper(w[i][0]) ? Initial(w, i) ? 2 : 1 : 0;
                var f = new List<ulong>(6)
                {
                    FeatureHash.Of(50, self, cap),
                    FeatureHash.Of(51, i > 0 ? lab[i - 1] : -1, i + 1 < w.Length ? lab[i + 1] : -1),
                    FeatureHash.Of(52, marks[i], cap),
                };
                if (Countable(w[i]) && words.TryGetValue(low[i], out var c))
                {
                    c.CopyTo(others);
                    others[TypeOf(self)]--;
                    if (char.IsUpper(w[i][0]) && !Initial(w, i)) others[4]--;
                    if (IsLower(w[i])) others[5]--;
                    int entity = others[1] + others[2] + others[3];
                    int major = entity == 0 ? (others[0] > 0 ? 0 : -1) : others[1] >= others[2] && others[1] >= others[3] ? 1 : others[2] >= others[3] ? 2 : 3;
                    int share = entity == 0 ? 0 : 2 * entity >= entity + others[0] ? 2 : 1;
                    f.Add(FeatureHash.Of(53, major, share, cap));
                    f.Add(FeatureHash.Of(54, major, share, self));
                    f.Add(FeatureHash.Of(55, Math.Min(others[4], 1), Math.Min(others[5], 1), cap));
                }
                sentenceFeatures[i] = [.. f];
            }
        }
        return result;
    }

    // Longest names found by the first pass in other sentences of the document: 1 + 4 * (type) + BILOU position.
    private static int[] MarkNames(Dictionary<string, List<(int Sentence, int Type)>> names, string[] low, int sentence)
    {
        var marks = new int[low.Length];
        if (names.Count == 0) return marks;
        for (int i = 0; i < low.Length; i++)
        {
            if (marks[i] != 0 || !Countable(low[i])) continue;
            for (int j = Math.Min(low.Length, i + MaxNameWords); j > i; j--)
            {
                if (!names.TryGetValue(string.Join(' ', low[i..j]), out var list)) continue;
                Span<int> votes = stackalloc int[4];
                foreach (var (s, t) in list) if (s != sentence) votes[t]++;
                int best = 0;
                for (int t = 1; t < 4; t++) if (votes[t] > votes[best]) best = t;
                if (votes[best] == 0) continue;
                int b = 1 + 4 * (best - 1);
                if (j - i == 1) marks[i] = b + NameLabels.U;
                else
                {
                    marks[i] = b + NameLabels.B;
                    for (int k = i + 1; k < j - 1; k++) marks[k] = b + NameLabels.I;
                    marks[j - 1] = b + NameLabels.L;
                }
                break;
            }
        }
        return marks;
    }

    private static int TypeOf(int label) => label == 0 ? 0 : NameLabels.Type(label) + 1;

    // Words worth counting: two or more characters, at least one a letter.
    private static bool Countable(string w)
    {
        if (w.Length < 2) return false;
        foreach (var ch in w) if (char.IsLetter(ch)) return true;
        return false;
    }

    private static bool IsLower(string w)
    {
        foreach (var ch in w) if (char.IsUpper(ch)) return false;
        return true;
    }

    // First word of the sentence or after opening punctuation: capitals there say little.
    private static bool Initial(string[] w, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (w[j] is "\"" or "'" or "``" or "`" or "(" or "[" or "-" or "--" or "—" or "–" or "*" or "•" or "“" or "‘" or ":" or "." or "!" or "?" or "...") continue;
            return false;
        }
        return true;
    }
}
