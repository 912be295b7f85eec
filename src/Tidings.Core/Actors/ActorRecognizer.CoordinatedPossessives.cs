using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Rwanda's and Burundi's foreign ministers", "Japan's, South Korea's and Australia's defence chiefs": possessives of
        /// country names coordinated before one role phrase each own that role, so every possessive but the last is a mention of
        /// its own country's role (the last one is read by the usual country-possessive+role path when the loop reaches it).
        /// <paramref name="i"/> is the country's first token, <paramref name="k"/> the token after its "'s". Returns
        /// <paramref name="k"/> after adding the mention, or -1 when the words are no such coordination (a possessive followed
        /// by anything but "and"/"," and another possessive country name that leads, through any further such possessives, to a
        /// role phrase).
        /// </summary>
        private int TryCoordinatedPossessive(int i, int k, CountryEntry c, string surface, int end)
        {
            if (k + 1 >= end || !(Is(k, "and") || Is(k, ","))) return -1;
            // Walk over the coordinated possessive countries ("Japan's, South Korea's and Australia's") to the shared head.
            int p = k;
            while (p + 1 < end && (Is(p, "and") || Is(p, ",")))
            {
                int q = p + 1;
                if (Is(p, ",") && q < end && Is(q, "and")) q++;
                var (len, entries) = MatchName(q, end);
                if (len == 0 || entries is null || !Array.Exists(entries, e => e.Kind == NameKind.CountryName && e.Country is not null)) return -1;
                if (q + len >= end || !IsPossessive(q + len)) return -1;
                p = q + len + 1;
            }
            if (!TryRolePhrase(p, end, out var shared)) return -1;
            // A person named after the role ("Rwanda's and Burundi's presidents, Kagame and ...") is left to the last one; the
            // role's code alone is shared.
            AddSharedRole(c, new TokenRange(i, k), shared, $"coordinated country-possessive: {surface} (and {Text(k + 1, shared.End)})");
            return k;
        }

        /// <summary>
        /// "Armenia and Azerbaijan's foreign ministers", "Rwanda and Congo's leaders": a plain country name coordinated before
        /// a country possessive whose role phrase names several holders shares that role, as "Rwanda's and Burundi's foreign
        /// ministers" does (decision 039); English marks the joint possession on the last name only. <paramref name="i"/> is
        /// the name's first token and <paramref name="j"/> the token after it. Returns <paramref name="j"/> after adding the
        /// name's share, or -1 when the words are no such coordination.
        /// Invariants: the role's head noun is plural ("Armenia and Azerbaijan's foreign minister" may be Armenia and one
        /// minister, so a singular head leaves the name bare); every coordinated name after the first is a country name, plain
        /// ones only before the first "'s" and at least one "'s" before the role; each later name is read in its own turn (a
        /// plain one by this method again, a possessive by <see cref="TryCoordinatedPossessive"/> or the country+role path).
        /// </summary>
        private int TryCoordinatedNameBeforePossessive(int i, int j, CountryEntry c, string surface, int end)
        {
            if (j + 1 >= end || !(Is(j, "and") || Is(j, ","))) return -1;
            int p = j;
            bool possessiveSeen = false;
            // "Ghana, Togo and Benin's leaders": plain names may stand between, up to the first possessive; after it only
            // possessives ("Ghana, Togo's and Benin's").
            while (p + 1 < end && (Is(p, "and") || Is(p, ",")))
            {
                int q = p + 1;
                if (Is(p, ",") && q < end && Is(q, "and")) q++;
                var (len, entries) = MatchName(q, end);
                if (len == 0 || entries is null || !Array.Exists(entries, e => e.Kind == NameKind.CountryName && e.Country is not null)) return -1;
                if (q + len < end && IsPossessive(q + len)) { p = q + len + 1; possessiveSeen = true; }
                else if (!possessiveSeen && q + len < end && (Is(q + len, ",") || Is(q + len, "and"))) p = q + len;
                else return -1;
            }
            if (!possessiveSeen || !TryRolePhrase(p, end, out var shared) || !shared.Head.IsPlural || shared.NameEnd > shared.End) return -1;
            AddSharedRole(c, new TokenRange(i, j), shared, $"coordinated country name before a possessive: {surface} (and {Text(j + 1, shared.End)})");
            return j;
        }

        /// <summary>
        /// Adds the mention of country <paramref name="c"/>'s share of a role phrase coordinated after it ("Russian and Syrian
        /// officials", "Rwanda's and Burundi's foreign ministers"): the country's code with the role's, remembered under each of
        /// the role's lemmas so that "the ministers" can name it again. <paramref name="why"/> opens the rule; the code closes it.
        /// </summary>
        private void AddSharedRole(CountryEntry c, TokenRange tokens, RolePhrase shared, string why)
        {
            string code = c.Cameo + shared.Code;
            int idx = Add(new ActorMention
            {
                Tokens = tokens, Code = code, Name = $"{c.Name} {shared.Lemmas[0]}", Country = c.Iso3,
                Rule = $"{why} → {code}",
            });
            foreach (var l in shared.Lemmas) _roles.Add(new MemoryRole(idx, l, l[(l.LastIndexOf(' ') + 1)..]));
        }
    }
}
