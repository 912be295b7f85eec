using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Common nouns for a place that owns offices: a city, a province, a region, an island. "The city's mayor",
        /// "the province's governor", "the region's military commander" name the office of a place the sentence or the
        /// article has named, as "the mayor" does (session 72, actor72).</summary>
        private static readonly FrozenSet<string> PlaceOwnerNouns = Set("city", "capital", "town", "village", "province", "region",
            "state", "county", "district", "municipality", "island", "territory", "prefecture", "governorate", "oblast", "country", "nation");

        /// <summary>
        /// The "the" that determines a role standing after a place noun's possessive ("the city's mayor", "the northern
        /// province's governor", "the capital city's police chief"), with <paramref name="p"/> the token before the role
        /// (after its modifiers), or -1. Invariant: the place noun is lower-case ("the City's" may be a name) and at most one
        /// word stands between "the" and it, an adjective or "capital" ("the Nigerian city's" keeps the country mention
        /// read before it). The role is then read as a definite bare role: its holder is the one named before, else the role
        /// of the sentence's or the article's country.
        /// </summary>
        private int PlaceOwnerArticle(int p, int sentFirst)
        {
            if (p - 2 < sentFirst || !IsPossessive(p)) return -1;
            var noun = Tok(p - 1);
            if (noun.Length == 0 || !char.IsLower(noun[0]) || !PlaceOwnerNouns.Contains(noun.ToString())) return -1;
            int a = p - 2;
            if (Is(a, "the")) return a;
            if (a - 1 >= sentFirst && Is(a - 1, "the") && (Is(a, "capital") || _doc.Token(a).Xpos is "JJ" or "NNP" && char.IsLetter(Tok(a)[0])))
                return a - 1;
            return -1;
        }

        /// <summary>
        /// "an opposition party leader", "a hospital official", "a police spokesman": after "a"/"an", a singular sector noun and
        /// a singular holder of a generic or representative office are one holder of that sector's office, coded by the sector
        /// (as "the opposition mayor" and "party leaders" are). Returns the token after the holder's noun, or <paramref name="i"/>.
        /// Invariant: the office noun is a generic title ("leader", "official", "spokesman"), so an office of its own ("a
        /// military blogger" MED, "a police minister" GOV, "a dissident commander") keeps its reading; a name after the office
        /// is left to the title rules.
        /// </summary>
        private int TryIndefiniteSectorHolder(int i, int j, RoleEntry role, int sentFirst, int end)
        {
            if (role.IsPlural || role.IsTitle || GroupNouns.Contains(role.Form) || WeaponNouns.Contains(role.Form)) return i;
            int det = i - 1;
            while (det > sentFirst && RoleModifiersBySpan.Contains(Tok(det))) det--;
            if (det < sentFirst || !(Is(det, "a") || Is(det, "an"))) return i;
            if (MatchRole(j, end) is not { Role: { IsPlural: false } holder, Len: var hl }) return i;
            if (!GenericTitles.Contains(holder.Lemma) || holder.Code == role.Code) return i;
            if (CaptureName(j + hl, end) > j + hl || ContinuesCapitalisedRun(i, sentFirst)) return i;
            // "A military spokesman, Major General X, said": the holder named after the comma is the mention (apposition rules).
            if (j + hl + 1 < end && Is(j + hl, ",") && IsCap(Tok(j + hl + 1))) return i;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, j + hl), Code = role.Code, Name = Text(i, j + hl),
                Rule = $"role: a {Text(i, j + hl)} (a {holder.Lemma} of the {role.Lemma} sector) → {role.Code}", Reason = "no country in the phrase; role code only",
            });
            _lastBareTitle = idx;
            return j + hl;
        }
    }
}
