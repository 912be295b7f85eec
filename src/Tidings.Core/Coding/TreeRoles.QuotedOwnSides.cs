using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 73 (clause73): a quote's own side. Inside a quote the speaker names its own body by a first-person possessive
/// ("'Our inspectors have been examining the contracts,' the agency's spokesman said", "'My office has opened an
/// inquiry,' the prosecutor told the council"): the noun alone names no actor, and the one it belongs to is the speaker
/// the speech verb beside the quote names, as "we" is. A relational noun ("our neighbours", "our allies") names others,
/// and a population ("our people", "our children") is who the speaker speaks for, not the speaker acting.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns that, owned by "our" or "my", name someone other than the speaker or the speaker's own body.</summary>
    private static readonly HashSet<string> OthersOfTheSpeaker = new(StringComparer.OrdinalIgnoreCase)
    {
        "neighbour", "neighbor", "partner", "ally", "friend", "enemy", "foe", "rival", "adversary", "opponent", "critic",
        "counterpart", "brother", "sister", "colleague", "creditor", "donor", "guest", "host", "customer", "people", "citizen",
        "national", "child", "family", "son", "daughter", "mother", "father", "hostage", "prisoner", "victim", "compatriot",
        "population", "community", "economy",
    };

    /// <summary>True when <paramref name="subject"/> is a common noun owned by "our" or "my" that names the speaker's own
    /// side (not one of <see cref="OthersOfTheSpeaker"/>).</summary>
    private bool IsSpeakersOwnSide(int subject)
    {
        var tok = _doc.Token(subject);
        if (tok.Upos != Upos.NOUN || OthersOfTheSpeaker.Contains(tok.Lemma ?? "")) return false;
        foreach (var d in Children(subject))
            if (RelIs(d, "nmod:poss") && (_doc.Token(d).Span.Equals("our", StringComparison.OrdinalIgnoreCase)
                                          || _doc.Token(d).Span.Equals("my", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }
}
