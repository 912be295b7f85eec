using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// The clause verb a setting phrase ("during a visit to Abu Dhabi", "in a telephone call with ...") belongs to, when the
/// parser hangs the phrase on a noun of the clause instead of on its verb.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The verb whose clause the setting anchor (see <see cref="SettingAnchor"/>) sets: its head when it is an oblique of a
    /// verb. A call or a journey is the time of an act, never a part of a thing, so its phrase hung on a noun still sets the
    /// clause: "thanked the UAE for its support during a visit to Abu Dhabi", "congratulated Rahmon on the agreement in a
    /// telephone call" (the verb that noun, or the noun above it, at most three steps up through nominal dependents, depends
    /// on). Talks and clashes on a noun keep the noun's reading ("a ceasefire during peace talks" is the ceasefire's frame).
    /// -1 when there is none. Invariant: a result is verbal.
    /// </summary>
    private int SettingVerb(int anchor)
    {
        if (Head(anchor) is not (var h and >= 0)) return -1;
        if (RelStarts(anchor, "obl")) return IsVerbal(h) ? h : -1;
        // "extended their ceasefire by a month after talks in Istanbul": the parser hangs an "after" phrase of talks that name
        // no partner on the noun before it, but talks are never a part of a month or a frontier; like a call they set the
        // clause (decision 076; whether they are news is IsSettingEvent's to say).
        if (!RelStarts(anchor, "nmod") || !(CallOrJourney(anchor) || PartnerlessTalksAfter(anchor))) return -1;
        // "Canada's foreign minister, in a call with her Indian counterpart, agreed ...": on the subject's noun only a phrase
        // set off by commas, a parenthetical of the clause ("the minister on a visit to Kenya" is the on-phrase rule's).
        if (RelStarts(h, "nsubj")) return CommaBefore(anchor) && Head(h) is var sv and >= 0 && IsVerbal(sv) ? sv : -1;
        for (int hops = 0; hops < 3 && h >= 0; hops++)
        {
            if (IsVerbal(h)) return h;
            // Only up through a noun's place in its clause (object, oblique, nominal modifier): a subject's or a clause's
            // noun would lend the phrase a verb it does not set.
            if (!(RelIs(h, "obj") || RelStarts(h, "obl") || RelStarts(h, "nmod"))) return -1;
            h = Head(h);
        }
        return h >= 0 && IsVerbal(h) ? h : -1;
    }

    /// <summary>
    /// "Lavrov told Rubio in a phone call that ...", "Putin congratulated Rahmon in a telephone call": a call that sets the
    /// clause and names no other side of its own is held with the one the clause's verb addresses, its direct or indirect
    /// object. The actor index, or -1 (not a call, not a setting, no actor object, or the object is the source).
    /// </summary>
    public int SettingCallAddressee(int noun, int source)
    {
        if (!Parsed || noun < _f || noun >= _e || !IsSettingEvent(noun)) return -1;
        if ((_doc.Token(noun).Lemma ?? "") is not ("call" or "conversation")) return -1;
        int verb = SettingVerb(SettingAnchor(noun));
        if (verb < 0) return -1;
        foreach (var c in Children(verb))
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && ActorOfNode(c) is var a && a >= 0 && a != source) return a;
        return -1;
    }

    /// <summary>
    /// True when the verb a setting event sets is the complement of a governing verb in the simple past ("promised to send
    /// food during a phone call with Arce"): the promise was made during the call, so the call happened. False for a present
    /// or future governor ("plans to sign a deal during a visit to Delhi"), where the visit is planned too.
    /// </summary>
    public bool SettingInPastClause(int noun)
    {
        int verb = SettingVerb(SettingAnchor(noun));
        if (verb < 0) return false;
        int g = ComplementGovernor(verb, _ => true);
        return g >= 0 && _doc.Token(g).Xpos == "VBD";
    }

    /// <summary>True when a comma stands right before the first word of the phrase (its case marker or first modifier).</summary>
    private bool CommaBefore(int phrase)
    {
        int first = phrase;
        foreach (var c in Children(phrase)) if (c < first) first = c;
        return first - 1 >= _f && _doc.Token(first - 1).Span.ToString() == ",";
    }

    /// <summary>Talks or consultations in an "after" or "following" phrase with no "with", "to", "by" or "between" phrase of
    /// their own ("after talks in Istanbul", "after three days of talks in Geneva" through its quantity).</summary>
    private bool PartnerlessTalksAfter(int anchor)
    {
        if (CaseOf(anchor) is not ("after" or "following")) return false;
        int noun = IsTalks(anchor) ? anchor : -1;
        // "after a round of talks": the measure noun's "of" phrase (see SettingAnchor).
        if (noun < 0 && TalksMeasureNouns.Contains(_doc.Token(anchor).Lemma ?? ""))
            foreach (var c in Children(anchor))
                if (RelIs(c, "nmod") && CaseOf(c) == "of" && IsTalks(c)) { noun = c; break; }
        if (noun < 0) return false;
        foreach (var c in Children(noun))
            if (CaseOf(c) is "with" or "to" or "by" or "between") return false;
        return true;
    }

    private bool IsTalks(int noun) => (_doc.Token(noun).Lemma ?? "") is "talks" or "talk" or "consultation" or "consultations";

    /// <summary>A visit, trip or tour ("on a visit to Kyiv"): the journeys one is "on" while doing the clause's act.</summary>
    private bool OnJourney(int noun) => (_doc.Token(noun).Lemma ?? "") is "visit" or "trip" or "tour";

    /// <summary>A call, conversation, visit or trip (lemma): events that only ever set the time of another.</summary>
    private bool CallOrJourney(int noun) => (_doc.Token(noun).Lemma ?? "") is "call" or "conversation" or "visit" or "trip";

    /// <summary>The verb a setting event (<see cref="IsSettingEvent"/>) sets, or -1 when the noun sets none.</summary>
    public int SettingVerbOf(int noun) => Parsed && noun >= _f && noun < _e && IsSettingEvent(noun) ? SettingVerb(SettingAnchor(noun)) : -1;
}
