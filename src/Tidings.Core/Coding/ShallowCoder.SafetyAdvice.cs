using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The meteorological agency warned residents to expect thunderstorms, advising fishermen not to go to sea",
        /// "Health officials urged parents to vaccinate their children against measles", "Police urged motorists to avoid the
        /// flooded highway": an agency's advice to the general public on weather, health or road safety is a public service,
        /// no act between political actors (gold/README.md: blind36's and blind59's weather warnings are event-free lines;
        /// dev7's travel advisory to one's own citizens is no event). An appeal (root 02) whose target is the general public
        /// (residents, motorists, parents, fishermen ...) and whose words after the trigger name a hazard or a precaution
        /// (rain, storm, flood, heat, sea, indoors, vaccine, outbreak ...), or police's or a government's advice to road users,
        /// is dropped. A call of an armed group, an
        /// insurgent, a criminal gang or a party is political whatever its content ("the gang leader called on residents to
        /// stay indoors" is an appeal), and is kept, as is any appeal aimed at a named state, group or official.
        /// </summary>
        private void DropSafetyAdviceToThePublic()
        {
            if (_out.Count == 0) return;
            _out.RemoveAll(m => m.Cameo.StartsWith("02", StringComparison.Ordinal) && m.Target >= 0
                && IsPublicAddressee(m.Target) && !IsPoliticalCaller(m.Source)
                && (NamesHazardAfter(m.Trigger.EndToken) || IsRoadUser(m.Target) && IsAuthority(m.Source)));
        }

        private bool IsPublicAddressee(int actor)
        {
            var tokens = A(actor).Tokens;
            int last = tokens.EndToken - 1;
            return last >= _f && last < _e && PublicAddressees.Contains(doc.Token(last).Lemma);
        }

        private bool IsPoliticalCaller(int actor)
        {
            if (actor < 0) return false;
            var code = A(actor).Code;
            if (code is null) return false;
            var role = code.Length >= 6 ? code.Substring(3, 3) : code;
            return role is "REB" or "CRM" or "OPP" or "INS" or "MIL" or "PTY" or "UAF";
        }

        /// <summary>Police or a government body: their advice to road users ("urged motorists to avoid the bridge") is traffic
        /// advice whatever it names.</summary>
        private bool IsAuthority(int actor)
        {
            if (actor < 0 || A(actor).Code is not { } code) return false;
            var role = code.Length >= 6 ? code.Substring(3, 3) : code;
            return role is "COP" or "GOV";
        }

        private bool IsRoadUser(int actor)
        {
            int last = A(actor).Tokens.EndToken - 1;
            return last >= _f && last < _e && doc.Token(last).Lemma.ToLowerInvariant() is "motorist" or "motorists" or "driver" or "drivers" or "commuter" or "commuters";
        }

        private bool NamesHazardAfter(int from)
        {
            for (int t = Math.Max(from, _f); t < _e; t++)
                if (HazardWords.Contains(doc.Token(t).Lemma) || HazardWords.Contains(doc.Token(t).Text)) return true;
            return false;
        }

        /// <summary>Head words of the general public as an addressee of advice (lemmas).</summary>
        private static readonly HashSet<string> PublicAddressees = new(StringComparer.OrdinalIgnoreCase)
        {
            "resident", "residents", "motorist", "motorists", "driver", "drivers", "commuter", "commuters", "parent", "parents",
            "fisherman", "fishermen", "farmer", "farmers", "public", "traveller", "travellers", "traveler", "travelers",
            "household", "households", "tourist", "tourists", "holidaymaker", "holidaymakers", "pilgrim", "pilgrims",
            "villager", "villagers", "mother", "mothers", "consumer", "consumers",
        };

        /// <summary>Weather, health and road hazards and the precautions against them.</summary>
        private static readonly HashSet<string> HazardWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "weather", "rain", "rains", "rainfall", "downpour", "storm", "thunderstorm", "wind", "gale", "flood", "flooding",
            "heat", "heatwave", "cyclone", "typhoon", "hurricane", "snow", "fog", "sea", "indoors", "landslide",
            "vaccinate", "vaccination", "vaccine", "immunise", "immunize", "immunisation", "immunization", "measles",
            "cholera", "dengue", "malaria", "polio", "outbreak", "infection", "mask", "hygiene", "mosquito", "precaution",
        };
    }
}
