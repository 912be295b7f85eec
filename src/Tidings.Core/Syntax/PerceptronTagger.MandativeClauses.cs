namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>The largest gap, in the stacked model's score units, between a word's tag and its base-verb tag (VB) for
    /// which <see cref="RepairVerblessMandativeClause"/> still takes the word as the clause's verb. A mandative clause is
    /// known to need a verb, so the bound is the verbless-sentence repair's (<see cref="VerblessMaxMargin"/>).</summary>
    private const float MandativeMaxMargin = VerblessMaxMargin;

    /// <summary>
    /// "demanded that Gambia hand over three men", "demanded that the West lift sanctions on Russian banks", "demanded
    /// that Chile negotiate sovereign access to the sea", "rejected demands that he resign": the verb of a clause after a
    /// verb of demanding and "that" is a bare base form (the subjunctive), which the tagger, expecting "-s" after a singular
    /// subject, reads as a noun of the subject's phrase ("Gambia hand", "West lift"). <see cref="RepairMandativeSubjunctive"/>
    /// mends this when the word is a listed verb followed by an article, a pronoun, a particle or a preposition; this
    /// repair runs after every other one and takes the cases it leaves: a clause that still has no verb at all.
    /// Within the clause (from "that" to the next punctuation mark, subordinator or relative pronoun), before any word
    /// tagged as a verb, a candidate is a lower-case word the model itself tagged as a noun, name, adjective or adverb,
    /// standing right after a noun or pronoun (where a subject ends) and spelt as a base form (no "-s", "-ed" or "-ing"
    /// ending), that the stacked model finds within <see cref="MandativeMaxMargin"/> of a VB reading. The first candidate
    /// is the verb ("that India share evidence on ...": the object follows), unless a later one closes the clause (is
    /// followed by its end or a coordinator): in "the government's export ban end" that is "end", not "ban", and in "the EU
    /// trade commissioner resign", "resign". Invariants: at most one tag changes
    /// per clause, to VB; a clause with a verb tag before its first candidate, or with a verb tag after the chosen word that
    /// is not a coordinated verb ("hand over its weapons and give up"), is left alone ("that the export ban be lifted").
    /// </summary>
    private void RepairVerblessMandativeClause(IReadOnlyList<string> words, Span<int> classes, Context ctx, Span<ulong> features,
        Span<float> scores)
    {
        if (_second is null || _vbClass < 0) return;
        int n = words.Count;
        for (int t = 1; t + 2 < n; t++)
        {
            if (!words[t].Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
            int d = t - 1;
            if (d >= 2 && _xpos[classes[d]] == "NNP" && words[d - 1].Equals("on", StringComparison.OrdinalIgnoreCase)) d -= 2;
            if (!MandativeForms.Contains(words[d])) continue;

            int end = t + 1;
            while (end < n && !EndsMandativeClause(words, end)) end++;
            // The first candidate the model accepts, unless a later one closes the clause: in "the government's export
            // ban end" and "the EU trade commissioner resign" the subject's own nouns come first.
            int first = -1, closing = -1;
            bool verbBefore = false;
            for (int i = t + 2; i < end; i++)
            {
                var x = _xpos[classes[i]];
                if (x is "VB" or "VBD" or "VBZ" or "VBP" or "MD") { verbBefore = first < 0; break; }
                var w = words[i];
                if (w.Length < 2 || !char.IsLower(w[0]) || _tagDictSpan.TryGetValue(w, out _)) continue;
                if (x is not ("NN" or "NNP" or "JJ" or "RB")) continue;
                if (_xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) continue;
                if (!IsBareForm(w)) continue;
                ctx.Features(i, classes, features);
                ctx.RightFeatures(i, ctx.First, features[FeatureCount..]);
                _second.Predict(features, scores);
                if (scores[classes[i]] - scores[_vbClass] >= MandativeMaxMargin) continue;
                if (first < 0) first = i;
                if (i + 1 >= end || _xpos[classes[i + 1]] == "CC") { closing = i; break; }
            }
            int best = closing >= 0 ? closing : first;
            if (verbBefore || best < 0) continue;
            // A verb later in the clause that is not a coordinated one is the clause's own verb.
            bool laterVerb = false;
            for (int i = best + 1; i < end && !laterVerb; i++)
                laterVerb = _xpos[classes[i]] is "VB" or "VBD" or "VBZ" or "VBP" or "MD"
                    && !(words[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) || words[i - 1].Equals("or", StringComparison.OrdinalIgnoreCase));
            if (laterVerb) continue;
            classes[best] = _vbClass;
        }
    }

    /// <summary>Where a mandative clause ends: punctuation, a subordinator, or a relative pronoun.</summary>
    private static bool EndsMandativeClause(IReadOnlyList<string> words, int i) =>
        words[i] is "," or ";" or ":" or "." or "!" or "?" or "--" or "-" or "(" or "\"" or "“" or "”"
        || ClauseOpeners.Contains(words[i])
        || words[i].Equals("who", StringComparison.OrdinalIgnoreCase) || words[i].Equals("which", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word spelt as a verb's base could be: not a plural or third-person "-s" (a "-ss" ending may be),
    /// not an "-ed" or "-ing" form, letters only.</summary>
    private static bool IsBareForm(string w)
    {
        foreach (char c in w) if (!char.IsLetter(c)) return false;
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return false;
        return !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal);
    }
}
