using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>The largest gap, in the stacked model's score units, between a word's tag and its best finite-verb tag
    /// for which <see cref="RepairVerblessSentence"/> still takes the word as the sentence's verb. Measured on the gold
    /// texts' 111 verbless sentences: the verbs the model missed lay between 0 and 44 ("calls on", "votes to", "thanks"),
    /// the nouns that could be taken for verbs and were not the verb mostly above 40 ("ban", "trade", "state").</summary>
    private const float VerblessMaxMargin = 45f;

    /// <summary>
    /// "Police in Lome beat protesters", "The Taliban cut internet access", "Romania's top court upheld the ban", "Japan's
    /// prime minister calls on China to ...", "Syria's economy shrank by half": a full sentence (five words or more,
    /// closed by a full stop or an exclamation mark) almost always has a finite verb, but the tagger sometimes reads the
    /// only one as a noun, a name or a preposition, and the parser then hangs the whole sentence on the subject's noun and
    /// no event is read. When, after the other repairs, no word is finite (VBD, VBZ, VBP, MD), the word the stacked model
    /// itself finds closest to a finite reading becomes the verb, with the finite tag its spelling allows (an irregular
    /// or -ed past VBD, an -s form VBZ, a base form VBP; a past spelt as its base, "beat", "cut", takes whichever of the
    /// two the model prefers), when that gap is under <see cref="VerblessMaxMargin"/>.
    /// Invariants: at most one tag changes per sentence; only a word whose spelling is a verb form in the English
    /// lexicon, that the model tagged itself (no rule repair touched it), that is lower-case, not the first word, and that
    /// stands where a finite verb can (not after an article, a preposition, a possessive, an adjective, a number, a
    /// coordinator or another verb); never a participle before "by" ("Economists polled by the bank expect ..."), a
    /// gerund, or a word in a sentence that opens with an imperative ("Share this article", "Stay with us").
    /// </summary>
    private void RepairVerblessSentence(IReadOnlyList<string> words, Span<int> classes, Context ctx, Span<ulong> features,
        Span<float> scores)
    {
        int n = words.Count;
        if (_second is null || _vbdClass < 0 || _vbzClass < 0 || _vbpClass < 0) return;
        if (n < 5 || words[^1] is not ("." or "!")) return;
        if (_xpos[classes[0]] == "VB") return;
        for (int i = 0; i < n; i++) if (IsFiniteTag(_xpos[classes[i]])) return;

        // Two tiers: a verb in the sentence's first clause (before its first subordinator) is preferred to one in a
        // later clause ("Oil prices rose ... as traders worried ..." keeps "rose" for the main clause).
        int best = -1, bestClass = -1, firstBest = -1, firstBestClass = -1;
        float bestMargin = VerblessMaxMargin, firstBestMargin = VerblessMaxMargin;
        bool inFirstClause = true, afterInfinitive = false;
        for (int i = 1; i < n; i++)
        {
            var w = words[i];
            if (ClauseOpeners.Contains(w)) inFirstClause = false;
            if (w is "," or ";" or ":" or "-" or "--") afterInfinitive = false;
            if (_xpos[classes[i]] == "VB" && words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) afterInfinitive = true;
            // Past an infinitive the clause is that infinitive's ("calls on China to lift its ban on seafood imports").
            if (afterInfinitive) continue;
            if (w.Length < 2 || !char.IsLower(w[0]) || _tagDictSpan.TryGetValue(w, out _)) continue;
            if (ctx.Model[i] != classes[i]) continue;
            var x = _xpos[classes[i]];
            if (x is not ("NN" or "NNS" or "NNP" or "IN" or "CC" or "JJ" or "RB" or "PRP" or "VB" or "VBN")) continue;
            if (!CanPrecedeFiniteVerb(_xpos[classes[i - 1]])) continue;
            if (x == "VBN" && i + 1 < n && words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            bool irregularPast = EnglishLexicon.IsIrregularPast(w);
            bool sameFormPast = irregularPast && EnglishLexicon.IsVerb(w);
            bool past = irregularPast || IsRegularPast(w);
            bool third = !past && IsThirdPersonForm(w);
            bool bare = !past && !third && EnglishLexicon.IsVerb(w);
            if (!past && !third && !bare) continue;

            ctx.Features(i, classes, features);
            ctx.RightFeatures(i, ctx.First, features[FeatureCount..]);
            _second.Predict(features, scores);
            int fc = sameFormPast ? (scores[_vbdClass] >= scores[_vbpClass] ? _vbdClass : _vbpClass)
                : past ? _vbdClass : third ? _vbzClass : _vbpClass;
            float margin = scores[classes[i]] - scores[fc];
            if (margin < bestMargin) { bestMargin = margin; best = i; bestClass = fc; }
            if (inFirstClause && margin < firstBestMargin) { firstBestMargin = margin; firstBest = i; firstBestClass = fc; }
        }
        if (firstBest >= 0) { best = firstBest; bestClass = firstBestClass; }
        if (best >= 0) classes[best] = bestClass;
    }

    /// <summary>A tag after which a finite verb can stand: the end of a subject (a noun, a pronoun, a closing bracket or
    /// comma of an insertion), an adverb ("also drove"), or a gerund the tagger gave to a name.</summary>
    private static bool CanPrecedeFiniteVerb(string xpos) =>
        xpos is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "RB" or "," or "-RRB-" or "VBG" or "''";

    /// <summary>"intensified", "summoned": an -ed form whose base is a listed verb.</summary>
    private static bool IsRegularPast(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4
        && (EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 2)) || EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1))
            || (lower.EndsWith("ied", StringComparison.Ordinal) && EnglishLexicon.IsVerb(string.Concat(lower.AsSpan(0, lower.Length - 3), "y")))
            || (lower.Length > 5 && lower[^3] == lower[^4] && EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 3))));

    /// <summary>"calls", "urges", "carries": an -s form whose base is a listed verb (lower-case <paramref name="lower"/>). Also
    /// the headline-present repair's test.</summary>
    private static bool IsThirdPersonForm(string lower) =>
        lower.EndsWith('s') && lower.Length > 3 && !lower.EndsWith("ss", StringComparison.Ordinal)
        && (EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1))
            || (lower.EndsWith("es", StringComparison.Ordinal) && EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 2)))
            || (lower.EndsWith("ies", StringComparison.Ordinal) && EnglishLexicon.IsVerb(string.Concat(lower.AsSpan(0, lower.Length - 3), "y"))));
}
