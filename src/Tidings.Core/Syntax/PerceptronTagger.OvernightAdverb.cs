using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>
    /// "Russian artillery shelled the city of Kharkiv overnight, wounding 12 people", "strikes on Hezbollah positions in
    /// southern Lebanon overnight", "launched drones at Ukraine's power grid overnight, prompting ...": after a place the
    /// tagger often reads "overnight" as a noun (or an adjective), and the parser then makes it the head of the place's
    /// phrase ("of Kharkiv overnight"), so the struck place is lost to the attack and its victims take the attacker's
    /// country. "overnight" not followed by a noun, name or adjective it could modify ("an overnight raid", "the overnight
    /// curfew" keep their adjective) is the adverb (RB) UD English tags it. Invariant: only this word's tag changes.
    /// </summary>
    private void RepairOvernightAdverb(IReadOnlyList<string> words, Span<int> classes)
    {
        int rb = ClassOf("ADV", "RB");
        if (rb < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (!words[i].Equals("overnight", StringComparison.OrdinalIgnoreCase) || _xpos[classes[i]] is not ("NN" or "NNP" or "JJ")) continue;
            if (i + 1 < words.Count && _uposValue[classes[i + 1]] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM) continue;
            classes[i] = rb;
        }
    }
}
