namespace Tidings.Coding;

/// <summary>
/// Session 59 (judge59): a charge told through a verb of attempting. "Russia's embassy said the German government was trying
/// to whip up anti-Russian hysteria", "said Tokyo was seeking to stir up tensions": the reported clause's finite verb is the
/// attempt, the wrong (<c>StirringVerbs</c>) its infinitive complement. Charging an actor with trying to stir trouble is
/// charging it (112) as "said it was whipping up hysteria" does; the gold codes attempted material acts as the acts
/// ("said a Russian agent had tried to kill a general" 185), so only the stirring verbs, which have no material reading of
/// their own, are read through the attempt.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of attempting whose infinitive complement is the act attempted.</summary>
    private static readonly HashSet<string> AttemptingVerbs = new(StringComparer.OrdinalIgnoreCase) { "try", "attempt", "seek" };

    /// <summary>True when the sentence opens with a quotation mark: what comes before its verb of saying is then the
    /// speaker's own words, not a report the article tells as news.</summary>
    private bool OpensWithQuote() => _e > _f && _doc.Token(_f).Span.ToString() is "\"" or "\u201c" or "'" or "\u2018" or "``";

    /// <summary>The verb of attempting that <paramref name="p"/> is the infinitive complement (xcomp) of, or -1. Invariant:
    /// only one step up, and only a verb of <see cref="AttemptingVerbs"/>; "wanted to", "planned to" tell an intention, not a
    /// deed, and are left alone.</summary>
    private int AttemptingClause(int p)
    {
        if (!RelIs(p, "xcomp") || Head(p) is not (var h and >= 0)) return -1;
        return AttemptingVerbs.Contains(_doc.Token(h).Lemma ?? "") ? h : -1;
    }
}
