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
    /// Invariants: only frames of intent with a "to"-infinitive, never "vow" or "swear" (which read as threats, "vowed to make Israel pay"); only
    /// a complement verb that is no trigger (a trigger inside is framed by CodeFramed with its own code); never a verb of
    /// hostility (PromisedAgainst: "pledged to hold Moscow accountable" is no cooperation); never a direct-object actor,
    /// which is the act's patient rather than whom it benefits ("agreed to isolate Iran"); the target is another actor than
    /// the promiser (Emit drops a self-dyad) and no bare role of no country.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Verbs of a promised act that work against the party named in it: no intent to cooperate with it.</summary>
        private static readonly WordSet PromisedAgainst = new("hold", "punish", "isolate", "confront", "counter", "deter", "contain",
            "defeat", "eliminate", "crush", "resist", "oppose", "target", "pressure", "challenge", "sue", "prosecute", "expose", "stop",
            "block", "hunt", "track", "avenge", "retaliate", "destroy", "ban", "bar", "limit", "curb", "restrict", "cut", "end", "halt",
            "freeze", "seize", "confiscate", "expel", "deport", "investigate", "probe", "monitor", "fight", "combat", "tackle", "root", "drive", "push", "force", "compel", "make", "teach", "cancel", "revoke",
            "withdraw", "reduce", "downgrade", "suspend", "sever", "break", "close", "shut", "remove", "replace", "oust", "topple");

        /// <summary>
        /// "signed a peace agreement that commits Kigali to withdraw its troops from eastern Congo", "the pact commits both
        /// sides to reopen the highway": "commit" with an object is object control, and what a text (an agreement, treaty,
        /// deal) commits a party to do is that party's intent, not the text's; the framed act is coded with its own doer
        /// (the object, through the tree's object control) as an intent (03). The actor object of "commit", or -1 when the
        /// verb has an actor as its own doer ("Rwanda committed to withdraw": the frame codes it as before) or no actor
        /// object. Invariants: only the verb "commit", active, with a "to"-infinitive; only when the committed act reads as an
        /// intent to cooperate (03x, checked by the caller): a text does not threaten.
        /// </summary>
        private int CommittedParty(Trig tr)
        {
            if (tr.IsNoun || tr.Entry.Trigger != "commit" || !_tree.Parsed) return -1;
            int verb = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            if (doc.TokXpos(verb) is "VBN" || _tree.ComplementVerb(verb) < 0) return -1;
            // The committing doer is a text, not an actor: its subject (or, in a relative clause, the noun the clause is on)
            // names no actor.
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation is "nsubj" && ActorAt(k) >= 0) return -1;
            if (doc.Token(verb).Relation is "acl:relcl" or "acl" && doc.Token(verb).Head is var text && text >= _f && _tree.ActorOfNode(text) >= 0) return -1;
            for (int k = verb + 1; k < _e; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation == "obj") return _tree.ActorOfNode(k);
            return -1;
        }

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
            // Only a "to"-infinitive the promiser does itself, not a "that" clause with a doer of its own ("promised that
            // Brazil would double its assistance": the clause's own trigger codes it).
            if (doc.Token(act).Relation is not ("xcomp" or "advcl") || !IsWord(act - 1, "to")) return -1;
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
                    // or a "to", "for" or "with" phrase the parser hung on the object ("a code of conduct with Beijing",
                    // "schools for Lebanon").
                    found = Other(_tree.ActorOfNode(k));
                    // An amount "of" the thing ("four billion dollars of Zambian debt") is owned as the thing is.
                    for (int g = _f; g < _e && found < 0; g++)
                        if (doc.Token(g).Head == k && (doc.Token(g).Relation ?? "").StartsWith("nmod", StringComparison.Ordinal))
                        {
                            if (_tree.CaseOf(g) is "to" or "for" or "with" && ActorAt(g) >= 0) found = Other(_tree.ActorOfNode(g));
                            else if (_tree.CaseOf(g) == "of" && ActorAt(g) < 0 && (doc.TokXpos(k) == "CD" || AmountHead(k))) found = Other(_tree.ActorOfNode(g));
                        }
                }
            }
            return found;

            // A bare role with no country ("a joint force of troops": MIL) is what the thing is made of, not whom it is for.
            int Other(int a) => a >= 0 && a != promiser && A(a).Code is { } c && !Actors.ActorLexicon.RoleCodes.Contains(c) ? a : -1;
        }
    }
}
