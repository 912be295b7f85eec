namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Tags of the words an infinitive's object may hold between its verb and the "and"/"or" that coordinates a
    /// second verb with it ("to halt [the fighting] and ..."): articles, adjectives, nouns, names, numbers, pronouns,
    /// possessives, particles and prepositions ("to pull back from the border and ...").</summary>
    private static bool IsObjectWordTag(string xpos) => xpos is "DT" or "PDT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS"
        or "NNP" or "NNPS" or "CD" or "PRP" or "PRP$" or "POS" or "RP" or "IN" or "HYPH";

    /// <summary>Tags that can only open a noun phrase of its own, never follow a noun that modifies another noun inside a
    /// compound: an article, predeterminer, possessive, number or adjective ("aid workers" may be a compound, "aid the
    /// workers", "aid local workers" cannot).</summary>
    private static bool OpensOwnNounPhrase(string xpos) => xpos is "DT" or "PDT" or "PRP$" or "CD" or "JJ" or "JJR" or "JJS";

    /// <summary>A word of running text (lower-case first letter, three letters or more) whose form is an English verb's
    /// base: the noun-verb words both repairs below may turn into the infinitive they are.</summary>
    private static bool IsLowerCaseVerbBase(string w) => w.Length >= 3 && char.IsLower(w[0]) && EnglishLexicon.IsVerb(w.ToLowerInvariant());

    /// <summary>
    /// "agreed to halt the fighting and exchange all prisoners", "said Japan must retract the remarks or face further
    /// countermeasures": in a coordination of two verb phrases under one "to" or modal, the tagger reads the second verb
    /// as a noun when its form is also a noun ("exchange", "face", "resume"), and the parser then hangs it inside the first
    /// verb's object ("the fighting and exchange"), so the second act is lost. The structure decides, not a word list:
    /// word i, tagged a singular noun (NN) whose form is an English verb's base, follows "and"/"or"; what precedes the
    /// coordinator is an object of at most ten words (<see cref="IsObjectWordTag"/>) after a base verb (VB) that follows
    /// "to" or a modal, with adverbs allowed between them; and the word after i opens a noun phrase of its own
    /// (<see cref="OpensOwnNounPhrase"/>), which a noun modifier inside a compound never precedes. Word i then becomes
    /// the base verb (VB). Invariants: a bare noun after i is left alone ("to send food and aid workers", "to cut supply
    /// lines and aid routes": a compound reading is as likely there); plural -s forms are never changed; only word i's
    /// tag changes.
    /// </summary>
    private void RepairCoordinatedInfinitive(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        for (int i = 3; i + 1 < words.Count; i++)
        {
            if (_xpos[classes[i]] != "NN" || !OpensOwnNounPhrase(_xpos[classes[i + 1]])) continue;
            if (!(words[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) || words[i - 1].Equals("or", StringComparison.OrdinalIgnoreCase))) continue;
            var w = words[i];
            if (!IsLowerCaseVerbBase(w)) continue;
            int k = i - 2;
            int objectWords = 0;
            while (k >= 0 && objectWords <= 10 && IsObjectWordTag(_xpos[classes[k]])) { k--; objectWords++; }
            if (k < 1 || objectWords == 0 || objectWords > 10 || _xpos[classes[k]] != "VB") continue;
            int m = k - 1;
            while (m > 0 && _xpos[classes[m]] == "RB") m--;
            if (!(_xpos[classes[m]] is "MD" or "TO" || words[m].Equals("to", StringComparison.OrdinalIgnoreCase))) continue;
            classes[i] = _vbClass;
        }
    }

    /// <summary>
    /// "called on member states to fully fund the force", "pledged to swiftly restore the supply": an adverb split from
    /// its infinitive's "to" leaves a noun-verb word after it read as a noun. After "to" and one adverb (RB), a word tagged
    /// a singular noun (NN) whose form is an English verb's base is that infinitive (VB) when an article, predeterminer,
    /// possessive or number follows as its object (a noun after an adverb has none: "to nearly every village" puts the
    /// article first). Only word i's tag changes, and the "to" before the adverb becomes the infinitive particle.
    /// </summary>
    private void RepairSplitInfinitive(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        for (int i = 2; i + 1 < words.Count; i++)
        {
            if (_xpos[classes[i]] != "NN" || _xpos[classes[i - 1]] != "RB" || !words[i - 2].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i + 1]] is not ("DT" or "PDT" or "PRP$" or "CD")) continue;
            var w = words[i];
            if (!IsLowerCaseVerbBase(w)) continue;
            classes[i] = _vbClass;
            if (_toClass >= 0) classes[i - 2] = _toClass;
        }
    }
}
