using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 63 (fight63): "Congolese fleeing fighting in Uvira", "families displaced by fighting between the army and the
    /// Arakan Army", "more than 120,000 Rohingya had crossed into Bangladesh, fleeing fighting in Rakhine": the fighting people
    /// fled or were displaced by is the cause of their flight, told as background; the gold codes no such fight (16 of 16
    /// tunable lines, with the sides named or not), and the news of the sentence is the flight, the aid or the border.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Forms of "flee" whose object (or "from" phrase) is the violence people left.</summary>
        private static readonly WordSet FleeingForms = new("flee", "flees", "fled", "fleeing");

        /// <summary>Participles whose "by" phrase is the violence that drove people out.</summary>
        private static readonly WordSet DisplacedForms = new("displaced", "uprooted");

        /// <summary>
        /// Drops events of roots 18-20 whose trigger is what people fled or were displaced by: right after "fleeing",
        /// "fled" (with "from"), or "displaced by" / "uprooted by", past at most a determiner, a possessive and modifiers
        /// ("fleeing fighting in Uvira", "fled the fighting", "displaced by renewed fighting between the army and rebels").
        /// Read off the surface: the parser takes "fleeing fighting" and "displaced by fighting" for verbs as often as for
        /// an object. Invariants: a fight in a clause of time beside the flight ("fled to Thailand after clashes between
        /// the army and rebels", which the gold codes) keeps its event; "escape" is left out ("escaped an assassination
        /// attempt" tells the attempt).
        /// </summary>
        private void DropFightsPeopleFled()
        {
            if (_out.Count == 0) return;
            _out.RemoveAll(m => m.Cameo.Length >= 2 && m.Cameo[..2] is "18" or "19" or "20" && IsFightPeopleFled(m.Trigger.FirstToken));
        }

        private bool IsFightPeopleFled(int trigger)
        {
            int k = trigger - 1;
            // "the", "renewed", "heavy", "the group's", "the RSF": what may stand between the verb and the fight noun.
            for (int n = 0; n < 4 && k >= _f && !FleeingForms.Contains(W(k)) && (doc.TokXpos(k) ?? "") is "DT" or "JJ" or "PRP$" or "POS" or "NNP" or "VBN"; n++) k--;
            if (k < _f) return false;
            if (FleeingForms.Contains(W(k))) return true;
            if (IsWord(k, "from") && k - 1 >= _f && FleeingForms.Contains(W(k - 1))) return true;
            return IsWord(k, "by") && k - 1 >= _f && DisplacedForms.Contains(W(k - 1));
        }
    }
}
