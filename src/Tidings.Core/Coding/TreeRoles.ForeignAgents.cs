using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>Nouns of a person who serves another state in secret.</summary>
    private static readonly HashSet<string> SecretServantNouns = new(StringComparer.OrdinalIgnoreCase) { "agent", "spy" };

    /// <summary>Nouns of a foreign master a secret servant works for, besides a named actor.</summary>
    private static readonly HashSet<string> ForeignMasterNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "power", "state", "country", "government", "intelligence", "service", "services", "enemy",
    };

    /// <summary>
    /// Session 57 (judge57): "calling the bishops agents of a foreign power", "branded the reporters spies for the enemy",
    /// "described them as agents of Western intelligence": to name people agents or spies of another master is to accuse them
    /// of espionage (1125), as "accused them of spying" does (eb52108 codes it so beside the criticism). True at
    /// <paramref name="p"/> when it is the noun "agent(s)" or "spy/spies" with an "of" or "for" phrase naming a master: an
    /// actor, or a noun of a state or its secret services (<see cref="ForeignMasterNouns"/>). Only as a name given (the
    /// callers read it after a naming verb or a copula); "agents of the Enforcement Directorate searched ..." (a subject) and
    /// "register as agents of foreign influence" (influence is no master) are not names of disapproval.
    /// </summary>
    private bool NamedForeignAgent(int p)
    {
        if (!Parsed || p < _f || p >= _e || _doc.Token(p).Upos != Upos.NOUN || !SecretServantNouns.Contains(_doc.Token(p).Lemma ?? "")) return false;
        foreach (var c in Children(p))
            if (RelStarts(c, "nmod") && CaseOf(c) is "of" or "for"
                && (_actorOf[c] >= 0 || ForeignMasterNouns.Contains(_doc.Token(c).Lemma ?? ""))) return true;
        return false;
    }
}
