namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Houthi rebels fired missiles at a commercial vessel", "Moscow launched more than 90 drones at energy facilities
        /// overnight", officials in Kyiv said: an armed attack (19x) on a thing no actor owns in the sentence is still an
        /// attack, aimed at the country of the sentence's places (the attacker's own aside), else the country the article's
        /// earlier places are about, else at no named target. Without this the event, which needs a target, is dropped
        /// outright. Invariant: only a verb trigger's own object or prepositional phrase naming an installation or craft
        /// (<see cref="TreeRoles.AttackedThing"/>), never a passive, a noun trigger or an unarmed source.
        /// </summary>
        private bool AttackOnUnownedThing(string code, TriggerEntry entry, int innerNode, int src, bool passive, bool nounTrigger,
            out string? struckCountry, out bool passengers, out int carried)
        {
            struckCountry = null; passengers = false; carried = -1;
            if (passive || nounTrigger || src < 0 || !_tree.Parsed || code.Length < 2 || code[..2] != "19") return false;
            // Crowds and parties do not fire missiles; a bare country or its government does ("Russia launched drones").
            if (RoleOf(src) is "CVL" or "OPP" or "LAB" or "EDU" or "BUS" or "MED" or "NGO" or "JUD" or "LEG" or "AGR") return false;
            int thing = _tree.AttackedThing(innerNode, entry);
            if (thing < 0) return false;
            passengers = TreeRoles.IsPassengerCarrier(doc.TokLemma(thing));
            if (passengers) carried = _tree.CarriedActor(thing);
            // Rebels and gangs strike their own state's installations: for them the country of the place struck counts
            // ("RSF drones struck the airport and a fuel depot in Port Sudan" is aimed at Sudan); a state's own places
            // are its own and aside.
            // A craft is where it sails or flies, not whose: the water it is in names no owner ("a bulk carrier in the Gulf of Aden").
            string? own = RoleOf(src) is "REB" or "CRM" && !(doc.TokLemma(thing) is { } t && Craft.Contains(t)) ? null : A(src).Country;
            struckCountry = OnePlaceCountryBesides(own) ?? (StoryPlaceCountry() is { } story && story != own ? story : null);
            return true;
        }

        /// <summary>Craft: an attack on one is not on the country of the waters or skies it is in.</summary>
        private static readonly HashSet<string> Craft = new(StringComparer.OrdinalIgnoreCase)
        { "vessel", "ship", "tanker", "carrier", "boat", "ferry", "freighter", "aircraft", "plane", "airliner", "jet", "helicopter", "drone", "warship", "frigate", "destroyer" };

        /// <summary>The one country of the places this sentence names other than <paramref name="own"/>, null when it names
        /// none or several. The place a report comes from counts ("officials in Kyiv said Moscow launched drones at energy
        /// facilities"): an attack on an unnamed owner's installation is news where it struck.</summary>
        private string? OnePlaceCountryBesides(string? own)
        {
            string? only = null;
            foreach (var p in doc.Places)
            {
                if (p.Tokens.FirstToken < _f || p.Tokens.FirstToken >= _e || p.Place?.Country is not { } c || c == own) continue;
                if (only is not null && only != c) return null;
                only = c;
            }
            return only;
        }
    }
}
