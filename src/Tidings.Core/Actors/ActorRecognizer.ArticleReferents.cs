using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        // Session 50 (realnews50): real articles name an office holder once, in full, and then by surname, pronoun or
        // "the <office>". The readers below make that first, full mention one the article's memory keeps (so the later
        // surname and pronoun find it), and keep a definite office that names its own country from taking another
        // country's holder out of memory.

        /// <summary>
        /// True when <paramref name="last"/>, the last role noun of a chain after an organisation's name ("UN refugee
        /// spokesman", "WHO health envoy"), is a singular title, so that a capitalised name after the chain is its holder
        /// ("UN refugee spokesman Andrej Mahecic"). The first noun of such a chain may be a field that is a role of its own
        /// ("refugee", "health"), which alone would not take a name. Invariant: a plural or non-title last noun ("UN
        /// refugee workers") never takes the name after it.
        /// </summary>
        private static bool HoldsNamedTitle(RoleEntry? last) => last is { IsTitle: true, IsPlural: false };

        /// <summary>
        /// True when the capitalised words of an office's complement ("of Trade and Industry", "of Humanitarian Affairs and
        /// Emergency Relief") may be joined by a lower-case "and" at token <paramref name="k"/>: a conjunction between two
        /// capitalised words inside the portfolio's name, before the comma that sets off the holder's name. Invariant: the
        /// word after "and" is capitalised, so "of Trade and the minister, …" is no portfolio.
        /// </summary>
        private bool PortfolioConjunction(int k, int comma) =>
            k + 1 < comma && (Is(k, "and") || Is(k, "&")) && IsCap(Tok(k + 1)) && char.IsLetter(Tok(k + 1)[0]);

        /// <summary>
        /// "The president of the European Commission, José Manuel Barroso, said … The president of France, Nicolas Sarkozy,
        /// said": a definite office followed by "of" and a country is that country's office, not the holder of the same
        /// office the article named before for another country or an organisation. Returns true when the office at
        /// <c>[i, j)</c> is followed by "of &lt;country&gt;" and the remembered holder <paramref name="remembered"/> is not
        /// of that country, so that the memory of "the president" is not used. Invariant: an office followed by the
        /// remembered holder's own country ("the president … the president of Kenya") still reads from memory.
        /// </summary>
        private bool OfficeOfOtherCountry(int j, ActorMention remembered)
        {
            if (j >= _doc.TokenCount || !Is(j, "of")) return false;
            int sentence = _doc.SentenceOf(j);
            if (CountryOfPlaceAfter(j, sentence) is not { } iso) return false;
            return remembered.Country != iso;
        }

        /// <summary>
        /// "The president of France, Nicolas Sarkozy, said": with no publication date the lexicon can only guess a listed
        /// person's office (its latest period), while the article says which one it means in the office set off before the
        /// name. Returns the code of the person's period whose role is the office's (the latest such, of the office's
        /// country when the phrase names one), or null. Reads only the shape "&lt;singular office&gt;[ of &lt;country&gt;], &lt;name&gt;":
        /// the office mention (<c>_lastBareTitle</c>) ends right before the comma at <paramref name="i"/> - 1, or the country
        /// after its "of" does. Invariant: only when the date is unknown (a dated article's lexicon period stands), and only a
        /// period the lexicon lists for the person (the article never invents an office for a listed person).
        /// </summary>
        private (string Code, string? Iso3, string Office)? AppositiveOfficePeriod(NameEntry person, int i)
        {
            if (_date is not null || person.Periods.Length < 2 || i < 2 || !Is(i - 1, ",") || _lastBareTitle < 0) return null;
            var office = _out[_lastBareTitle];
            if (office.Code is not { } oc) return null;
            string? iso = office.Country;
            bool adjacent = _lastBareTitle == _out.Count - 1 && office.Tokens.EndToken == i - 1;
            bool ofCountry = _lastBareTitle == _out.Count - 2 && _out[^1].Tokens.EndToken == i - 1
                && _out[^1].Tokens.FirstToken == office.Tokens.EndToken + 1 && Is(office.Tokens.EndToken, "of")
                && _out[^1].Rule.StartsWith("country:", StringComparison.Ordinal);
            if (!adjacent && !ofCountry) return null;
            if (ofCountry) iso = _out[^1].Country;
            // The office's role part: "GOV" of a bare "president", "GOV" of "FRAGOV" when the scan already placed it.
            string role = _lex.IsoOfCode(oc) is { } own && _lex.CountryByIso3(own) is { } oce && oc.StartsWith(oce.Cameo, StringComparison.Ordinal)
                ? oc[oce.Cameo.Length..] : oc;
            if (!IsStateRole(role)) return null;
            RolePeriod? best = null;
            foreach (var p in person.Periods)
            {
                if (_lex.IsoOfCode(p.Code) is not { } piso || _lex.CountryByIso3(piso) is not { } pc) continue;
                if (iso is not null && piso != iso) continue;
                if (!p.Code.AsSpan(pc.Cameo.Length).StartsWith(role, StringComparison.Ordinal)) continue;
                if (best is null || (p.Start ?? DateOnly.MinValue) > (best.Value.Start ?? DateOnly.MinValue)) best = p;
            }
            return best is { } b ? (b.Code, _lex.IsoOfCode(b.Code), office.Tokens.TextIn(_doc)) : null;
        }

        /// <summary>
        /// "The president of Bulgaria pardoned them. All six have maintained their innocence. They have also claimed …": the
        /// subject pronouns are read before the object pronouns, so a "they" whose only fitting antecedent is the "them" of
        /// the sentence before (its subject a person, who cannot be "they") found none. Once the object pronouns and the
        /// quote runs are resolved, the subject pronouns still without a mention are tried again with the same rules
        /// (<see cref="ResolveSubjectPronouns"/>: the subject of the sentence before, else its one fitting actor, never when
        /// two compete, over at most two sentences that name no actor). Invariant: a pronoun resolved by the first pass is
        /// never touched.
        /// </summary>
        private void ResolveSubjectPronounsAfterObjects() => ResolveSubjectPronouns(unresolvedOnly: true);

        /// <summary>
        /// "The governor released them and three Ugandan students. They accused the army …": on the first pass the object
        /// pronoun "them" is not resolved yet, so the students looked like the sentence's one fitting actor. True when the
        /// antecedent <paramref name="ante"/> found in sentence <paramref name="sentence"/> is not a subject there and that
        /// sentence holds an object pronoun of the same form (<paramref name="form"/>: "them" for "they", "him" for "he")
        /// with no mention yet: the pronoun waits for <see cref="ResolveSubjectPronounsAfterObjects"/>, where the object
        /// pronoun counts as a candidate and two different ones leave it unresolved. Invariant: an antecedent that is a
        /// subject is never deferred, so "X met them. He said …" reads as before.
        /// </summary>
        private bool DefersToObjectPronoun(ActorMention ante, int sentence, string form)
        {
            for (int k = ante.Tokens.FirstToken; k < ante.Tokens.EndToken; k++)
                if (_doc.Token(k).Relation is "nsubj" or "nsubj:pass") return false;
            var span = _doc.Sentence(sentence);
            for (int t = span.FirstToken; t < span.EndToken; t++)
            {
                var w = Tok(t);
                if (!(w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("him", StringComparison.OrdinalIgnoreCase))) continue;
                if (SubjectForm(w) != form || ante.Tokens.Contains(t) || HasMentionOn(t)) continue;
                return true;
            }
            return false;
        }
    }
}
