using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 69 (threat69): true when the verb at <paramref name="verb"/> gives (obj or iobj) "the government" or "the
    /// authorities" named by no actor: "giving the government two weeks to act or face a general strike". The coder aims
    /// such a deadline, set by a country's own people, at their own government (decision 005, as their protests are).
    /// </summary>
    public bool GivesUnnamedGovernment(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && _doc.Token(c).Lemma?.ToLowerInvariant() is "government" or "authorities" or "authority"
                && ActorOfNode(c) < 0)
                return true;
        return false;
    }
}
