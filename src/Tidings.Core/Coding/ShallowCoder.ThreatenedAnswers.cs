using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Words that make a sentence's quarrel one of trade: a "fight" threatened over them is no armed attack.</summary>
        private static readonly HashSet<string> TradeQuarrelWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "tariff", "trade", "protectionism", "protectionist", "import", "export", "levy", "subsidy", "dumping",
        };

        /// <summary>Words that make a threatened fight an armed one whatever else the sentence is about.</summary>
        private static readonly HashSet<string> ArmedFightWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "troop", "soldier", "army", "military", "militarily", "missile", "drone", "bomb", "airstrike", "weapon", "navy",
            "tank", "artillery", "rocket", "militant", "rebel", "insurgent", "force",
        };

        /// <summary>
        /// "Russia would retaliate in kind to countries that expelled its diplomats, the minister said", "China vowed to fight
        /// the U.S. at any cost after Trump proposed more tariffs", "China will fight back firmly if the U.S. persists in its
        /// protectionism": a threatened or announced answer that names no kind of act is CAMEO's residual threat (130), as the
        /// frame rule already codes "vowed to retaliate" (gold/README.md, session 13; eb16025, eb15045, eb71076 130), not a
        /// threat of a conventional attack (1384), which the lexicon's material reading of "retaliate" (190) and "fight" (190)
        /// leaves when the threat reaches them by another path (a "would" under a speech verb, a condition). Two cases: (1)
        /// "retaliate" not told with force (<see cref="TreeRoles.ResponseWithForce"/>: "retaliate militarily", "with missile
        /// strikes" stay 138/1384); (2) "fight" (with or without "back") in a sentence whose quarrel is one of trade (a
        /// tariff, trade, protectionism, imports or exports named in it) and which names no armed force or weapon. Invariant:
        /// only threatened, conditional or intended 1384 events change, and only their code.
        /// </summary>
        private void ReadThreatenedAnswersAsThreats()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Cameo != "1384" || m.Negated || m.Modality is not (Modality.Threatened or Modality.Conditional or Modality.Intended)) continue;
                // The answering verb is the trigger's head ("retaliate") or the verb a frame took in ("vowed to fight").
                int head = -1;
                for (int t = Math.Max(m.Trigger.FirstToken, _f); t < m.Trigger.EndToken && t < _e; t++)
                    if (doc.TokLemma(t) is { } tl && tl.ToLowerInvariant() is "retaliate" or "fight" && doc.TokUpos(t) == Upos.VERB) head = t;
                if (head < 0 || doc.TokLemma(head) is not { } lemma) continue;
                bool answer = lemma.Equals("retaliate", StringComparison.OrdinalIgnoreCase) && !_tree.ResponseWithForce(head);
                bool tradeFight = lemma.Equals("fight", StringComparison.OrdinalIgnoreCase) && SentenceHasLemma(TradeQuarrelWords)
                    && !SentenceHasLemma(ArmedFightWords);
                if (answer || tradeFight)
                    _out[i] = m with { Cameo = "130", Rule = m.Rule + (answer ? ",unarmed-answer→130" : ",trade-fight→130") };
            }
        }

        /// <summary>True when a word of the sentence has its lemma (or its lower-case form) in <paramref name="set"/>.</summary>
        private bool SentenceHasLemma(HashSet<string> set)
        {
            for (int t = _f; t < _e; t++)
                if ((doc.TokLemma(t) is { } l && set.Contains(l)) || set.Contains(doc.Token(t).Span.ToString()))
                    return true;
            return false;
        }
    }
}
