using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 59 (judge59): a judgement told by denying a virtue. "Egypt's foreign minister said Israel was 'not serious' about a
/// deal", "observers said the election was not free and fair", "the opposition said the vote was not credible": a speaker who
/// states that another actor or its act is not what an actor or an act owes (serious, sincere, fair, free, credible,
/// legitimate ...) finds fault with it (111), as "said Israel was insincere" or "said the vote was a sham" does. The copular
/// readings (<see cref="Judgement"/>, <see cref="SaidActorIsJudged"/>) refuse every negated predicate ("it is not
/// unacceptable" judges nothing), which is right for a predicate of disapproval and wrong for one of these virtues.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The closed class of virtues owed by a political actor or its act, whose denial is a reproach. Left out on purpose:
    /// "responsible" ("was not responsible for the attack" is a denial of a charge), "ready", "willing" and "able" (a stance
    /// or a capacity, not a fault), "new", "true" and "correct" (a claim judged false is a denial, read by the denial rows).
    /// </summary>
    private static readonly HashSet<string> OwedVirtues = new(StringComparer.OrdinalIgnoreCase)
    {
        "serious", "sincere", "credible", "legitimate", "genuine", "fair", "free", "transparent", "acceptable", "constructive",
        "honest", "democratic", "impartial", "independent", "lawful", "legal", "valid", "neutral", "inclusive", "objective",
        "trustworthy", "reliable", "helpful", "appropriate", "justified", "proportionate", "wise", "honourable", "honorable",
    };

    /// <summary>True when the copular predicate <paramref name="p"/> is an owed virtue (<see cref="OwedVirtues"/>) denied by
    /// "not", "n't" or "never", with no modal ("would not be fair" supposes). Invariant: only an adjective with its own
    /// copula and negation; what it is said of, and by whom, is the caller's reading.</summary>
    private bool IsDeniedVirtue(int p)
    {
        if (_doc.Token(p).Upos != Upos.ADJ || !OwedVirtues.Contains(_doc.Token(p).Lemma ?? "")) return false;
        bool copula = false, denied = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "cop")) copula = true;
            else if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            else if (RelIs(c, "advmod") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "not" or "n't" or "never") denied = true;
        }
        return copula && denied;
    }
}
