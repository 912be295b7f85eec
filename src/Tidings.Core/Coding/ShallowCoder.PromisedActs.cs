using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 64 (intend64): the party a promised act is for. "China agreed to restructure Zambian debt", "offered to restore
    /// the station's licence", "pledged to return the land to Tamil owners", "agreed to build a hydropower plant with
    /// Kyrgyzstan": a verb of intent (agree, pledge, promise, offer, commit, be ready ...) whose "to"-infinitive is no trigger
    /// of its own still states an intent to cooperate (CAMEO 030, gold/README.md "Future and intent": announced cooperation
    /// is 03), and the side it is for is named inside the promised act: the owner of its object (a possessive, a country
    /// adjective, an "of" phrase), its indirect object, or its "to", "for" or "with" phrase. Before, such a frame coded
    /// nothing when its own prepositions named no one ("agreed to ..." has no "to"-actor), so the intent was lost.
    /// Invariants: only frames of intent, never "vow" or "swear" (which read as threats, "vowed to make Israel pay"); only
    /// a complement verb that is no trigger (a trigger inside is framed by CodeFramed with its own code); never a verb of
    /// hostility (PromisedAgainst: "pledged to hold Moscow accountable" is no cooperation); never a direct-object actor,
    /// which is the act's patient rather than whom it benefits ("agreed to isolate Iran"); the target is another actor than
    /// the promiser (Emit drops a self-dyad).
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Verbs of a promised act that work against the party named in it: no intent to cooperate with it.</summary>
        private static readonly WordSet PromisedAgainst = new("hold", "punish", "isolate", "confront", "counter", "deter", "contain",
            "defeat", "eliminate", "crush", "resist", "oppose", "target", "pressure", "challenge", "sue", "prosecute", "expose", "stop",
            "block", "hunt", "track", "avenge", "retaliate", "destroy", "ban", "bar", "limit", "curb", "restrict", "cut", "end", "halt",
            "freeze", "seize", "confiscate", "expel", "deport", "investigate", "probe", "monitor", "fight", "combat", "tackle", "root", "drive", "push", "force", "compel", "make", "teach", "cancel", "revoke",
            "withdraw", "reduce", "downgrade", "suspend", "sever", "break", "close", "shut", "remove", "replace", "oust", "topple");

        /// <summary>A head noun of an amount: money or a count ("dollars", "billion", "tonnes", "acres").</summary>
        private bool AmountHead(int k) => doc.TokLemma(k) is "dollar" or "euro" or "pound" or "yen" or "yuan" or "million" or "billion"
            or "tonne" or "ton" or "acre" or "hectare" or "barrel" or "$" or "€" or "£"
            || HasNumberChild(k);

        private bool HasNumberChild(int k)
        {
            for (int g = _f; g < _e; g++)
                if (doc.Token(g).Head == k && doc.Token(g).Relation == "nummod") return true;
            return false;
        }

        /// <summary>Frames of intent whose bare reading (030) may take its target from the promised act.</summary>
        private static bool CooperativeIntentFrame(TriggerEntry entry) =>
            entry.Frame == FrameKind.Intend && entry.Trigger is not ("vow" or "swear" or "plan" or "intend" or "propose");

        /// <summary>The actor the promised act at <paramref name="act"/> is for, or -1 (see the class summary).</summary>
        private int PromisedActBeneficiary(int act, int promiser)
        {
            if (!_tree.Parsed || act < _f || act >= _e || TrigAt(act) >= 0) return -1;
            if (doc.TokLemma(act) is not { } lemma || PromisedAgainst.Contains(lemma)) return -1;
            if (_tree.IsNegated(act)) return -1;
            int found = -1;
            for (int k = _f; k < _e && found < 0; k++)
            {
                if (doc.Token(k).Head != act) continue;
                var rel = doc.Token(k).Relation ?? "";
                if (rel == "iobj") found = Other(_tree.ActorOfNode(k));
                else if (rel.StartsWith("obl", StringComparison.Ordinal) && _tree.CaseOf(k) is "to" or "for" or "with") found = Other(ActorAt(k) >= 0 ? _tree.ActorOfNode(k) : -1);
                else if (rel == "obj" && ActorAt(k) < 0)
                {
                    // The owner of the thing the act is done to: "Zambian debt", "the station's licence", "the debt of Zambia",
                    // or a "to"/"with" phrase the parser hung on the object ("a code of conduct with Beijing").
                    found = Other(_tree.ActorOfNode(k));
                    // An amount "of" the thing ("four billion dollars of Zambian debt") is owned as the thing is.
                    for (int g = _f; g < _e && found < 0; g++)
                        if (doc.Token(g).Head == k && (doc.Token(g).Relation ?? "").StartsWith("nmod", StringComparison.Ordinal))
                        {
                            if (_tree.CaseOf(g) is "to" or "with" && ActorAt(g) >= 0) found = Other(_tree.ActorOfNode(g));
                            else if (_tree.CaseOf(g) == "of" && ActorAt(g) < 0 && (doc.TokXpos(k) == "CD" || AmountHead(k))) found = Other(_tree.ActorOfNode(g));
                        }
                }
            }
            return found;

            int Other(int a) => a >= 0 && a != promiser ? a : -1;
        }
    }
}
