namespace Tidings.Actors;

/// <summary>
/// Non-local evidence for the second stage of a two-stage name tagger (Ratinov and Roth 2009): what the first
/// stage made of the rest of the document. A name is usually written and meant the same way throughout a text,
/// so a word the first stage labels as a place in three other sentences is likely a place in the fourth, where
/// its own context says less ("Miramar was founded in 1888" after "the city called Miramar"). Each word gets one
/// context code (the bit layout below) that <see cref="NameFeatures"/> turns into features.
/// </summary>
internal static class NameDocument
{
    // Bits 2-4, label history: 0 no other occurrence of the word (any case), else 1 + the majority type of the other
    // occurrences' first-stage labels (0 O, 1 + index in Iob2.Types). Bits 5-7: the types given at least once.
    public const int HistoryShift = 2, SeenShift = 5;
    // Bits 8-9: 1 + the type of a first-stage name found elsewhere in the document whose words (any case) the word
    // is part of here; bits 10-11: the word's BILOU position in it. The longest such name, from left to right.
    public const int SpanShift = 8;
    private const int MaxSpanWords = 6;

    public static int History(int code) => (code >> HistoryShift) & 7;
    public static int Seen(int code) => (code >> SeenShift) & 7;
    public static int SpanType(int code) => (code >> SpanShift) & 3;
    public static int SpanPosition(int code) => (code >> (SpanShift + 2)) & 3;

    /// <summary>Context codes of every word of a document's sentences, given the first stage's BILOU labels of them.</summary>
    public static int[][] Contexts<TWords>(IReadOnlyList<TWords> sentences, IReadOnlyList<int[]> labels)
        where TWords : IReadOnlyList<string>
    {
        // type counts (O, PER, ORG, LOC) of each word's occurrences, words compared in any case
        var byWord = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var result = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            result[s] = new int[words.Count];
            for (int i = 0; i < words.Count; i++)
            {
                if (!IsWord(words[i])) continue;
                if (!byWord.TryGetValue(words[i], out var counts)) byWord[words[i]] = counts = new int[4];
                counts[TypeOf(labels[s], i)]++;
            }
        }
        Span<int> other = stackalloc int[4];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (int i = 0; i < words.Count; i++)
            {
                if (!IsWord(words[i])) continue;
                byWord[words[i]].CopyTo(other);
                other[TypeOf(labels[s], i)]--;
                int best = -1, seen = 0;
                for (int t = 0; t < 4; t++)
                {
                    if (other[t] <= 0) continue;
                    if (t > 0) seen |= 1 << (t - 1);
                    if (best < 0 || other[t] > other[best]) best = t;
                }
                if (best >= 0) result[s][i] |= (1 + best) << HistoryShift | seen << SeenShift;
            }
        }
        MarkNames(sentences, labels, result);
        return result;
    }

    // A word here: something beginning with a letter (punctuation and numbers repeat without meaning).
    private static bool IsWord(string? w) => !string.IsNullOrEmpty(w) && char.IsLetter(w[0]);

    // Marks the words that spell, here, a name the first stage found elsewhere in the document.
    private static void MarkNames<TWords>(IReadOnlyList<TWords> sentences, IReadOnlyList<int[]> labels, int[][] result)
        where TWords : IReadOnlyList<string>
    {
        // the first stage's names by their words (one space apart, any case): how often of each type
        var names = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        // Looked up by the words joined in a reused buffer: the second loop below tries up to MaxSpanWords keys at every
        // word of the document, and building each as a string was most of the actor stage's allocation.
        var byKey = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        var spans = new List<NameSpan>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            spans[s] = NameLabels.Spans(labels[s]);
            foreach (var span in spans[s])
            {
                if (span.End - span.Start > MaxSpanWords) continue;
                var key = Key(sentences[s], span.Start, span.End, ref buffer);
                if (!byKey.TryGetValue(key, out var counts)) names[key.ToString()] = counts = new int[3];
                counts[NameLabels.TypeIndex(span.Type)]++;
            }
        }
        if (names.Count == 0) return;
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            int n = words.Count;
            for (int i = 0; i < n;)
            {
                int found = -1, type = -1;
                for (int j = Math.Min(n, i + MaxSpanWords); j > i && found < 0; j--)
                {
                    if (!byKey.TryGetValue(Key(words, i, j, ref buffer), out var counts)) continue;
                    // the name's own first-stage label here is not evidence from elsewhere
                    int own = -1;
                    foreach (var span in spans[s]) if (span.Start == i && span.End == j) own = NameLabels.TypeIndex(span.Type);
                    int best = -1;
                    for (int t = 0; t < 3; t++)
                    {
                        int c = counts[t] - (t == own ? 1 : 0);
                        if (c > 0 && (best < 0 || c > counts[best] - (best == own ? 1 : 0))) best = t;
                    }
                    if (best >= 0) { found = j; type = best; }
                }
                if (found < 0) { i++; continue; }
                for (int k = i; k < found; k++)
                {
                    int pos = found - i == 1 ? NameLabels.U : k == i ? NameLabels.B : k == found - 1 ? NameLabels.L : NameLabels.I;
                    result[s][k] |= (1 + type) << SpanShift | pos << (SpanShift + 2);
                }
                i = found;
            }
        }
    }

    /// <summary>Words [<paramref name="start"/>, <paramref name="end"/>) one space apart (a missing word as empty), written
    /// into <paramref name="buffer"/> (grown when too short): the key of a name in <see cref="MarkNames"/>.</summary>
    private static ReadOnlySpan<char> Key<TWords>(TWords words, int start, int end, ref char[] buffer) where TWords : IReadOnlyList<string>
    {
        int length = end - start - 1;
        for (int k = start; k < end; k++) length += (words[k] ?? "").Length;
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        int at = 0;
        for (int k = start; k < end; k++)
        {
            if (k > start) buffer[at++] = ' ';
            var w = words[k] ?? "";
            w.CopyTo(buffer.AsSpan(at));
            at += w.Length;
        }
        return buffer.AsSpan(0, at);
    }

    private static int TypeOf(int[] labels, int i) => labels[i] == 0 ? 0 : 1 + NameLabels.Type(labels[i]);
}
