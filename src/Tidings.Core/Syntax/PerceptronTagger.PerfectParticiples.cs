namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>
    /// "said on Saturday that police had beaten him", "the rebels have already driven them out": right after a form of
    /// "have" (up to three adverbs between), an irregular past form that is never a present ("beaten", "driven", "stolen",
    /// "held") is the perfect's participle. In a long reported clause the tagger can read it as a preposition, a noun, an
    /// adjective or a base verb, and the parser then hangs the clause on "had" with the act lost (the object becomes a prepositional
    /// phrase). Invariant: only those listed forms change, only from a non-verb tag, and only after a perfect auxiliary.
    /// </summary>
    private void RepairPerfectIrregularParticiple(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbnClass < 0) return;
        for (int i = 2; i < words.Count; i++)
        {
            if (!PastNeverPresent.Contains(words[i]) || _xpos[classes[i]] is not ("IN" or "RP" or "NN" or "JJ" or "VB" or "VBP" or "VBZ")) continue;
            if (PerfectAuxiliaries.Contains(words[BeforeAdverbs(classes, i)])) classes[i] = _vbnClass;
        }
    }
}
