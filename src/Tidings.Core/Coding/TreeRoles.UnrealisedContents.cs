using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when <paramref name="node"/> lies in what a noun of asking, proposing or hoping puts forward: "Iraq's demand that
    /// Turkey withdraw its troops", "its demand that Budapest scrap a law restricting the Pride march", "an EU demand to
    /// align its foreign policy with the bloc's sanctions on Russia", "a demand to end the war as a condition for freeing
    /// the hostages", "voiced hope that the two sides would resume talks". What is asked, proposed or hoped for has not been
    /// done, and the events its clause names (nouns included) are its content, not news of their own; the asking, when the
    /// sentence codes it, is the event (gold/README.md: demands are coded and the demanded act is not).
    /// Extends <see cref="ContentOfProposalNoun"/>, which takes a verb right in a "to" clause of any proposal noun, to any
    /// depth of the clause and to event nouns in it for nouns of asking and offering, and to "that" clauses of nouns of
    /// asking or hoping.
    /// Invariant: the walk climbs only inside the clause's own words; it stops at a relative clause (its own subject tells a
    /// fact: "a demand to free prisoners who attacked the police"), a reported or loose clause (ccomp, parataxis, appos),
    /// and the root; a chance taken ("took the opportunity to thank Qatar") frames nothing.
    /// </summary>
    public bool InProposedContent(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int v = node, step = 0; step < 10; step++)
        {
            int h = Head(v);
            if (h < 0) return false;
            if (RelIs(v, "acl:relcl") && AskingThatNouns.Contains(_doc.Token(h).Span.ToString().ToLowerInvariant()) && ContentReadAsRelative(v))
                return true;
            if (RelIs(v, "acl:relcl") || RelIs(v, "ccomp") || RelIs(v, "parataxis") || RelIs(v, "appos") || RelIs(v, "root")) return false;
            // "dropped a plan to raise fuel prices after students protested": a finite past or present verb is a clause of its
            // own that the parser may have hung inside the content; what it tells happened. (A "that" content clause of an
            // asking noun is read below before this test: its verb is a subjunctive or a modal's.)
            if (_doc.Token(v).Xpos is "VBD" or "VBZ" && !(RelStarts(v, "acl") && MarkOf(v) == "that")) return false;
            if (RelStarts(v, "acl") && _doc.TokUpos(h) is Upos.NOUN && !SeizedOpportunity(h))
            {
                string noun = _doc.Token(h).Span.ToString().ToLowerInvariant();
                string? mark = MarkOf(v);
                // Nouns of asking and offering only: the wider ProposalNouns (efforts, plans, motions, resolutions) keep the
                // direct-verb reading of ContentOfProposalNoun, as their deeper words are often what the text reports done.
                if (mark is "to" or "for" && (AskingThatNouns.Contains(noun) || noun is "offer" or "offers")) return true;
                if (mark == "that" && HasSubject(v) && (AskingThatNouns.Contains(noun) || HopingThatNouns.Contains(noun))) return true;
            }
            // "dropped a plan to raise prices after students protested", read with "protested" as a participle on "students":
            // a clause on another noun tells of that noun (what befell it, what it did), read by the background rules.
            if (RelStarts(v, "acl")) return false;
            v = h;
        }
        return false;
    }

    /// <summary>
    /// "Iraq's demand that Turkey withdraw its troops": the parser may read the content clause of an asking noun as a
    /// relative clause with "that" as its object. It is the content when "that" is a dependent of the clause and the clause
    /// has a subject of its own besides it and either an object of its own too or a bare (subjunctive) verb; a true object
    /// relative ("the demand that the government rejected") has "that" as its only object.
    /// </summary>
    private bool ContentReadAsRelative(int verb)
    {
        bool that = false, subject = false, otherObject = false;
        foreach (var c in Children(verb))
        {
            bool isThat = _doc.Token(c).Span.Equals("that", StringComparison.OrdinalIgnoreCase);
            if (isThat) { that = true; continue; }
            if (RelStarts(c, "nsubj") && !IsRelativePronoun(c)) subject = true;
            if (RelIs(c, "obj")) otherObject = true;
        }
        return that && subject && (otherObject || _doc.Token(verb).Xpos == "VB");
    }

    /// <summary>Nouns of asking whose "that" clause (with its own subject) is what is asked: "the demand that Turkey withdraw".</summary>
    private static readonly HashSet<string> AskingThatNouns = new(StringComparer.Ordinal)
    {
        "demand", "demands", "call", "calls", "request", "requests", "appeal", "appeals", "plea", "pleas", "proposal",
        "proposals", "ultimatum", "insistence", "order", "orders",
    };

    /// <summary>Nouns of hope whose "that" clause is what someone looks forward to: "expressed hope that talks would resume".</summary>
    private static readonly HashSet<string> HopingThatNouns = new(StringComparer.Ordinal)
    {
        "hope", "hopes", "optimism", "confidence", "wish", "wishes", "expectation", "expectations",
    };

    /// <summary>
    /// True when <paramref name="node"/> is in the complement of a verb of weighing an option ("is considering sending
    /// aircraft to evacuate its citizens", "would consider suspending cooperation with the IAEA", "is weighing closing the
    /// embassy") or in the "that" clause of a hope about others ("said he was optimistic that Thailand and Cambodia would sign
    /// a peace agreement", "hoped the government and the ELN would return to talks"). An option weighed is considered, not
    /// taken (CAMEO 014 is the weighing, which the lexicon codes); what a speaker hopes others will do is an outlook (013),
    /// not their act or their intent.
    /// Invariant: a hope is read only through a "that"-clause with its own subject that is no personal pronoun ("we hope
    /// to resume talks", "said it was confident it would win" are the speaker's own aims and stay as the coder reads them).
    /// The walk stops where <see cref="ComplementGovernor"/> stops: at a relative or noun clause, an apposition, a loose clause.
    /// </summary>
    public bool WeighedOrHopedFor(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int v = node, step = 0; step < 12; step++)
        {
            if (RelStarts(v, "acl") || RelIs(v, "appos") || RelIs(v, "parataxis")) return false;
            int h = Head(v);
            if (h < 0) return false;
            bool complement = RelIs(v, "ccomp") || RelIs(v, "xcomp") || (RelIs(v, "advcl") && MarkOf(v) == "to" && !HasSubject(v));
            if (complement && _doc.Token(h).Lemma is { } lemma)
            {
                if (WeighingVerbs.Contains(lemma) && IsVerbal(h)) return true;
                if (HopingWords.Contains(lemma) && RelIs(v, "ccomp") && OwnNonPronounSubject(v)) return true;
                // "said": a reported clause ends the walk; what is said is read by the reporting rules.
                if (RelIs(v, "ccomp")) return false;
            }
            v = h;
        }
        return false;
    }

    private bool OwnNonPronounSubject(int verb)
    {
        foreach (var c in Children(verb))
            if (RelStarts(c, "nsubj")) return _doc.TokUpos(c) is not Upos.PRON;
        return false;
    }

    /// <summary>Verbs of weighing a course of action.</summary>
    private static readonly HashSet<string> WeighingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "consider", "weigh", "mull", "contemplate", "ponder" };

    /// <summary>Verbs and adjectives of hope and confidence about what will come.</summary>
    private static readonly HashSet<string> HopingWords = new(StringComparer.OrdinalIgnoreCase)
        { "hope", "optimistic", "hopeful", "confident" };
}
