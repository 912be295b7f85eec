using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when the verb at <paramref name="verb"/> is held out as a possible consequence of a thing, not as anyone's
    /// act or threat: "the ruling could force the government to call early elections", "a further slide of the currency
    /// could force the country to seek IMF support", "grain shipments could double next year", "the talks might have
    /// ended the strike". A "may", "might" or "could" bears the verb (or the verb it is the "to" complement of), and that
    /// verb's subject is a common noun with no actor in its words: what may follow from a ruling, a slide or a figure is
    /// speculation (gold/README.md, realnews: predictions and speculation are no events).
    /// Invariant: an actor subject ("Pakistan might launch air strikes", "Russia could seize assets") is never read here:
    /// those are the doer's possible acts, which the coder's modality rules read as threats or possible acts; nor is a
    /// pronoun subject, whose antecedent may be an actor.
    /// </summary>
    public bool ImpersonalSpeculation(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb)) return false;
        for (int v = verb, step = 0; v >= 0 && step < 3; step++)
        {
            if (HasPossibleModal(v))
            {
                int subject = -1;
                foreach (var c in Children(v))
                    if (RelIs(c, "nsubj")) subject = c;
                if (subject < 0 || _doc.Token(subject).Upos != Upos.NOUN) return false;
                for (int k = _f; k < _e; k++)
                    if (_actorOf[k] >= 0 && (k == subject || InSubtree(k, subject))) return false;
                return true;
            }
            // Only through "to" complements: "could force the government to call elections".
            if (!RelIs(v, "xcomp")) return false;
            v = Head(v);
        }
        return false;
    }

    /// <summary>True when "may", "might" or "could" is an auxiliary of <paramref name="verb"/>.</summary>
    private bool HasPossibleModal(int verb)
    {
        foreach (var c in Children(verb))
            if (RelIs(c, "aux") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "may" or "might" or "could")
                return true;
        return false;
    }
}
