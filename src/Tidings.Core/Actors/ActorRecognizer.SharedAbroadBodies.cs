using System.Collections.Frozen;

namespace Tidings.Actors;

/// <summary>
/// Session 69 (actor69): state bodies whose names other states' bodies share ("FDA", "the Justice Department", "SEC"),
/// written with a leading "?" in organizations-agencies.tsv (<see cref="NameEntry.SharedAbroad"/>). The row gives the
/// country news most often means (the U.S.); the text may say it is another's.
/// </summary>
public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "the Philippine FDA", "Nigeria's SEC": a shared name right after another country's adjective or possessive is
        /// that country's body of the same sector (PHLGOVHLH, NGAGOV). Any other entry, or a shared one after its own
        /// country's word ("the U.S. FDA"), is returned unchanged.
        /// </summary>
        private NameEntry OwnedSharedBody(NameEntry org, CountryEntry owner)
        {
            if (!org.SharedAbroad || org.Iso3 is not { } home || home == owner.Iso3 || org.Code is not { } code) return org;
            return org with { Iso3 = owner.Iso3, Code = owner.Cameo + SectorOf(code, home), Country = owner };
        }

        /// <summary>The sector part of a state body's code ("GOVHLH" of "USAGOVHLH"); GOV when the code is the bare country.</summary>
        private string SectorOf(string code, string iso3)
        {
            string cameo = _lex.CountryByIso3(iso3)?.Cameo ?? iso3;
            string sector = code.StartsWith(cameo, StringComparison.Ordinal) ? code[cameo.Length..] : "";
            return sector.Length == 0 ? "GOV" : sector;
        }

        /// <summary>
        /// "MANILA - … the FDA ordered the recall", "the Department of Justice filed charges against officials … in
        /// Bulacan": a shared name standing alone, in an article that names no actor of the row's country, is the body of
        /// the country it was filed from, else of the one country its places lie in (after "in", "from", "of"). Invariants:
        /// only bare mentions of a shared name (rule "organization:") of a body kept at home move; an article with neither a
        /// dateline nor places keeps the row's country, since the other countries a sentence names as actors are as often
        /// the body's targets ("the Treasury Department sanctioned three Iranian firms"); any actor of the row's country
        /// elsewhere in the article keeps it too. Runs before ResolveBareRoles, so the roles the mention's sentence leaves
        /// bare follow the country it ends with.
        /// </summary>
        private void PlaceSharedAbroadBodies()
        {
            List<int>? shared = null;
            for (int i = 0; i < _out.Count; i++)
                if (IsBareSharedBody(_out[i])) (shared ??= []).Add(i);
            if (shared is null) return;
            string? elsewhere = _datelineCountry ?? PlacesCountry();
            if (elsewhere is null || _lex.CountryByIso3(elsewhere) is not { } dc) return;
            foreach (int i in shared)
            {
                var m = _out[i];
                string home = m.Country!;
                if (home == dc.Iso3) continue;
                bool homeNamed = false;
                for (int j = 0; j < _out.Count && !homeNamed; j++)
                    homeNamed = !shared.Contains(j) && _out[j].Country == home && _out[j].Code is not null;
                if (homeNamed) continue;
                string code = dc.Cameo + SectorOf(m.Code!, home);
                string why = _datelineCountry is not null ? $"an article filed from {dc.Name}" : $"an article whose places are in {dc.Name}";
                _out[i] = m with
                {
                    Code = code, Country = dc.Iso3,
                    Rule = $"{m.Rule}; {why}, naming no actor of {home} → {code}",
                };
            }
        }

        /// <summary>Appended to the rule of a bare mention of a shared name (the organisation reader, ActorRecognizer.cs).</summary>
        private const string SharedNameNote = " (a name other states' bodies share)";

        /// <summary>Sectors of the bodies a state keeps at home: its government, police and judiciary. Intelligence services
        /// and armies are named abroad as often as at home ("MOSCOW - … accused the Secret Intelligence Service"), so a
        /// dateline does not move them.</summary>
        private static readonly FrozenSet<string> HomeSectors = Set("GOV", "COP", "JUD");

        /// <summary>A mention of a shared name standing alone (rule "organization:", marked by the organisation reader) of a
        /// body a state keeps at home.</summary>
        private bool IsBareSharedBody(ActorMention m) =>
            m.Rule.StartsWith("organization: ", StringComparison.Ordinal) && m.Rule.EndsWith(SharedNameNote, StringComparison.Ordinal)
            && m.Country is { } home && m.Code is { } code && HomeSectors.Contains(SectorOf(code, home)[..3]);
    }
}
