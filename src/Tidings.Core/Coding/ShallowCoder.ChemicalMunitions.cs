using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 71 (famvio): "dropped bombs containing chlorine on a village", "dropped grenades filled with chloropicrin on
    /// trenches", "fired shells laced with a nerve agent", "shelled the town with chemical munitions": an attack whose munition
    /// is named as carrying a chemical agent is a use of chemical weapons (2041), whatever verb delivers it; the verb alone
    /// (drop, bomb, shell, fire) reads only the delivery (195, 194, 190). Read off the surface: the parser attaches the
    /// participle ("containing", "filled with") to the munition or to the verb about equally often.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Munitions that may carry an agent.</summary>
        private static readonly WordSet ChemicalCarriers = new("bomb", "bombs", "shell", "shells", "grenade", "grenades", "rocket",
            "rockets", "missile", "missiles", "munition", "munitions", "barrel", "barrels", "canister", "canisters", "projectile",
            "projectiles", "mortar", "mortars", "round", "rounds", "drone", "drones", "device", "devices", "cylinder", "cylinders");

        /// <summary>Words of carrying between the munition and its agent ("containing", "filled with").</summary>
        private static readonly WordSet CarryingWords = new("containing", "filled", "laden", "loaded", "laced", "packed", "carrying",
            "armed", "tipped", "with");

        /// <summary>Chemical agents and the word "chemical" itself. Not "tear gas" (a riot agent: 175 when used on crowds) nor
        /// white phosphorus (an incendiary), which CAMEO does not count as a chemical weapon.</summary>
        private static readonly WordSet ChemicalAgentWords = new("chemical", "chemicals", "chlorine", "sarin", "chloropicrin", "mustard",
            "nerve", "novichok", "vx", "phosgene", "cyanide", "toxic", "poison", "poisonous", "ricin", "anthrax");

        /// <summary>
        /// Recodes an attack of root 18 or 19 (and a bombing, 183) to 2041 when, within its clause after the trigger (up to
        /// ten words, not past a comma or a finite verb), a munition (<see cref="ChemicalCarriers"/>) is named as carrying a
        /// chemical agent ("bombs containing chlorine", "grenades filled with chloropicrin") or is modified by one ("chemical
        /// munitions", "chlorine bombs", "sarin-filled rockets"). Source and target stay. Invariants: "tear gas" is no agent
        /// ("gas" alone is not one), a kidnapping, killing, rape or torture keeps its code, and an event already coded 20x is
        /// left.
        /// </summary>
        private void ReadChemicalMunitionAttacks()
        {
            if (_out.Count == 0) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Sentence != _sentence || m.Cameo.Length < 3 || m.Cameo[..2] is not ("18" or "19")) continue;
                if (m.Cameo is "181" or "1821" or "1822" or "1823" or "184" or "185" or "186" or "191" or "192" or "196") continue;
                if (ChemicalMunitionAfter(m.Trigger.FirstToken))
                    _out[i] = m with { Cameo = "2041", Rule = m.Rule + ",chemical-munition" };
            }
        }

        private bool ChemicalMunitionAfter(int trigger)
        {
            for (int k = trigger; k < _e && k <= trigger + 10; k++)
            {
                if (k > trigger && (IsWord(k, ",") || IsWord(k, ";") || doc.TokXpos(k) is "VBD" or "VBZ" or "VBP" or "MD")) return false;
                if (!Is(k, ChemicalCarriers)) continue;
                // "chemical munitions", "chlorine bombs", "sarin-filled rockets"
                for (int j = k - 1; j >= trigger && j >= k - 3; j--)
                {
                    if (Is(j, ChemicalAgentWords) || ChemicalCompound(j)) return true;
                    if (doc.TokUpos(j) is not (Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.VERB or Upos.NUM)) break;
                }
                // "bombs containing chlorine", "grenades filled with chloropicrin", "shells laced with a nerve agent"
                if (k + 1 < _e && Is(k + 1, CarryingWords))
                    for (int j = k + 2; j < _e && j <= k + 5; j++)
                    {
                        if (Is(j, ChemicalAgentWords)) return !(IsWord(j, "toxic") && IsTearGas(j + 1));
                        if (IsWord(j, ",") || IsWord(j, ";")) break;
                    }
            }
            return false;
        }

        /// <summary>"sarin-filled", "chlorine-laden": one token that joins an agent to a word of carrying.</summary>
        private bool ChemicalCompound(int t)
        {
            var w = W(t).ToString();
            int dash = w.IndexOf('-');
            return dash > 0 && ChemicalAgentWords.Contains(w.AsSpan(0, dash));
        }

        private bool IsTearGas(int t) => IsWord(t, "tear");
    }
}
