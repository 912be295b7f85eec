using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Heads of a body: a bare one is read as the state's (the "leader" row is GOV), but one "of" a named
        /// challenger of the state leads that challenger.</summary>
        private static readonly FrozenSet<string> LeaderLemmas = Set("leader", "head", "chief", "chairman", "chairperson",
            "chairwoman", "president", "secretary general", "secretary-general");

        /// <summary>Sectors whose leaders are of the sector itself, not office holders of the state: the opposition, rebels
        /// and armed groups, labour, students, clergy, criminals.</summary>
        private static readonly FrozenSet<string> ChallengerSectors = Set("OPP", "REB", "LAB", "EDU", "REL", "CRM");

        /// <summary>
        /// "arrested the leader of the Coalition for Change", "a case against the leaders of five opposition parties", "the
        /// head of the teachers' union": a bare head of a body is that body's, with its sector, when "of" (then "the", a
        /// count; or "a", "an") names a mention of an opposition, armed, labour, student, religious or criminal sector. Returns the
        /// followed mention, or null. Invariant: only a mention that starts right after those words counts, so "the leader of
        /// the country's opposition" (a possessive first) and "leaders of Kenya" (a state) are left to the other rules.
        /// </summary>
        private ActorMention? ChallengerLedAfterOf(ActorMention m, int sentence)
        {
            if (MatchRole(m.Tokens.FirstToken, m.Tokens.EndToken).Role is not { } r || !LeaderLemmas.Contains(r.Lemma) || r.Code != "GOV") return null;
            int t = m.Tokens.EndToken;
            if (t >= _doc.TokenCount || _doc.SentenceOf(t) != sentence || !Is(t, "of")) return null;
            int k = t + 1;
            // "the leader of an opposition party" (eb68078): an indefinite article names a body as well as "the" does.
            if (k < _doc.TokenCount && (Is(k, "the") || Is(k, "an") || Is(k, "a"))) k++;
            while (k < _doc.TokenCount && _doc.SentenceOf(k) == sentence && _doc.Token(k).Xpos == "CD") k++;
            foreach (var o in _out)
            {
                if (o.Tokens.FirstToken != k || o.IsModifier || o.Code is not { Length: >= 3 } oc) continue;
                if (oc.StartsWith("IGO", StringComparison.Ordinal) || oc.StartsWith("NGO", StringComparison.Ordinal)) return null;
                return ChallengerSectors.Contains(oc[^3..]) ? o : null;
            }
            return null;
        }
    }
}
