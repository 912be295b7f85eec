using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 70 (fam11): the field of material cooperation ("0311" economic, "0312" military, "0313" judicial, "0314"
    /// intelligence) that the act <paramref name="act"/> an offer, proposal, request or invitation puts forward names by its
    /// objects ("to finance the railway link" 0311, "to keep a military presence" 0312, "to build and run a deep-water port"
    /// 0311), read as <see cref="CooperationIntentKind"/> reads an agreed act; null when no object names one, two disagree, or
    /// the field is diplomatic (032), which has no refusal of its own under 121.
    /// </summary>
    public string? OfferedCooperationField(int act)
    {
        if (!Parsed || act < _f || act >= _e || _doc.Token(act).Upos != Upos.VERB) return null;
        string? found = null;
        foreach (var a in ActAndConjuncts(act))
            foreach (var o in Children(a))
            {
                if (!RelIs(o, "obj") || _actorOf[o] >= 0) continue;
                string? kind = FieldOf(o) ?? FieldOfModifiers(o) ?? CooperationPhraseField(a, o);
                if (kind is null) continue;
                if (found is not null && found != kind) return null;
                found = kind;
            }
        return found is "0311" or "0312" or "0313" or "0314" ? found : null;
    }

    /// <summary>
    /// True when <paramref name="verb"/> takes as its object (or passive subject) an offer, proposal, request, invitation or
    /// plan: what another side puts forward to do together, as opposed to a call or demand that it yield (<c>RejectsCall</c>).
    /// </summary>
    public bool TakesOffer(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if ((RelIs(c, "obj") || RelIs(c, "nsubj:pass"))
                && (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is "offer" or "proposal" or "request" or "invitation" or "plan")
                return true;
        return false;
    }
}
