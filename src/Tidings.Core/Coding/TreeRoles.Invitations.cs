using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for where an invitation asks its guest to go: "accepted an invitation to visit Vietnam", "turned down an
/// invitation to pay a state visit to Moscow". The host of a visit is the state the guest is asked to, so an accepted or
/// refused invitation that names no inviter is aimed at that state.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The destination of the visit an invitation noun in <paramref name="trigger"/> asks for: an actor node (its index in
    /// <paramref name="actor"/>), else the country of a place (<paramref name="country"/>). The visit is the invitation's
    /// own "to"-infinitive, or one the parser hung on the verb beside it ("turned down an invitation to visit Moscow" as an
    /// adverbial clause of "turned"). The infinitive's verb must be one of going (visit, attend, travel, come, go) or "pay"/
    /// "make" a visit or trip; its object or its "to"/"in" phrase is the destination. False when the invitation asks for
    /// nothing of the kind.
    /// </summary>
    public bool InvitationDestination(TokenRange trigger, List<Places.PlaceMention> places, out int actor, out string? country)
    {
        actor = -1; country = null;
        if (!Parsed) return false;
        int invitation = -1;
        for (int t = Math.Max(_f, trigger.FirstToken); t < Math.Min(_e, trigger.EndToken); t++)
            if (_doc.Token(t).Lemma is "invitation") invitation = t;
        if (invitation < 0) return false;
        foreach (var c in Children(invitation))
            if (RelIs(c, "acl") && Destination(c, out actor, out country)) return true;
        if (Head(invitation) is var verb && verb >= 0 && IsVerbal(verb))
            foreach (var c in Children(verb))
                if (c > invitation && RelStarts(c, "advcl") && Destination(c, out actor, out country)) return true;
        return false;

        bool Destination(int clause, out int who, out string? where)
        {
            who = -1; where = null;
            if (!IsVerbal(clause) || MarkOf(clause) != "to" || _doc.Token(clause).Lemma is not { } lemma) return false;
            bool going = lemma is "visit" or "attend" or "travel" or "come" or "go";
            bool paying = lemma is "pay" or "make";
            if (!going && !paying) return false;
            foreach (var c in Children(clause))
            {
                bool dest = (going && RelIs(c, "obj")) || ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "to" or "in");
                // "to pay a state visit to Vietnam": the visit noun may carry the "to" phrase itself.
                if (paying && RelIs(c, "obj") && _doc.Token(c).Lemma is "visit" or "trip")
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) is "to" && Take(g, out who, out where)) return true;
                if (dest && Take(c, out who, out where)) return true;
            }
            return false;
        }

        bool Take(int node, out int who, out string? where)
        {
            who = ActorOfNode(node); where = null;
            if (who >= 0) return true;
            if (PlaceIndexAt(node, places) is var p && p >= 0) { where = places[p].Place?.Country; return where is not null; }
            return false;
        }
    }
}
