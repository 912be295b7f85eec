namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 72 (read72): "the ministry would not say whether troops had fired on the crowd", "investigators are
        /// examining whether police beat the detainees", "it is unclear whether the drones struck the depot": an act told
        /// inside a "whether" clause is the open question, not a reported act (the tunable gold codes none: the declined
        /// comment, 011, or the investigation, 09x, is the news). The act is dropped; the verb that asks, examines or
        /// withholds stays coded by its own trigger.
        /// Invariants: only an act whose own clause, or a clause it hangs in through verb-to-verb edges (ccomp, xcomp,
        /// advcl, conj, obj, obl ...), is marked by "whether"; the walk stops at a noun-modifying clause (acl, relcl,
        /// appos), so "whether the truce, reached after two days of shelling, holds" keeps the shelling its relative
        /// clause reports; "if" is read only as an embedded question ("asked if", "unclear if", session 73,
        /// <see cref="IsQuestionIf"/>), otherwise it is mostly a condition, which other passes handle; frame-coded events, whose
        /// trigger is the asking or withholding verb above the clause, are never inside it.
        /// </summary>
        private void DropActsInWhetherClauses()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            _out.RemoveAll(m => m.Sentence == _sentence && InWhetherClause(Syntax.Attachment.SpanHead(doc, m.Trigger)));
        }

        /// <summary>Whether token <paramref name="node"/> lies in a clause marked by "whether" (see
        /// <see cref="DropActsInWhetherClauses"/>). At most 8 steps up.</summary>
        private bool InWhetherClause(int node)
        {
            for (int t = node, steps = 0; t >= _f && t < _e && steps < 8; steps++)
            {
                for (int k = _f; k < _e; k++)
                    if (doc.Token(k).Head == t && doc.Token(k).Relation == "mark" && (IsWord(k, "whether") || IsQuestionIf(k))) return true;
                var rel = doc.Token(t).Relation ?? "";
                if (rel.StartsWith("acl", StringComparison.Ordinal) || rel is "appos" or "parataxis" or "root") return false;
                int up = doc.Token(t).Head;
                if (up == t) return false;
                t = up;
            }
            return false;
        }
    }
}
