using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 62 (aid62): a rescue of people told as captives by a participle or adjective of captivity on the rescued
/// ("rescued 62 kidnapped villagers", "rescued 24 passengers abducted by bandits") is their release (0841), as decision 066
/// rules for rescued hostages; the lexicon's "rescue @captive" row reaches only captive nouns (hostages, prisoners).
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Lemmas (and past participles, for a tagger that leaves the lemma unset) of being taken captive: a
        /// rescued noun so modified is a captive.</summary>
        private static readonly HashSet<string> CaptivityParticiples = new(StringComparer.OrdinalIgnoreCase)
        {
            "kidnap", "kidnapped", "abduct", "abducted", "capture", "captured", "captive",
        };

        /// <summary>
        /// The code of a rescue given the lexicon's <paramref name="code"/>: the plain verb "rescue" (073, aid to people in
        /// danger) whose direct object carries an adjective or participle of captivity ("kidnapped", "abducted", "captured":
        /// an <c>amod</c>, or an <c>acl</c> participle "abducted by bandits", "kidnapped from a school") frees captives, which
        /// decision 066 codes 0841 from the rescuer to the freed. People rescued from a boat, a fire or rubble keep 073.
        /// Invariant: only the verb row's 073 is rewritten, to 0841, so no event is added or dropped and no actor changes.
        /// </summary>
        private string RescueOfCaptivesCode(string code, TokenRange range, string rule)
        {
            if (code != "073" || !rule.StartsWith("verb:rescue→", StringComparison.Ordinal) || !_tree.Parsed) return code;
            int verb = range.FirstToken;
            if (verb < _f || verb >= _e) return code;
            int rescued = DependentOf(verb, "obj");
            return rescued >= 0 && HasCaptivityModifier(rescued) ? "0841" : code;
        }

        /// <summary>True when noun <paramref name="n"/> carries an adjective or participle of captivity (an <c>amod</c>, or an
        /// <c>acl</c> participle: "the kidnapped pupils", "villagers abducted by bandits"; <see cref="CaptivityParticiples"/>).</summary>
        private bool HasCaptivityModifier(int n)
        {
            for (int k = _f; k < _e; k++)
            {
                var t = doc.Token(k);
                if (t.Head != n || t.Relation is not ("amod" or "acl")) continue;
                if (CaptivityParticiples.Contains(t.Span.ToString()) || (t.Lemma is { } lemma && CaptivityParticiples.Contains(lemma))) return true;
            }
            return false;
        }
    }
}
