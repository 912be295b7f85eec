using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs of saying whose subject tells what another side "must" do.</summary>
        private static readonly HashSet<string> ObligationSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "say", "tell", "insist", "stress", "add", "declare", "write", "state", "argue", "reiterate", "maintain", "post",
        };

        /// <summary>
        /// Who tells the clause of <paramref name="verb"/> (an obligation on it, or craft it reports, ShallowCoder.CraftShows.cs): the sentence's reporter of it; else the subject of the verb of
        /// saying whose complement it is ("China said Japan must retract", "told the Assembly that Israel must withdraw"), or
        /// that hangs on it after a quote ("'Israel must let journalists in,' the head of the CPJ said"); else a headline's
        /// speaker before a colon ("Lula: Venezuela must publish full election results"). -1 when none.
        /// </summary>
        private int ObligationSpeaker(int verb)
        {
            int a = AttributionOf(new TokenRange(verb, verb + 1));
            if (a >= 0) return a;
            for (int v = verb, step = 0; v >= _f && v < _e && step < 4; step++)
            {
                int h = doc.Token(v).Head;
                if (h < _f || h >= _e) break;
                if (doc.Token(v).Relation is "ccomp" or "parataxis" && doc.TokLemma(h) is { } hl && ObligationSpeechVerbs.Contains(hl)
                    && DependentOf(h, "nsubj") is var s && s >= 0 && ActorAt(s) is var sa && sa >= 0) return sa;
                if (doc.Token(v).Relation is not ("conj" or "ccomp")) break;
                v = h;
            }
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation is "parataxis" or "ccomp" && k > verb
                    && doc.TokLemma(k) is { } kl && ObligationSpeechVerbs.Contains(kl)
                    && DependentOf(k, "nsubj") is var s && s >= 0 && ActorAt(s) is var sa && sa >= 0) return sa;
            if (ActorAt(_f) is var lead && lead >= 0 && A(lead).Tokens.EndToken < _e && W(A(lead).Tokens.EndToken) is ":") return lead;
            return -1;
        }

        /// <summary>Whether the noun group headed at <paramref name="subjNode"/> names a diplomat.</summary>
        private bool SubjectIsDiplomat(int subjNode)
        {
            for (int k = Math.Max(_f, subjNode - 4); k <= subjNode + 3 && k < _e; k++)
                if (doc.TokLemma(k)?.ToLowerInvariant() is "ambassador" or "envoy" or "diplomat" or "chargé" or "charge" or "attaché" or "attache" or "consul")
                    return true;
            return false;
        }

        /// <summary>Whether the sentence holds "must" or a craft noun, so the two session-67 passes may code with no trigger.</summary>
        private bool AnyMustOrCraft()
        {
            for (int t = _f; t < _e; t++)
                if (IsWord(t, "must") || CraftLemma(t) is not null) return true;
            return false;
        }

        /// <summary>
        /// Session 67 (posture67): "Von der Leyen: Russia must pay for Ukraine's reconstruction", "the fund said Accra must widen
        /// its tax base", "Britain's foreign secretary said Iran 'must stop harassing ships'": an act another side "must" do, told by
        /// a speaker, is the speaker's demand of that side (10x by what is demanded, <see cref="DemandedContent"/>, else 100),
        /// as "demanded that Accra widen its tax base" is. <see cref="CodeTrigger"/> reads the same construction when the
        /// demanded verb is itself a trigger ("Amnesty said the authorities must release the journalists"); this pass reads
        /// the verbs the lexicon does not know, the larger part of what is demanded in news copy.
        /// Invariants: the modal is "must" (an obligation; "should" only asks, and an act the lexicon does not know is left
        /// uncoded as an appeal), governs a verb that is not "be" or "have" (no state: "central banks must be free"), not negated
        /// and not "must have" (a conclusion); the verb's subject is an actor other than the speaker and not of its side (<see cref="SameSide"/>); the
        /// speaker is the sentence's reporter of the verb; nothing is coded when a trigger lies on the verb or an event already
        /// codes the verb's clause.
        /// </summary>
        private void CodeObligationDemands()
        {
            if (!_tree.Parsed) return;
            for (int m = _f; m < _e; m++)
            {
                if (!IsWord(m, "must") || doc.Token(m).Relation != "aux") continue;
                int verb = doc.Token(m).Head;
                if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB || doc.TokLemma(verb)?.ToLowerInvariant() is not { } lemma
                    || lemma is "be" or "have" or "do" || _tree.DeonticModal(verb) != m || TrigAt(verb) >= 0) continue;
                if (_out.Any(o => o.Sentence == _sentence && (o.Trigger.FirstToken == verb || o.Rule.StartsWith("obligation", StringComparison.Ordinal)
                    || o.Rule.StartsWith("ultimatum", StringComparison.Ordinal)))) continue;
                int subjNode = DependentOf(verb, "nsubj");
                if (subjNode < 0 || ActorAt(subjNode) is not (var subj and >= 0) || IsModifier(subj)) continue;
                // "the Colombian chargé d'affaires must leave within 48 hours": a diplomat told to leave is expelled (161), which the
                // expulsion rows read; no demand besides.
                if (lemma is "leave" or "depart" && SubjectIsDiplomat(subjNode)) continue;
                int speaker = ObligationSpeaker(verb);
                // "Kenya's finance minister said Kenya must cut spending": a side's word on what its own state must do is no demand
                // of another (an opposition's or a union's of its government stays one: SameSide needs the same role).
                if (speaker < 0 || speaker == subj || A(speaker).Code is null || SameSide(subj, speaker)) continue;
                string code = DemandedContent(verb, lemma) ?? "100";
                Emit(new TokenRange(verb, verb + 1), code, speaker, subj, $"obligation:{lemma}→{code} src=obligation-speaker,tgt=obligation-subject",
                    false, CueDates(verb, verb) || _tree.InPluperfectClause(verb), Modality.Demanded);
            }
        }
    }
}
