using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Nouns for the feelings a speaker sends to the bereaved ("our hearts are with", "his thoughts go out to").</summary>
        private static readonly WordSet GriefFeelings = new("heart", "hearts", "thoughts", "prayers", "sympathies", "condolences");

        /// <summary>True when the sentence holds a word of <see cref="GriefFeelings"/>, the cue of <see cref="CodeSharedGrief"/>.</summary>
        private bool AnyGriefFeeling()
        {
            for (int t = _f; t < _e; t++) if (Is(t, GriefFeelings)) return true;
            return false;
        }

        /// <summary>
        /// "'Our hearts are with the families of the victims,' the prime minister wrote", "Kenya's thoughts are with the people
        /// of Sudan", "our prayers go out to Turkey": feelings said to be with the bereaved, or to go out to them, are
        /// condolence (018, an empathetic comment, as "expressed condolences" is; gold eb67028). The source is the feelings'
        /// owner: an actor possessor, or "our"/"my"/"his"/"her"/"its"/"their" of the speaker of the verb of saying the clause
        /// hangs on; the target is the actor the "with"/"to" phrase names, else none.
        /// Invariants: the feeling noun is the subject of a copula with a "with" phrase as predicate, or of "go out to";
        /// the predicate is not negated and carries no modal; no event without a source.
        /// </summary>
        private void CodeSharedGrief()
        {
            if (!_tree.Parsed) return;
            for (int n = _f; n < _e; n++)
            {
                if (!Is(n, GriefFeelings) || doc.Token(n).Relation != "nsubj") continue;
                int h = doc.Token(n).Head;
                if (h < _f || h >= _e) continue;
                bool with = DependentOf(h, "cop") >= 0 && DependentOf(h, "case") is var c && c >= 0 && IsWord(c, "with");
                bool goOut = doc.TokLemma(h) is "go" && (DependentOf(h, "compound:prt") is var prt && prt >= 0 && IsWord(prt, "out") || DependentOf(h, "advmod") is var adv && adv >= 0 && IsWord(adv, "out"));
                if (!with && !goOut) continue;
                if (_tree.IsNegated(h) || DependentOf(h, "aux") is var aux && aux >= 0 && doc.TokXpos(aux) == "MD") continue;
                int bereaved = with ? h : -1;
                if (goOut)
                    for (int k = h + 1; k < _e && bereaved < 0; k++)
                        if (doc.Token(k).Head == h && (doc.Token(k).Relation ?? "").StartsWith("obl", StringComparison.Ordinal)) bereaved = k;
                int owner = DependentOf(n, "nmod:poss");
                if (owner < 0) continue;
                int src = ActorAt(owner);
                string how = "possessor";
                if (src < 0 && doc.TokXpos(owner) == "PRP$")
                {
                    // The clause's speaker: the verb of saying it hangs on (a quote's ccomp, or a verb beside it as parataxis).
                    int say = -1;
                    for (int up = h, step = 0; step < 4 && up >= _f && up < _e && say < 0; step++)
                    {
                        int head = doc.Token(up).Head;
                        if (head >= _f && head < _e && doc.Token(up).Relation is "ccomp" or "parataxis" && Syntax.QuoteFirstClauses.IsSpeechLemma(doc.TokLemma(head) ?? "")) say = head;
                        for (int k = _f; k < _e && say < 0; k++)
                            if (doc.Token(k).Head == up && doc.Token(k).Relation == "parataxis" && Syntax.QuoteFirstClauses.IsSpeechLemma(doc.TokLemma(k) ?? "")) say = k;
                        up = head;
                    }
                    if (say >= 0) { src = _tree.VerbSource(say, out how); how = "speaker:" + how; }
                }
                if (src < 0 || IsModifier(src) && ActorAt(owner) != src) continue;
                int tgt = -1;
                if (bereaved >= 0)
                    for (int k = _f; k < _e && tgt < 0; k++)
                        if (ActorAt(k) >= 0 && (k == bereaved || _tree.InSubtreeOf(k, bereaved)) && k != n && !_tree.InSubtreeOf(k, n)) tgt = ActorAt(k);
                Emit(new TokenRange(n, n + 1), "018", src, tgt, $"shared-grief:{W(n).ToString()}→018 src={how},tgt=" + (tgt >= 0 ? "bereaved" : "none"),
                    false, CueDates(h, h), Modality.Asserted);
            }
        }
    }
}
