namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Fiji police said intelligence shared by their Australian counterparts …", "Polish prosecutors are sharing evidence
        /// with their Ukrainian counterparts": a counterpart holds, in its own country, the office of the actor it is the
        /// counterpart of. The role row makes "counterpart(s)" GOV (the usual minister-to-minister case); when the nearest
        /// earlier actor of another country in the same sentence is of another state sector (police, prosecutors, the
        /// military, a legislature, an agency), the counterpart takes that sector with its own country. Invariant: only
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
                    // The earlier actor must be a state's sector (country code + role), not a bare country or an IGO.
                    if (_lex.CountryByIso3(piso)?.Cameo is not { } pcameo || pc.Length < pcameo.Length + 3
                        || !pc.StartsWith(pcameo, StringComparison.Ordinal)) break;
                    string sector = pc.Substring(pcameo.Length, 3);
                    if (sector == "GOV" || !CounterpartSectors.Contains(sector)) break;
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
    }
}
