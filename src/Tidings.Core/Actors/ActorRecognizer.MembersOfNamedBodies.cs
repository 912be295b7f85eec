using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Session 69 (blind87): the staff of a named body who act for it, named by where they work ("prosecutors at the
    /// International Criminal Court", "officials at the World Bank"). Only roles that hold the body's own offices: a crowd, a
    /// diplomat or a reporter at a body ("protesters at the UN", "Western diplomats at the UN") is there, not of it.
    /// </summary>
    private static readonly FrozenSet<string> StaffAtBodyLemmas = Set("prosecutor", "judge", "investigator", "official", "staff");

    private sealed partial class Run
    {
        /// <summary>
        /// The first token of a named body's name after a plural role noun that ends at <paramref name="p"/>, when the role
        /// names the body's members: "fighters of the Arakan Army", "fighters from the SDF", "dissidents of the former FARC",
        /// and (session 69) "fighters of Russia's Africa Corps", "commanders of Sudan's Rapid Support Forces", where the
        /// country's possessive before the name only says whose body it is, and "prosecutors at the International Criminal
        /// Court" for the body's own staff (<see cref="StaffAtBodyLemmas"/>). Returns -1 when no such phrase follows.
        /// Invariant: the returned token is after p + 1 and before <paramref name="end"/>; whether an organisation's name
        /// starts there is for the caller to check.
        /// </summary>
        private int MemberBodyStart(int p, int end, RoleEntry role)
        {
            if (p + 1 >= end) return -1;
            if (!(Is(p, "of") || Is(p, "from") || (Is(p, "at") && StaffAtBodyLemmas.Contains(role.Lemma)))) return -1;
            int b = Is(p + 1, "the") ? p + 2 : p + 1;
            // "of Russia's Africa Corps": a country's possessive before the body's name; the name is read after it.
            if (b < end && IsCap(Tok(b)) && MatchName(b, end) is { Entries: { } ce, Len: var cl }
                && Array.Exists(ce, x => x.Kind == NameKind.CountryName) && b + cl + 1 < end && IsPossessive(b + cl))
                b += cl + 1;
            // Session 67 (dis67): "dissidents of the former FARC guerrilla group": a group that no longer exists as it was
            // keeps its name; its splinters and members are still coded as it.
            if (b < end && Is(b, "former")) b++;
            return b < end ? b : -1;
        }
    }
}
