using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// The party families news names its parties by, after their country ("Spain's Socialists", "Canada's Liberals",
        /// "Germany's Greens", "Britain's Conservatives", "Australia's Labor"): the words as written, and the stem the
        /// party's own listed name carries ("Spanish Socialist Workers' Party", "Liberal Party of Canada"). Longer
        /// families first, so "Social Democrats" is not read as "Democrats". A closed class of the field's words.
        /// </summary>
        private static readonly (string[] Words, string[] Stem)[] PartyFamilies =
        [
            (["Social", "Democrats"], ["Social", "Democrat"]), (["Christian", "Democrats"], ["Christian", "Democrat"]),
            (["Free", "Democrats"], ["Free", "Democrat"]), (["Liberal", "Democrats"], ["Liberal", "Democrat"]),
            (["Greens"], ["Green"]), (["Liberals"], ["Liberal"]), (["Socialists"], ["Socialist"]),
            (["Conservatives"], ["Conservative"]), (["Communists"], ["Communist"]), (["Republicans"], ["Republican"]),
            (["Democrats"], ["Democrat"]), (["Labour"], ["Labour"]), (["Labor"], ["Labor"]), (["Nationalists"], ["Nationalist"]),
        ];

        /// <summary>Words that may stand between the country and the family and only describe the party ("Spain's governing
        /// Socialists", "Germany's centre-left Social Democrats").</summary>
        private static readonly FrozenSet<string> PartyFamilyDescriptions = Set("ruling", "governing", "opposition", "main",
            "centre-left", "center-left", "centre-right", "center-right", "far-right", "far-left", "left-wing", "right-wing",
            "conservative", "leftist", "populist", "nationalist", "hard-right", "hard-left");

        /// <summary>
        /// "Spain's Socialists", "the Canadian Liberals", "Germany's opposition Greens": a party family named after its
        /// country's possessive or adjective is that country's party. It is the listed party whose name (or an alias) opens
        /// with the family's stem, or with the country's own words and then the stem ("Spanish Socialist Workers' Party",
        /// "Liberal Party of Canada", "Norwegian Labour Party"), taking that party's code on the date; when no listed party
        /// or more than one fits, it is the country's party (PTY, or GOVPTY / OPP when "ruling" or "opposition" says which).
        /// <paramref name="i"/> is the country's first token, <paramref name="k"/> the token after it (and its "'s").
        /// Invariant: the family must end the noun phrase (a verb, punctuation or a party member noun after it), so
        /// "Britain's Labour government" and "Kenya's Labour Minister" stay the government's. Returns the token after the
        /// mention, or -1.
        /// </summary>
        private int TryPartyFamily(int i, int k, CountryEntry c, string surface, int end)
        {
            int f = k;
            string? side = null;
            while (f < end && f - k < 3 && PartyFamilyDescriptions.Contains(Tok(f).ToString()))
            {
                if (Is(f, "opposition")) side = "OPP";
                else if (Is(f, "ruling") || Is(f, "governing")) side = "GOVPTY";
                f++;
            }
            if (f >= end || !IsCap(Tok(f))) return -1;
            foreach (var (words, stem) in PartyFamilies)
            {
                if (f + words.Length > end) continue;
                bool same = true;
                for (int w = 0; w < words.Length && same; w++) same = Tok(f + w).Equals(words[w], StringComparison.Ordinal);
                if (!same) continue;
                int after = f + words.Length;
                if (!EndsPartyNounPhrase(after, end)) return -1;
                NameEntry? found = null;
                bool several = false;
                foreach (var (key, party) in _lex.PartyKeys(c.Iso3))
                {
                    if (!KeyCarriesStem(key, stem, c)) continue;
                    if (found is null) found = party;
                    else if (found.Canonical != party.Canonical) several = true;
                }
                if (several) found = null;
                string code = found is not null ? _lex.OrganizationCode(found, _date) : c.Cameo + (side ?? "PTY");
                if (found is not null && side is not null && code == c.Cameo + "PTY") code = c.Cameo + side;
                int mentionEnd = after < end && PartyMemberNouns.Contains(Tok(after).ToString()) ? after + 1 : after;
                string family = Text(f, after);
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, mentionEnd), Code = code, Name = found?.Canonical ?? family, Country = c.Iso3,
                    Rule = $"country+party-family: {surface} + {Text(k, after)} → {code} "
                        + (found is not null ? $"({found.Canonical})" : several ? "(several listed parties fit)" : "(no listed party fits)"),
                });
                _roles.Add(new MemoryRole(idx, "party", "party"));
                return mentionEnd;
            }
            return -1;
        }

        /// <summary>True when nothing after the family continues its noun phrase: the end, punctuation, a party member noun,
        /// or a word that is neither a noun nor capitalised nor a role.</summary>
        private bool EndsPartyNounPhrase(int after, int end)
        {
            if (after >= end) return true;
            var t = Tok(after);
            if (!char.IsLetterOrDigit(t[0])) return !IsPossessive(after);
            if (PartyMemberNouns.Contains(t.ToString())) return true;
            if (IsCap(t) || MatchRole(after, end).Role is not null) return false;
            return _doc.Token(after).Xpos is not { } x || !x.StartsWith("NN", StringComparison.Ordinal);
        }

        /// <summary>True when a listed party's key opens with the stem, or with words naming the country <paramref name="c"/>
        /// and then the stem ("Spanish Socialist Workers' Party" for "Socialist"); the stem's last word may open a longer word
        /// ("Democratic" for "Democrat"), but not one that makes it another family ("Liberal Democratic Party" is no
        /// "Liberal" party).</summary>
        private bool KeyCarriesStem(string key, string[] stem, CountryEntry c)
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int p = 0; p + stem.Length <= words.Length && p <= 2; p++)
            {
                if (p > 0)
                {
                    string before = string.Join(' ', words[..p]);
                    if (before.EndsWith("'s", StringComparison.Ordinal)) before = before[..^2];
                    if (!_lex.TryGetCountry(before, out var bc) || bc.Iso3 != c.Iso3) continue;
                }
                bool match = true;
                for (int w = 0; w < stem.Length && match; w++)
                {
                    var word = words[p + w];
                    match = w < stem.Length - 1 ? word == stem[w] : word.StartsWith(stem[w], StringComparison.Ordinal);
                }
                if (!match) continue;
                int next = p + stem.Length;
                if (next < words.Length && words[next].StartsWith("Democrat", StringComparison.Ordinal)) continue;
                return true;
            }
            return false;
        }

        /// <summary>The code of the government a listed party leads when its name stands before "government", "cabinet" or
        /// "administration" ("the Labour government" GBRGOV), else null. The party's own code is for the party.</summary>
        private string? PartyLedGovernment(NameEntry org, string roleLemma) =>
            org.OrgKind == "party" && roleLemma is "government" or "cabinet" or "administration"
            && org.Iso3 is { } iso && _lex.CountryByIso3(iso) is { } c ? c.Cameo + "GOV" : null;
    }
}
