using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Adjectives of charge that follow an office noun and take the body or portfolio it answers for: "the commissioner
    /// responsible for the EU's humanitarian aid", "the minister accountable to parliament". After a definite role noun
    /// such a word ends the noun phrase: it is no modifier of a longer compound, so "the commissioner responsible" keeps its
    /// actor as "the commissioner in charge" does. Invariant: every word is a postpositive adjective, never a noun or an
    /// adjective that can stand before a noun inside a compound ("responsible government" is read before, not after).
    /// </summary>
    private static readonly FrozenSet<string> ChargeAdjectives = Set("responsible", "accountable", "answerable");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChargeAdjectivesBySpan =
        ChargeAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed partial class Run
    {
        /// <summary>
        /// "the commissioner responsible for the European Union's humanitarian aid", "the official in charge of the UN's
        /// refugee camps": an office tied to a body by a phrase of charge ("responsible for", "in charge of") rather than a
        /// bare "for"/"of". Returns the token of the preposition that ties the office ending before <paramref name="t"/> to
        /// the body after it (as "for" in "the commissioner for ..." does), or null. <see cref="ResolveAffiliatedRoles"/> then
        /// lets the office serve a named body only (an organisation, a country's body), never a bare role: "the official
        /// responsible for refugees" is no refugee.
        /// </summary>
        private int? ChargeTie(int t)
        {
            if (t + 1 < _doc.TokenCount && ChargeAdjectivesBySpan.Contains(Tok(t)) && Is(t + 1, "for")) return t + 1;
            if (t + 2 < _doc.TokenCount && Is(t, "in") && Is(t + 1, "charge") && Is(t + 2, "of")) return t + 2;
            return null;
        }
    }
}
