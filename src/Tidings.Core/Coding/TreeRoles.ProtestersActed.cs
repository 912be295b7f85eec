namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>Verbs of a crowd's protest: what a force's own people do in the clause that tells why the force acted.</summary>
    private static readonly HashSet<string> CrowdProtestLemmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "march", "rally", "protest", "demonstrate", "block", "blockade", "barricade", "occupy", "storm", "gather", "picket",
        "throw", "hurl", "chant", "converge",
    };

    /// <summary>Roles of a state's organs of force and rule, which break protests up and are not their doers.</summary>
    private static readonly HashSet<string> ForceRoles = new(StringComparer.Ordinal) { "COP", "MIL", "GOV", "SPY" };

    /// <summary>
    /// Session 68: "Pakistani police baton-charged supporters of the imprisoned former premier as they tried to march on
    /// Islamabad", "police detained 40 supporters of the billionaire as they blocked the street outside the court", "riot police
    /// beat students with batons and arrested dozens as they tried to block the main road": the subject "they" of an adverbial
    /// clause whose verb (<paramref name="trigger"/>, or the verb it is the infinitive of) is a crowd's protest, on a verb
    /// (<paramref name="forceVerb"/>) whose subject is a state force, stands for the people that verb (or the verb it is
    /// coordinated with) acts on: the protesters, not the police. Returns that actor, or -1 (the antecedent step's general
    /// reading then applies).
    /// </summary>
    private int ProtestersActed(int pronoun, int trigger, int forceVerb)
    {
        if (!_doc.Token(pronoun).Span.Equals("they", StringComparison.OrdinalIgnoreCase)) return -1;
        if (!CrowdProtestLemmas.Contains(LemmaOf(trigger))) return -1;
        int force = -1;
        foreach (var gc in Children(forceVerb)) if (RelIs(gc, "nsubj")) { force = ActorOfNode(gc); break; }
        int first = forceVerb;
        if (force < 0 && RelIs(forceVerb, "conj") && Head(forceVerb) is var fh && fh >= 0)
        {
            first = fh;
            foreach (var gc in Children(fh)) if (RelIs(gc, "nsubj")) { force = ActorOfNode(gc); break; }
        }
        if (force < 0 || _doc.Actors[force].Code is not { Length: >= 6 } fc || !ForceRoles.Contains(fc[3..6])) return -1;
        // whom the force acted on: its verb's object ("detained dozens of students") or the people its weapons were aimed at
        // ("fired tear gas at farmers", "turned water cannon on marchers")
        foreach (int verb in new[] { forceVerb, first })
            foreach (var c in Children(verb))
            {
                if (!(RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is "at" or "on" or "against"))) continue;
                if (ActorOfNode(c) is var people && people >= 0 && people != force
                    && !(_doc.Actors[people].Code is { Length: >= 6 } pc && ForceRoles.Contains(pc[3..6])))
                    return people;
            }
        return -1;
    }
}
