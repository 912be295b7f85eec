using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 69 (threat69): "The Houthis warned that any ship bound for Israeli ports would be treated as a legitimate
        /// target", "the Kremlin warned that nuclear weapons placed in Poland would become legitimate targets": a speaker that
        /// declares something a legitimate (fair, lawful) target threatens to attack it (1384, threatened; eb79029, eb86076),
        /// aimed at the declared thing's owner when the sentence names one ("placed in Poland": POL), else at no one. The
        /// warning that frames it is that threat, not a pessimistic comment (DropWarningsThatThreaten, which runs later).
        /// Invariant: a negated declaration ("hospitals are never legitimate targets") codes nothing; one threat per
        /// speaker's act: a threat of attack already coded for the speech verb's source is left alone.
        /// </summary>
        private void CodeDeclaredFairTargets()
        {
            if (!_tree.Parsed) return;
            for (int p = _f; p < _e; p++)
            {
                if (!_tree.DeclaredFairTarget(p, out int speechVerb, out int declared)) continue;
                int speaker = _tree.VerbSource(speechVerb, out string how);
                if (speaker < 0 || IsModifier(speaker)) continue;
                if (_out.Exists(m => m.Source == speaker && m.Cameo.StartsWith("138", StringComparison.Ordinal))) continue;
                int owner = declared >= 0 ? _tree.DeclaredTargetOwner(declared) : -1;
                if (owner >= 0 && (owner == speaker || SameSide(owner, speaker))) owner = -1;
                Emit(new TokenRange(p, p + 1), "1384", speaker, owner,
                    $"declared-fair-target:{doc.TokLemma(speechVerb)}+target→1384 src={how},tgt={(owner >= 0 ? "owner" : "none")}",
                    false, false, Modality.Threatened);
            }
        }
    }
}
