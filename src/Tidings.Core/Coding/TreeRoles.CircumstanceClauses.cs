using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for finite adverbial clauses of time, cause or circumstance ("as Kenya sent food", "while Uganda deployed
/// troops", "after the army withdrew"): clauses that tell an act as having happened, unlike conditions ("if", "unless"),
/// limits ("until", "once") and purposes ("so that"), which tell an act that may not happen.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Subordinators of time, cause and circumstance whose finite clause asserts its act.</summary>
    private static readonly HashSet<string> AssertingSubordinators = new(StringComparer.Ordinal)
    {
        "as", "while", "when", "after", "since", "because", "though", "although", "whereas", "whilst",
    };

    /// <summary>
    /// True when <paramref name="verb"/> heads a finite adverbial clause of time, cause or circumstance with a subject of its
    /// own: "Talks resumed as Kenya sent food" ("sent"). Such a clause asserts its act as news, as the main clause does, so an
    /// act in it with no target named is still coded (untargeted) where a complement or modifier would leave its target to
    /// the rest of the sentence. Invariants: relation <c>advcl</c>; its marker is one of
    /// <see cref="AssertingSubordinators"/> and is not followed by "if"/"though" ("as if", "as though": unreal comparison);
    /// the verb is finite by its own tag (VBD, VBZ, VBP) or by a finite auxiliary (not a modal: "as Kenya would send food" is
    /// not done); it has a nominal subject. "before" is left out: what happens before something may not have happened yet.
    /// </summary>
    public bool FiniteCircumstanceClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelIs(verb, "advcl")) return false;
        int mark = -1; bool subject = false, finite = _doc.Token(verb).Xpos is "VBD" or "VBZ" or "VBP";
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "mark") && mark < 0) mark = c;
            else if (RelIs(c, "nsubj")) subject = true;
            else if (RelIs(c, "aux") || RelIs(c, "aux:pass"))
            {
                if (_doc.Token(c).Xpos == "MD" || _doc.Token(c).Xpos == "TO") return false;
                if (_doc.Token(c).Xpos is "VBD" or "VBZ" or "VBP") finite = true;
            }
        }
        if (mark < 0 || !subject || !finite || mark > verb) return false;
        var word = _doc.Token(mark).Span.ToString().ToLowerInvariant();
        if (!AssertingSubordinators.Contains(word)) return false;
        if (mark + 1 < _e && _doc.Token(mark + 1).Span.ToString().ToLowerInvariant() is "if" or "though") return false;
        return true;
    }
}
