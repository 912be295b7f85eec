using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Participles that close a "Name-participle" compound naming who stands behind a group or deal
    /// ("Moscow-backed separatists", "Iran-allied militia", "UAE-brokered deal", "state-run media").</summary>
    private static readonly HashSet<string> SponsorParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "backed", "led", "brokered", "funded", "sponsored", "run", "allied", "aligned", "controlled", "supported", "owned",
        "linked", "affiliated", "appointed", "installed", "mediated", "drafted", "trained", "armed", "financed",
    };

    /// <summary>
    /// Two headline habits the web-text tagger misreads. (1) "Moldovan police detain Moscow-backed activists", "Kyiv, Moscow
    /// swap POWs in UAE-brokered deal": a hyphenated compound whose last part is a participle of sponsorship, before a noun,
    /// is an adjective (JJ); read as a finite verb (VBD) it becomes the headline's verb and the true verb ("detain") a noun,
    /// so the arrest is lost. (2) "Lithuanian FM raps Minsk", "Saudi, Iranian FMs hold talks", "Malaysian PM to visit Tokyo":
    /// a short acronym in capitals (two to five capitals, an optional plural "s") that the tagger reads as an adjective after
    /// another adjective or a possessive is a noun, the head of the subject (NNP, NNPS for a plural), as headline
    /// abbreviations of titles are; the verb repairs then find the verb after it. Sentences in all capitals are left alone:
    /// there a capital word says nothing. Invariant: only verb tags of such compounds and adjective tags of such acronyms change.
    /// </summary>
    private void RepairHeadlineWords(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_jjClass < 0 || _nnpClass < 0) return;
        int nnps = -1;
        bool allCaps = true;
        foreach (var w in words)
            foreach (char ch in w)
                if (char.IsLower(ch)) { allCaps = false; break; }
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            int dash = w.LastIndexOf('-');
            if (dash > 0 && dash < w.Length - 1 && i + 1 < words.Count && _xpos[classes[i]] is "VBD" or "VBP" or "VBZ" or "VB"
                && SponsorParticiples.Contains(w[(dash + 1)..]) && _uposValue[classes[i + 1]] is Upos.NOUN or Upos.PROPN or Upos.ADJ)
            {
                classes[i] = _jjClass;
                continue;
            }
            if (allCaps || i == 0 || _xpos[classes[i]] != "JJ" || !IsCapsAcronym(w)) continue;
            if (_xpos[classes[i - 1]] is not ("JJ" or "POS" or "NNP")) continue;
            if (nnps < 0) nnps = ClassOf("PROPN", "NNPS");
            classes[i] = w[^1] == 's' && nnps >= 0 ? nnps : _nnpClass;
        }

        static bool IsCapsAcronym(string w)
        {
            int n = w.Length - (w.Length > 2 && w[^1] == 's' ? 1 : 0);
            if (n is < 2 or > 5) return false;
            for (int k = 0; k < n; k++) if (!char.IsUpper(w[k])) return false;
            return true;
        }
    }
}
