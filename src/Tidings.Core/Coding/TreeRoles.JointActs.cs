using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 62 (aid62): military and police acts done jointly. "Joint patrols by Algerian and Tunisian troops began", "Japan's
/// coast guard and its Philippine counterpart held their first joint search and rescue exercise", "Turkish and Bulgarian
/// police carried out joint raids", "Guyana and the United States began joint air and naval exercises": the adjective
/// "joint" on a force's act makes the partners' military cooperation (062, both ways) whatever words stand between
/// "joint" and its noun, which the lexicon's contiguous rows ("joint exercise", "joint patrol") cannot reach.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns of acts that forces (armies, coast guards, police) do together: a joint one is military cooperation.</summary>
    private static readonly HashSet<string> JointForceActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "exercise", "drill", "patrol", "raid", "offensive", "operation", "manoeuvre", "maneuver", "sweep", "wargame",
    };

    /// <summary>
    /// The act noun that <paramref name="joint"/> (the adjective "joint") modifies when it is a force's act
    /// (<see cref="JointForceActNouns"/>), with its partners: the actors of the coordinated subject of the verb that takes
    /// the noun as object or as an "in" phrase ("held a joint drill", "flew bombers in a joint air drill"), or of the noun's
    /// own "by" agent when the noun is the subject ("Joint patrols by Algerian and Tunisian troops began"), and an actor of a
    /// "with" phrase on the verb or the noun. Returns the noun (or -1) and fills <paramref name="partners"/> with distinct
    /// actor indices in text order; <paramref name="verb"/> is the governing verb or -1.
    /// </summary>
    public int JointForceAct(int joint, List<int> partners, out int verb)
    {
        verb = -1;
        partners.Clear();
        if (!Parsed || joint < _f || joint >= _e || !(RelIs(joint, "amod") || RelIs(joint, "compound"))
            || !_doc.Token(joint).Span.Equals("joint", StringComparison.OrdinalIgnoreCase)) return -1;
        // "joint search and rescue exercise", "joint air and naval exercises": the parser may hang "joint" on the first
        // modifier of the act noun; the act is the noun that modifier (a compound, an adjective or their conjunct) belongs to.
        int act = Head(joint);
        for (int step = 0; step < 3 && act >= 0 && !IsJointForceActNoun(act); step++)
            act = Rel(act) is "compound" or "amod" or "conj" ? Head(act) : -1;
        // "began joint air and naval exercises" parsed with "air" as the object and "exercises" its conjunct: the act is
        // that conjunct, and the first conjunct ("air") holds the place in the clause (object, "in" phrase, subject).
        int slot = act;
        if (act < 0 && Head(joint) is var first && first >= 0)
            foreach (var c in Children(first))
                if (RelIs(c, "conj") && IsJointForceActNoun(c)) { act = c; slot = first; break; }
        if (act < 0 || !IsJointForceActNoun(act)) return -1;
        int h = Head(slot);
        if (h >= 0 && IsVerbal(h) && (RelIs(slot, "obj") || (RelStarts(slot, "obl") && CaseOf(slot) is "in" or "during")))
        {
            verb = h;
            foreach (var c in Children(h)) if (RelIs(c, "nsubj") || RelIs(c, "nsubj:pass")) CollectPartners(c, partners);
            // "ordered the army and police to launch a joint operation": an infinitive with no subject of its own takes the
            // object of the verb it completes (object control).
            if (partners.Count == 0 && RelIs(h, "xcomp") && Head(h) is var ruler && ruler >= 0)
                foreach (var c in Children(ruler)) if (RelIs(c, "obj")) CollectPartners(c, partners);
            foreach (var c in Children(h)) if (RelStarts(c, "obl") && CaseOf(c) == "with") CollectPartners(c, partners);
        }
        else if (h >= 0 && IsVerbal(h) && RelIs(slot, "nsubj"))
        {
            verb = h;
            foreach (var c in Children(act)) if (RelStarts(c, "nmod") && CaseOf(c) == "by") CollectPartners(c, partners);
        }
        foreach (var c in Children(act)) if (RelStarts(c, "nmod") && CaseOf(c) == "with") CollectPartners(c, partners);
        return verb >= 0 ? act : -1;
    }

    /// <summary>Adds the actor a nominal stands for, and those of its conjuncts and of coordinated adjectives or possessives
    /// on it ("Algerian and Tunisian troops", "Japan's coast guard and its Philippine counterpart"), to the list.</summary>
    private void CollectPartners(int node, List<int> partners)
    {
        if (ActorOfNode(node) is var a && a >= 0 && !partners.Contains(a)) partners.Add(a);
        foreach (var c in Children(node))
        {
            if (RelIs(c, "conj")) CollectPartners(c, partners);
            else if ((RelIs(c, "amod") || RelIs(c, "nmod:poss") || RelIs(c, "compound")) && _actorOf[c] >= 0)
            {
                if (!partners.Contains(_actorOf[c])) partners.Add(_actorOf[c]);
                foreach (var g in Children(c))
                    if (RelIs(g, "conj") && _actorOf[g] >= 0 && !partners.Contains(_actorOf[g])) partners.Add(_actorOf[g]);
            }
        }
    }

    private bool IsJointForceActNoun(int t) =>
        _doc.Token(t).Upos == Upos.NOUN && JointForceActNouns.Contains(_doc.Token(t).Lemma ?? _doc.Token(t).Span.ToString());
}
