using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 60 (judge60): "said Israel would not allow the Palestinian Authority to run the crossing", "Colombia would
        /// not let the US military use its airfields", "will never allow Kyiv to join the alliance": a permission announced as
        /// not going to be given is a refusal of what the named actor asked or means to do (12x, asserted), as "would not
        /// negotiate" is a refusal and not a negation (gold/README.md; decision 068 reads "would not accept" the same way). It
        /// is aimed at the actor denied leave, and numbered 1212 when that actor is an armed force (military cooperation
        /// refused, as "would not accept foreign troops" is), else 120. The act that would have been allowed is not done, so
        /// an event the coder read inside the complement ("use its bases for strikes on Venezuela") is dropped.
        /// Invariants: the verb "allow" or "let" with "not", "n't" or "never" and a modal of will of its own; a complement verb
        /// (to-infinitive or bare) whose doer, the verb's object or the complement's subject, is a named actor other than the
        /// source's side (not "anyone", "its territory", "other countries"); no condition ("if", "unless") on it; the allowed
        /// act not itself hostile (a lexicon trigger of roots 13 to 20 there, "would not allow Iran to build a bomb", is a
        /// warning, not a refusal); no 12x event by the source already coded in the sentence.
        /// </summary>
        private void CodeRefusedPermissions()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                if (doc.TokUpos(v) != Upos.VERB || doc.TokLemma(v)?.ToLowerInvariant() is not ("allow" or "let")) continue;
                var (neg, will, conditional) = RefusalMarks(v);
                int obj = -1, comp = -1;
                for (int k = _f; k < _e; k++)
                {
                    if (doc.Token(k).Head != v) continue;
                    var rel = doc.Token(k).Relation;
                    if (rel is "obj") obj = k;
                    if (rel is "xcomp" or "advcl" or "ccomp" && k > v && doc.TokUpos(k) == Upos.VERB && comp < 0) comp = k;
                }
                // "allow the Palestinian Authority to play any role": the parser may hang the infinitive on the object (acl).
                if (comp < 0 && obj >= 0)
                    for (int k = obj + 1; k < _e && comp < 0; k++)
                        if (doc.Token(k).Head == obj && doc.Token(k).Relation == "acl" && doc.TokUpos(k) == Upos.VERB && IsWord(k - 1, "to")) comp = k;
                if (!neg || !will || conditional || comp < 0 || HasConditionClause(v) || HasConditionClause(comp)) continue;
                int doer = obj >= 0 ? ActorAt(obj) : -1;
                if (doer < 0)
                    for (int k = _f; k < comp && doer < 0; k++)
                        if (doc.Token(k).Head == comp && doc.Token(k).Relation is "nsubj" or "nsubj:pass") doer = ActorAt(k);
                if (doer < 0) continue;
                int src = _tree.VerbSource(v, out var srcHow);
                if (src < 0 || SameSide(doer, src) || _reporters.Contains(doer)) continue;
                if (HostileActUnder(comp)) continue;
                if (_out.Exists(o => o.Source == src && o.Cameo.StartsWith("12", StringComparison.Ordinal))) continue;
                string code = A(doer).Code is { Length: >= 6 } dc && dc[3..6] == "MIL" ? "1212" : "120";
                // The act that would have been allowed is not done.
                _out.RemoveAll(o => o.Sentence == _sentence && _tree.InSubtreeOf(Syntax.Attachment.SpanHead(doc, o.Trigger), comp));
                AddRefusal(v, code, src, doer, $"refused-permission:{doc.TokLemma(comp)?.ToLowerInvariant()}→{code} src={srcHow},tgt=denied-leave");
            }
        }

        /// <summary>Whether <paramref name="verb"/> has an adverbial clause opened by "if" or "unless" ("would not allow it unless
        /// Hamas disarmed": a refusal held on terms is a condition, not an announced refusal).</summary>
        private bool HasConditionClause(int verb)
        {
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb || doc.Token(k).Relation != "advcl") continue;
                for (int m = _f; m < k; m++)
                    if (doc.Token(m).Head == k && doc.Token(m).Relation == "mark" && W(m).ToString().ToLowerInvariant() is "if" or "unless") return true;
            }
            return false;
        }

        /// <summary>Whether the allowed act <paramref name="comp"/> is itself a lexicon trigger of a hostile root (13 to 20:
        /// threats, protests, force, coercion, violence): "would not allow Iran to attack" warns; "would not let the US use its
        /// bases for strikes" refuses the use, whatever the use is for.</summary>
        private bool HostileActUnder(int comp) =>
            TrigAt(comp) is var t && t >= 0 && _trigs[t].Code is { Length: >= 2 } c && string.CompareOrdinal(c[..2], "13") >= 0;
    }
}
