namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Fiji police said intelligence shared by their Australian counterparts …", "Polish prosecutors are sharing evidence
        /// with their Ukrainian counterparts": a counterpart holds, in its own country, the office of the actor it is the
        /// counterpart of. The role row makes "counterpart(s)" GOV (the usual minister-to-minister case); when the nearest
        /// earlier actor of another country in the same sentence that has counterparts at all (bare countries, IGOs, armed
        /// groups and suspects are passed over) is of another sector (police, prosecutors, the military, a legislature), the
        /// counterpart takes that sector with its own country; a government officer found first keeps GOV. Invariant: only
        /// the sector changes; the counterpart's country is the one its own phrase gave ("Australian"), and a counterpart
        /// with no country of its own, or with no earlier actor of another country, keeps the row's code.
        /// </summary>
        private void CounterpartsTakeTheirSector()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.IsModifier || m.Code is not { Length: 6 } code || !code.EndsWith("GOV", StringComparison.Ordinal)
                    || m.Country is not { } iso || !m.Rule.StartsWith("country-", StringComparison.Ordinal)) continue;
                int last = m.Tokens.EndToken - 1;
                if (!Is(last, "counterpart") && !Is(last, "counterparts")) continue;
                string own = code[..3];
                int sentence = _doc.SentenceCount > 0 ? _doc.SentenceOf(m.Tokens.FirstToken) : 0;
                for (int k = i - 1; k >= 0; k--)
                {
                    var p = _out[k];
                    if (_doc.SentenceCount > 0 && _doc.SentenceOf(p.Tokens.FirstToken) != sentence) break;
                    if (p.IsModifier || p.Code is not { } pc || p.Country is not { } piso || piso == iso) continue;
                    // The actor answered to is a country's sector (country code + role): a bare country, an IGO, or a sector
                    // with no counterparts ("the suspects") is passed over; a government's officer is the row's own reading.
                    if (_lex.CountryByIso3(piso)?.Cameo is not { } pcameo || pc.Length < pcameo.Length + 3
                        || !pc.StartsWith(pcameo, StringComparison.Ordinal)) continue;
                    string sector = pc.Substring(pcameo.Length, 3);
                    if (sector == "GOV") break;
                    if (!CounterpartSectors.Contains(sector)) continue;
                    string nc = own + sector;
                    _out[i] = m with { Code = nc, Rule = $"{m.Rule}; the counterpart of {p.Tokens.TextIn(_doc)} ({pc}) holds its office → {nc}" };
                    break;
                }
            }
        }

        /// <summary>Sectors whose holders have counterparts abroad: state organs and the professions news pairs across
        /// borders. Armed groups, criminals, refugees and civilians have none.</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> CounterpartSectors =
            System.Collections.Frozen.FrozenSet.ToFrozenSet(["MIL", "COP", "JUD", "LEG", "SPY", "MED", "BUS", "LAB", "EDU", "HLH", "AGR", "OPP", "NGO"], StringComparer.Ordinal);

        /// <summary>
        /// "the Oromo Liberation Front", "the National Liberation Army": a news outlet whose name is one ordinary word
        /// ("Libération", matched with its accent folded) is not that outlet inside a longer capitalised name, where the word
        /// is preceded and followed by capitalised words that are no sentence opener. Headlines capitalise every word, so
        /// there the word is left to the lexicon.
        /// </summary>
        private bool OutletWordInsideLongerName(NameEntry org, int i, int j, int sentFirst, int end) =>
            !_inHeadline && j - i == 1 && org.Kind == NameKind.Organization && org.Code is { } c && c.EndsWith("MED", StringComparison.Ordinal)
            && !IsAllCaps(Tok(i)) && i > sentFirst && IsCap(Tok(i - 1)) && j < end && IsCap(Tok(j));

        private static bool IsAllCaps(ReadOnlySpan<char> t)
        {
            foreach (char ch in t) if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
            return true;
        }

        /// <summary>
        /// "Alawite gunmen", "Tigrayan forces", "Rohingya leaders": the adjective of a people (<see cref="NameEntry.IsPeople"/>)
        /// gives the country but not the state: its forces and fighters are an armed group (REB), its leaders and officials
        /// hold no state office (CVL, as community leaders are). Other roles keep their code ("Uyghur activists" CVL,
        /// "Rohingya refugees" REF). Null when the role code stands.
        /// </summary>
        private static string? PeopleRoleCode(NameEntry country, string roleCode) =>
            !country.IsPeople ? null
            : roleCode is "MIL" or "COP" or "SPY" ? "REB"
            : roleCode is "GOV" or "LEG" or "JUD" or "ELI" ? "CVL"
            : null;

        /// <summary>
        /// "thousands of people", and with one describing word between ("thousands of Indigenous people", "hundreds of young
        /// people"): a crowd number and "of" right before the noun at <paramref name="i"/>. The describing word is a plain word
        /// of letters that is no role noun itself (a role there makes its own phrase).
        /// </summary>
        private bool CountedCrowdBefore(int i)
        {
            if (i >= 2 && Is(i - 1, "of") && CrowdNumbersBySpan.Contains(Tok(i - 2))) return true;
            if (i < 3 || !Is(i - 2, "of") || !CrowdNumbersBySpan.Contains(Tok(i - 3))) return false;
            var w = Tok(i - 1);
            foreach (char ch in w) if (!char.IsLetter(ch) && ch != '-') return false;
            return w.Length > 1 && MatchRole(i - 1, i + 1).Role is null;
        }
    }
}
