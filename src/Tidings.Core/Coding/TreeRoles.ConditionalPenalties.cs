namespace Tidings.Coding;

/// <summary>
/// Tree query for a warned penalty told as a passive under a condition: "warned Hamas that it would be destroyed if it
/// did not accept the plan", "warned striking miners that they would be dismissed unless they returned to work".
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs whose passive names what the warner's side will do to the warned, by the threat's CAMEO code: force
    /// (138), or an administrative penalty (132: dismissal, expulsion, suspension, a ban).</summary>
    private static readonly Dictionary<string, string> ConditionalPenaltyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["destroy"] = "138", ["annihilate"] = "138", ["eliminate"] = "138", ["obliterate"] = "138", ["bomb"] = "138",
        ["target"] = "138", ["attack"] = "138", ["strike"] = "138",
        ["dismiss"] = "132", ["sack"] = "132", ["fire"] = "132", ["expel"] = "132", ["suspend"] = "132", ["ban"] = "132",
        ["deregister"] = "132", ["disqualify"] = "132", ["deport"] = "132", ["evict"] = "132",
    };

    /// <summary>
    /// The threat code of a warned clause <paramref name="clause"/> (lemma <paramref name="lemma"/>) that tells, in a future
    /// passive held on an "if"/"unless" condition, a penalty the warner's side will inflict on the clause's subject ("it
    /// would be destroyed if ...", "they would be dismissed unless ..."), else null. The condition is what makes it a threat
    /// rather than a forecast: "warned that the dam would be destroyed by the floods" has none and stays a pessimistic comment,
    /// and an agent named in a "by" phrase is someone else's act, not the warner's. Invariant: the penalised subject is an
    /// actor or a personal pronoun (the caller checks; a thing destroyed is no one threatened).
    /// </summary>
    private string? ConditionalPassivePenalty(int clause, string lemma, bool modal, bool passive, bool condition)
    {
        if (!modal || !passive || !condition || !ConditionalPenaltyVerbs.TryGetValue(lemma, out var code)) return null;
        foreach (var d in Children(clause))
            if (RelIs(d, "obl:agent") || (RelStarts(d, "obl") && CaseOf(d) == "by")) return null;
        return code;
    }
}
