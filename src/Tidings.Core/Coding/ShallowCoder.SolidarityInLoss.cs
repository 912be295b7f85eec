namespace Tidings.Coding;

/// <summary>
/// Session 71 (famst): solidarity told beside a loss. "Expressed solidarity with" is praise or support (051) when a side
/// stands by another in a quarrel ("Latvia and Estonia expressed solidarity with Lithuania" after an expulsion), but the
/// same words after a disaster, a deadly attack or deaths are sympathy with the bereaved (018), as the gold codes them
/// (eb59091, eb80114, blind88's solidarity after a cyclone).
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Words of a loss that solidarity answers with sympathy: natural hazards and the deadly events news names
        /// ("after the floods", "following the train crash", "over the killings", "in the wake of the attack").</summary>
        private static readonly WordSet LossWords = new("disaster", "disasters", "tragedy", "tragedies", "crash", "crashes",
            "collapse", "explosion", "explosions", "blast", "blasts", "fire", "fires", "attack", "attacks", "bombing", "bombings",
            "shooting", "shootings", "massacre", "massacres", "killing", "killings", "death", "deaths", "victims", "loss", "outbreak",
            "derailment", "shipwreck", "stampede", "eruption");

        /// <summary>
        /// A 051 read from solidarity ("expressed solidarity with", "a message of solidarity to") whose sentence then tells a
        /// loss after "after", "following", "over" or "in the wake of" (a natural hazard or a LossWords noun within six words,
        /// before any comma), or whose solidarity is "with the victims" or "with the families", is sympathy (018) with the
        /// same target. Invariant: only the code of such a mention changes, its actors stay, and solidarity with no loss told
        /// (a quarrel, a punishment) keeps 051.
        /// </summary>
        private void ReadSolidarityInLossAsSympathy()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "051" || p.Sentence != _sentence || p.Negated || !p.Rule.Contains("solidarity", StringComparison.Ordinal))
                    continue;
                if (LossToldAfter(p.Trigger.EndToken))
                    _out[i] = p with { Cameo = "018", Rule = p.Rule + ",solidarity-in-loss" };
            }
        }

        private bool LossToldAfter(int from)
        {
            for (int k = Math.Max(from, _f); k < _e; k++)
            {
                if (IsWord(k, "with"))
                {
                    int n = IsWord(k + 1, "the") || IsWord(k + 1, "all") ? k + 2 : k + 1;
                    if (IsWord(n, "victims") || IsWord(n, "families")) return true;
                    continue;
                }
                bool cue = IsWord(k, "after") || IsWord(k, "following") || IsWord(k, "over")
                    || (IsWord(k, "wake") && IsWord(k - 1, "the") && IsWord(k - 2, "in"));
                if (!cue) continue;
                for (int j = k + 1; j < Math.Min(_e, k + 7); j++)
                {
                    if (IsPunct(j)) break;
                    if (NaturalHazards.Contains(W(j)) || LossWords.Contains(W(j))) return true;
                }
            }
            return false;
        }
    }
}
