using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 70 (fam03): force acts told as done together without the adjective "joint". "Soldiers from Benin and Togo began
/// patrolling the frontier together", "Polish and Ukrainian sappers training together", "the two navies held exercises
/// together", "Ghana and Ivory Coast agreed to patrol their border jointly": the adverb "together" or "jointly" on a verb of
/// a force's act (patrol, train, drill, exercise, manoeuvre), or on a verb whose object is such an act noun, makes the doers
/// partners of a joint force act, as "joint patrols" does (decision 088, which left these wordings).
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs that name a force's act done with another force when told "together" or "jointly".</summary>
    private static readonly HashSet<string> TogetherForceActVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "patrol", "train", "drill", "exercise", "manoeuvre", "maneuver",
    };

    /// <summary>
    /// The act (a verb of <see cref="TogetherForceActVerbs"/> or an act noun of <see cref="JointForceActNouns"/> that is the
    /// object or "in" phrase of the verb) that the adverb <paramref name="adverb"/> ("together", "jointly") modifies, with its
    /// partners: the coordinated subject of the verb, the noun a participle of it modifies ("sappers training together"), and
    /// an actor of a "with" phrase on the verb. Returns the act's token (or -1); <paramref name="verb"/> is the verb.
    /// Invariant: the adverb must hang on the verb (advmod), so "lived together" or "came together" with no act is nothing.
    /// </summary>
    public int TogetherForceAct(int adverb, List<int> partners, out int verb)
    {
        verb = -1;
        partners.Clear();
        if (!Parsed || adverb < _f || adverb >= _e || !RelIs(adverb, "advmod")) return -1;
        string w = _doc.Token(adverb).Span.ToString();
        if (!w.Equals("together", StringComparison.OrdinalIgnoreCase) && !w.Equals("jointly", StringComparison.OrdinalIgnoreCase)) return -1;
        int h = Head(adverb);
        // "patrolled the islands together on Thursday": the parser may hang the adverb on the verb's time or place phrase.
        if (h >= 0 && !IsVerbal(h) && RelStarts(h, "obl")) h = Head(h);
        if (h < 0 || !IsVerbal(h)) return -1;
        int act = -1;
        if (TogetherForceActVerbs.Contains(_doc.Token(h).Lemma ?? "")) act = h;
        else
            foreach (var c in Children(h))
                if (IsJointForceActNoun(c) && (RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is "in" or "during"))) { act = c; break; }
        if (act < 0) return -1;
        verb = h;
        foreach (var c in Children(h)) if (RelIs(c, "nsubj") || RelIs(c, "nsubj:pass")) CollectSubjectPartners(c, partners);
        // "Soldiers from Benin and Togo began patrolling ... together": the subject of the verb the act completes.
        if (partners.Count == 0 && RelIs(h, "xcomp") && Head(h) is var ruler && ruler >= 0)
            foreach (var c in Children(ruler)) if (RelIs(c, "nsubj")) CollectSubjectPartners(c, partners);
        // "photos of Polish and Ukrainian sappers training together": a participle on the doers' noun.
        if (partners.Count == 0 && RelIs(h, "acl") && Head(h) is var doers && doers >= 0) CollectPartners(doers, partners);
        foreach (var c in Children(h)) if (RelStarts(c, "obl") && CaseOf(c) == "with") CollectPartners(c, partners);
        return act;
    }

    /// <summary>The partners a subject names (<see cref="CollectPartners"/>), with the countries of a "from" phrase on it
    /// ("Soldiers from Benin and Togo").</summary>
    private void CollectSubjectPartners(int subject, List<int> partners)
    {
        CollectPartners(subject, partners);
        foreach (var g in Children(subject)) if (RelStarts(g, "nmod") && CaseOf(g) == "from") CollectPartners(g, partners);
    }
}
