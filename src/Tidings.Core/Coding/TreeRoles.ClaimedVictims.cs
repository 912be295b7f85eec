namespace Tidings.Coding;

/// <summary>
/// Session 66 (target66, decision 108): whom a claimed attack struck, told by a relative clause on the attack noun.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of a relative clause on an attack noun that tell whom the attack struck: "a bombing that killed three
    /// policemen", "a drone attack that destroyed several bombers", "an ambush that wounded 12 soldiers".</summary>
    private static readonly HashSet<string> VictimVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "kill", "wound", "injure", "maim", "destroy", "damage",
    };

    /// <summary>Longest path of "of"/"at"/"in"/"on" phrases from the attack noun to the noun its relative clause hangs on
    /// ("a bombing at a Shia mosque in Kurram that killed 11 worshippers": the parser may hang the clause on the place).</summary>
    private const int MaxVictimClauseDepth = 2;

    /// <summary>
    /// "The Pakistani Taliban claimed responsibility for a suicide bombing that killed three policemen", "Boko Haram claimed
    /// the bombing of a market that killed nine people": the victims of the attack a claim of responsibility names (its
    /// object, or the noun of its "for" phrase), told by the attack noun's relative clause whose subject is the relative
    /// pronoun and whose verb kills, wounds or destroys (<see cref="VictimVerbs"/>). Returns that clause's verb, or -1; the
    /// caller reads its object: an actor (<paramref name="victim"/>, else -1) or people only counted
    /// (<paramref name="counted"/>, else -1). The clause may hang on a place phrase of the noun ("a bombing at a mosque in
    /// Kurram that killed 11 worshippers"), as the parser often attaches it to the nearest noun.
    /// Invariant: only a noun of <see cref="ClaimedAttackNouns"/> that the claim verb <paramref name="verb"/> governs as its
    /// object or "for" phrase (directly, or through the object "responsibility"/"credit"); the clause's subject must be
    /// "that"/"which" (a clause with its own subject, "an attack that the army said killed ...", tells another's account).
    /// </summary>
    public int ClaimedAttackVictimClause(int verb, out int victim, out int counted)
    {
        victim = -1; counted = -1;
        if (!Parsed || verb < _f || verb >= _e) return -1;
        int v = -1, k = -1, found = -1;
        foreach (var c in Children(verb))
        {
            if (AttackNoun(c) is var r && r >= 0) { found = r; break; }
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (AttackNoun(g) is var r2 && r2 >= 0) { found = r2; break; }
            if (found >= 0) break;
        }
        if (found >= 0) { victim = v; counted = k; }
        return found;

        int AttackNoun(int n)
        {
            if (!ClaimedAttackNouns.Contains(_doc.Token(n).Lemma ?? "")) return -1;
            if (!(RelIs(n, "obj") || ((RelStarts(n, "obl") || RelStarts(n, "nmod")) && CaseOf(n) == "for"))) return -1;
            return VictimClause(n, 0, ref v, ref k);
        }

        int VictimClause(int n, int depth, ref int v, ref int k)
        {
            foreach (var c in Children(n))
            {
                if (!RelIs(c, "acl:relcl") || !VictimVerbs.Contains(_doc.Token(c).Lemma ?? "")) continue;
                bool relativeSubject = false;
                foreach (var s in Children(c))
                    if (RelIs(s, "nsubj") && _doc.Token(s).Lemma?.ToLowerInvariant() is "that" or "which") relativeSubject = true;
                if (!relativeSubject) continue;
                foreach (var o in Children(c))
                {
                    if (!RelIs(o, "obj")) continue;
                    if (ActorOfNode(o) is var a && a >= 0) { v = a; return c; }
                    if (UnnamedCountedPeople(o)) { k = o; return c; }
                }
            }
            if (depth >= MaxVictimClauseDepth) return -1;
            foreach (var c in Children(n))
                if (RelStarts(c, "nmod") && CaseOf(c) is "of" or "at" or "in" or "on" && VictimClause(c, depth + 1, ref v, ref k) is var r && r >= 0)
                    return r;
            return -1;
        }
    }
}

/// <summary>
/// Session 66 (target66): whom an investigation of a told conduct is aimed at, when that conduct is a clause.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Words that open a clause telling what an investigation asks ("into whether X broke the rules", "into how the
    /// government handled the fires", "is investigating whether the group used drones").</summary>
    private static readonly HashSet<string> InquiryClauseMarks = new(StringComparer.OrdinalIgnoreCase) { "whether", "if", "how", "why" };

    /// <summary>
    /// "opened an investigation into whether TikTok had broken EU rules", "voted to open an inquiry into how the government
    /// handled the wildfires", "is investigating whether the front had used drones": an investigation of a conduct told as a
    /// clause is aimed at that clause's active subject, as an investigation of an act is aimed at its doer
    /// (<see cref="InvestigatedAct"/>). The clause hangs on the investigating word <paramref name="anchor"/>, on its object
    /// (the investigation noun), or, for a noun anchor, on the verb that governs it; it is opened by "into" (with or without
    /// "whether"/"how") or, right on an investigating verb, by "whether"/"if"/"how"/"why". Returns the subject's actor, or -1
    /// (a passive clause, "into whether funds were misused", names no doer as its subject).
    /// </summary>
    public int InvestigatedClauseSubject(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return -1;
        var hosts = new List<int> { anchor };
        foreach (var c in Children(anchor)) if (RelIs(c, "obj")) hosts.Add(c);
        if (!IsVerbal(anchor) && Head(anchor) is var gov && gov >= 0 && IsVerbal(gov)) hosts.Add(gov);
        foreach (var h in hosts)
            foreach (var c in Children(h))
            {
                if (!(RelIs(c, "advcl") || RelIs(c, "acl") || RelIs(c, "ccomp")) || !IsVerbal(c) || c < h) continue;
                bool into = false, wh = false;
                foreach (var g in Children(c))
                {
                    if (g > c) break;
                    var w = _doc.Token(g).Span.ToString();
                    if ((RelIs(g, "mark") || RelIs(g, "case")) && w.Equals("into", StringComparison.OrdinalIgnoreCase)) into = true;
                    if ((RelIs(g, "mark") || RelIs(g, "advmod")) && InquiryClauseMarks.Contains(w)) wh = true;
                }
                if (!into && !(wh && RelIs(c, "ccomp") && h == anchor && IsVerbal(anchor))) continue;
                foreach (var g in Children(c))
                    if (RelIs(g, "nsubj") && ActorOfNode(g) is var subject && subject >= 0) return subject;
                return -1;
            }
        return -1;
    }
}
