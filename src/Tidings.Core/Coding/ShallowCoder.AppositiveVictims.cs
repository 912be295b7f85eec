using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// "killed more than 50 people, most of them women and children", "shot dead at least 30 villagers, most of them women
    /// and elderly men": wire copy describes the counted victims again in an apposition, often coordinated. The tree reads
    /// the count onto the first appositive noun (202, the mass killing of decision 079) but not onto its conjunct, which
    /// the same verb then codes as a killing of a few (1823) at the same actor. One verb and one group of victims of one
    /// actor code are one act: the mass killing is the event and the lesser copy would score as a second, spurious event.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Drops a violent event (roots 18-20) of the same trigger and source as a mass killing (202) whose target carries the
        /// same actor code, when the two targets are one noun phrase's parts: one is an apposition or a conjunct of the other,
        /// or both hang as appositions or conjuncts from the same noun. Invariants: victims of another actor code keep their
        /// events ("killed 40 villagers and two soldiers": the soldiers are another actor); acts of other triggers (the
        /// assault beside its killing, decision 079's pairs) are untouched; only asserted, non-background pairs of one mode.
        /// </summary>
        private void DropActsOnAppositiveVictims()
        {
            if (_out.Count < 2 || !_tree.Parsed) return;
            _out.RemoveAll(m => IsViolentRoot(m.Cameo) && m.Cameo != "202" && m.Target >= 0 && !m.Negated && !m.Background
                && _out.Exists(o => !ReferenceEquals(o, m) && o.Cameo == "202" && o.Target >= 0 && o.Target != m.Target
                    && o.Trigger.FirstToken == m.Trigger.FirstToken && o.Source == m.Source && !o.Negated && !o.Background
                    && o.Modality == m.Modality && A(o.Target).Code is { } oc && oc == A(m.Target).Code
                    && OnePhrase(ActorHead(o.Target), ActorHead(m.Target))));
        }

        /// <summary>
        /// Whether two nouns are parts of one noun phrase of victims: the same noun, one an apposition or conjunct of the
        /// other, or both reached from one noun through appositions and conjuncts.
        /// </summary>
        private bool OnePhrase(int x, int y)
        {
            if (x < 0 || y < 0) return false;
            int rx = PhraseRoot(x), ry = PhraseRoot(y);
            return rx == ry;
        }

        /// <summary>The noun an apposition or conjunct chain starts from (at most four steps up).</summary>
        private int PhraseRoot(int t)
        {
            for (int i = 0; i < 4 && doc.Token(t).Relation is "appos" or "conj" && doc.Token(t).Head is var h && h >= 0; i++) t = h;
            return t;
        }

        private static bool IsViolentRoot(string cameo) => cameo.StartsWith("18", StringComparison.Ordinal)
            || cameo.StartsWith("19", StringComparison.Ordinal) || cameo.StartsWith("20", StringComparison.Ordinal);

        /// <summary>The head token of an actor mention's span; -1 when it has none.</summary>
        private int ActorHead(int actor) => Syntax.Attachment.SpanHead(doc, A(actor).Tokens);

    }
}
