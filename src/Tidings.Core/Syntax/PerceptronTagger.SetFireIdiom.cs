namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>
    /// "A mob set fire to 20 homes", "A crowd set fire to the police station": after a singular noun the tagger may read
    /// "set" as the second half of a noun compound ("mob set", as in "TV set"), and the clause loses its verb, its subject
    /// and its event (arson, 1712, or a riot, 145). "set" followed by "fire" and then "to" or "on" is the idiom "set fire
    /// to / on" in English (a noun "set" is never followed by "fire to"); so a "set" tagged as a noun there is the verb.
    /// It is read as the past (VBD), the tense of news, unless a form of "have" or "be" before it makes it the participle.
    /// Invariant: only a noun tag (NN, NNS) on the word "set" or "sets" directly before "fire" + "to"/"on" changes.
    /// </summary>
    private void RepairSetFireIdiom(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0 || _vbnClass < 0 || _vbzClass < 0) return;
        for (int i = 1; i + 2 < words.Count; i++)
        {
            string w = words[i].ToLowerInvariant();
            if (w is not ("set" or "sets")) continue;
            string tag = _xpos[classes[i]];
            if (tag is not ("NN" or "NNS")) continue;
            if (!words[i + 1].Equals("fire", StringComparison.OrdinalIgnoreCase)) continue;
            if (words[i + 2].ToLowerInvariant() is not ("to" or "on")) continue;
            if (w == "sets") { classes[i] = _vbzClass; continue; }
            bool perfectOrPassive = words[i - 1].ToLowerInvariant() is "had" or "has" or "have" or "having" or "been" or "be"
                or "was" or "were" or "is" or "are";
            classes[i] = perfectOrPassive ? _vbnClass : _vbdClass;
        }
    }
}
