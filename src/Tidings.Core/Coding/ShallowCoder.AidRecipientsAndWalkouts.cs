using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 67 (protest67). "delivered flour to thousands of displaced families in North Darfur", "distributed blankets
        /// to 5,000 displaced people in Goma", "sent food to some 300 refugees": a recipient of aid counted by a number or a
        /// quantity word right after "to" is the actor named there. The parser often hangs the number alone under "to" and
        /// the counted noun elsewhere (as a second modifier of the goods), so the tree's "to" phrase names no actor and the
        /// aid fell back on the country of the place; this reads the phrase from the words.
        /// Invariants: only the first "to" after the trigger, within twelve words and before any comma, semicolon or clause word;
        /// between "to" and
        /// the actor only counting words (a figure, "thousands of", "some", "about", "more than", "at least" ...), at least one
        /// of them a number or a quantity noun; the actor starts right after them and is neither the giver nor a reporter.
        /// </summary>
        private int CountedRecipientAfterTo(int from, int src)
        {
            // The goods may be a list ("flour and cooking oil to ..."), so "and" does not end the search; a punctuation mark
            // or a clause word does.
            int limit = Math.Min(_e, from + 12);
            for (int k = from; k < limit; k++)
            {
                if (W(k) is "," or ";" or ":" || IsWord(k, "that") || IsWord(k, "who") || IsWord(k, "which")) return -1;
                if (!IsWord(k, "to")) continue;
                int j = k + 1;
                bool counted = false;
                for (; j < limit && j <= k + 5; j++)
                {
                    if (doc.TokUpos(j) is Upos.NUM || char.IsDigit(W(j)[0]) || Is(j, QuantityNouns)) { counted = true; continue; }
                    if (Is(j, CountingWords)) continue;
                    break;
                }
                if (!counted || j >= limit) return -1;
                int a = ActorAt(j);
                if (a < 0 || a == src || _reporters.Contains(a) || A(a).Tokens.FirstToken != j || A(a).IsModifier) return -1;
                return a;
            }
            return -1;
        }

        private static readonly WordSet QuantityNouns = new("dozens", "hundreds", "thousands", "millions", "tens", "scores");
        private static readonly WordSet CountingWords = new("of", "some", "about", "around", "nearly", "almost", "roughly",
            "approximately", "over", "more", "than", "at", "least", "an", "estimated", "up");

        /// <summary>
        /// Session 67 (protest67, decision 109 (4)). "opposition lawmakers walked out of the chamber in protest", "the minority
        /// staged a walkout from the House", "walked out of the sitting": a walkout of a legislature or its sitting is members'
        /// dissent in the house (140), aimed at the legislature walked out of, whoever the actor stage makes the members
        /// (a party, a country's "minority", lawmakers of a named party); workers who walk out of a plant or off the job still
        /// strike (143). True when the words after the trigger ending at <paramref name="end"/> are "of" or "from", then at
        /// most four determiners, possessives, proper nouns or adjectives, then a noun of a chamber or its sitting, or an actor
        /// of the legislature (LEG); any other actor first (an intergovernmental body's assembly) makes it false. Returns the
        /// legislature actor in <paramref name="chamberActor"/> when one is named, else -1.
        /// </summary>
        private bool WalkoutOfChamber(int end, out int chamberActor)
        {
            chamberActor = -1;
            if (!(IsWord(end, "of") || IsWord(end, "from"))) return false;
            for (int k = end + 1; k < _e && k <= end + 5; k++)
            {
                int a = ActorAt(k);
                if (a >= 0 && RoleOf(a) == "LEG") { chamberActor = a; return true; }
                // "walked out of the UN General Assembly", "walked out of the OSCE session": another body's chamber is no
                // legislature of the members' own.
                if (a >= 0) return false;
                if (Is(k, WalkedOutChamberNouns)) return true;
                if (!(doc.TokUpos(k) is Upos.DET or Upos.ADJ or Upos.PROPN || (doc.TokUpos(k) is Upos.PART && W(k) is "'s" or "’s"))) return false;
            }
            return false;
        }

        /// <summary>Nouns that name a legislature's chamber or its sitting when walked out of.</summary>
        private static readonly WordSet WalkedOutChamberNouns = new("chamber", "house", "parliament", "assembly", "senate", "congress",
            "legislature", "session", "sitting", "sittings", "sessions", "proceedings", "debate");

        private static bool IsWalkoutTrigger(string trigger) => trigger is "walk out" or "walkout" or "stage walkout";
    }
}
