using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Irregular past forms of acts of force, flight and seeking that are no English noun (unlike "shot", "left",
    /// "won", "held").</summary>
    private static readonly HashSet<string> PastFormsNeverNouns = new(StringComparer.Ordinal)
    {
        "fought", "fled", "sought", "brought", "caught", "struck",
    };

    /// <summary>Session 68 (blind86): past forms of force that are also nouns ("a shot", "a hit") but only verbs right after
    /// a form of "be": "was shot and wounded", "were hit by water cannon", "was shot twice in the head".</summary>
    private static readonly HashSet<string> PassiveFormsAfterBe = new(StringComparer.Ordinal) { "shot", "hit" };

    /// <summary>
    /// "Ethiopian troops and Fano militiamen fought pitched battles", "Ethiopian federal forces and Fano militiamen fought
    /// for control of the town": after a coordinated subject that ends in a name-like phrase the tagger may read the verb
    /// as the head noun of that phrase (NN), and the parser then finds no verb for the joint subjects, so the clash loses
    /// one side and its target. A lower-case form of <see cref="PastFormsNeverNouns"/> tagged NN is a verb: the participle
    /// (VBN) after a form of "have" or "be", the finite past (VBD) otherwise. Invariant: only NN tags on these forms change.
    /// </summary>
    private void RepairPastFormReadAsNoun(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0 || _vbnClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "NN") continue;
            // Session 68 (blind86): "was shot", "were hit": after a form of "be" with no determiner between, these forms are
            // the passive participle (a noun would need "a"/"the": "it was a shot"), so the victim is the passive subject,
            // not the shooter.
            if (PassiveFormsAfterBe.Contains(words[i]) && words[i - 1].ToLowerInvariant() is "was" or "were" or "been" or "being" or "is" or "are" or "be")
            {
                classes[i] = _vbnClass;
                continue;
            }
            if (!PastFormsNeverNouns.Contains(words[i])) continue;
            bool perfectOrPassive = words[i - 1].ToLowerInvariant() is "had" or "has" or "have" or "having" or "been" or "be"
                or "was" or "were" or "is" or "are";
            classes[i] = perfectOrPassive ? _vbnClass : _vbdClass;
        }
    }
}
