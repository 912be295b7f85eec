using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Combining forms of country names that occur only as the first half of a pair compound ("Sino-Indian
        /// border", "Franco-German treaty", "Russo-Ukrainian war"), with the ISO3 code each stands for.</summary>
        private static readonly FrozenDictionary<string, string> CombiningCountryForms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Sino"] = "CHN", ["Franco"] = "FRA", ["Russo"] = "RUS", ["Anglo"] = "GBR", ["Indo"] = "IND",
            ["Turco"] = "TUR", ["Greco"] = "GRC", ["Italo"] = "ITA", ["Germano"] = "DEU", ["Austro"] = "AUT",
        }.ToFrozenDictionary(StringComparer.Ordinal);

        /// <summary>
        /// "Iran-US talks", "the Israel-Hamas ceasefire", "Sino-Indian border clashes", "US-South Korean drills": a hyphenated
        /// pair of two sides, each a country (name, adjective or combining form) or a listed organisation, is two actors, both
        /// modifiers of the noun the compound qualifies. As "the two leaders" (ResolvePairs), they become two mentions on the
        /// compound's tokens, the first side first, and the coder reads them as the two sides of a symmetric event noun
        /// ("talks between Iran and the US"). Invariants: the whole compound is not itself a name ("Guinea-Bissau", "Bosnia-
        /// Herzegovina", "Al-Shabaab"); both halves are capitalised names of different actors; a half that is a person, a
        /// capital or a place metonym makes no pair ("Kano-Zaria highway", "Kaduna-Abuja road"), nor does a lowercase suffix
        /// ("Saudi-led", "Kenya-based": TryRunBy and the like). The second half may run over up to two more capitalised tokens
        /// ("US-South Korea drills"), the first half may begin up to two tokens before the hyphenated one ("South Korea-US").
        /// </summary>
        private int TryPairCompound(int i, int end)
        {
            for (int k = i; k < end && k < i + 3; k++)
            {
                var t = Tok(k);
                if (!IsCap(t)) return i;
                int dash = t.IndexOf('-');
                if (dash < 0) continue;
                // One hyphen only ("Lashkar-e-Taiba", "Guinea-Bissau-based" are no pairs), with a capital after it.
                if (dash == 0 || dash == t.Length - 1 || t[(dash + 1)..].IndexOf('-') >= 0 || !char.IsUpper(t[dash + 1])) return i;
                string left = (k > i ? Text(i, k) + " " : "") + t[..dash].ToString();
                if (_lex.TryGetNames(ActorLexicon.Normalize(Text(i, k + 1)), out _)) return i;
                var first = PairSide(left);
                if (first is null) return i;
                // The second half: the rest of the token, or it and up to two capitalised tokens after it, the longest that names a side.
                string rest = t[(dash + 1)..].ToString();
                (string Code, string? Iso, string Name)? second = null;
                int sideEnd = k + 1;
                for (int x = Math.Min(end, k + 3); x >= k + 1 && second is null; x--)
                {
                    bool caps = true;
                    for (int y = k + 1; y < x && caps; y++) caps = IsCap(Tok(y)) && Tok(y).IndexOf('-') < 0;
                    if (!caps) continue;
                    var name = x > k + 1 ? rest + " " + Text(k + 1, x) : rest;
                    // "Iran-US" and the words after it as a whole name ("US-Africa Summit") are not a pair of two sides.
                    if (x > k + 1 && _lex.TryGetNames(ActorLexicon.Normalize(Text(i, x)), out _)) return i;
                    if (PairSide(name) is { } s) { second = s; sideEnd = x; }
                }
                if (second is not { } b || b.Code == first.Value.Code) return i;
                var a = first.Value;
                var compound = Text(i, sideEnd);
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, sideEnd), Code = a.Code, Name = a.Name, Country = a.Iso, IsModifier = true,
                    Rule = $"pair-compound: {compound} → {a.Code} (the first of the two sides it names)",
                });
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, sideEnd), Code = b.Code, Name = b.Name, Country = b.Iso, IsModifier = true,
                    Rule = $"pair-compound: {compound} → {b.Code} (the second of the two sides it names)",
                });
                return sideEnd;
            }
            return i;
        }

        /// <summary>The actor one half of a pair compound names: a country (the bare country, as a country adjective before a
        /// noun names it) or an organisation with a code; null for anything else.</summary>
        private (string Code, string? Iso, string Name)? PairSide(string half)
        {
            if (CombiningCountryForms.TryGetValue(half, out var iso3))
                return _lex.CountryByIso3(iso3) is { } cc ? (cc.Cameo, cc.Iso3, cc.Name) : null;
            if (!_lex.TryGetNames(ActorLexicon.Normalize(half), out var es)) return null;
            // A name that may be a person or a capital is no side here ("Kaduna-Abuja road", "Jean-Paul").
            if (Array.Exists(es, e => e.Kind is NameKind.Person or NameKind.Capital or NameKind.Metonym or NameKind.NotActor)) return null;
            if (Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { Country: { } c })
                return (c.Cameo, c.Iso3, c.Name);
            if (Array.Find(es, e => e.Kind == NameKind.Organization) is { Code: not null } org && _lex.OrganizationCode(org, _date) is { } code)
                return (code, org.Iso3, org.Canonical);
            return null;
        }
    }
}
