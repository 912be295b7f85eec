namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Farmers blocked motorways around Paris with tractors on Monday in protest at the European Union's trade agreement":
        /// the words of a protest's reason phrase after the trigger, for when the parser hangs "in protest at ..." so deep
        /// under the object's phrases that the tree's reason walk (<see cref="TreeRoles.ProtestReasonActor"/>) never meets it.
        /// The phrase is "in protest at/against/over" or "to protest against/over" after the trigger, in its sentence and
        /// before any semicolon; its actor is the first one within six words, before any punctuation other than a possessive
        /// and before any preposition (whose act or thing it is: "the EU's plan", "EU trade deals", "the government"; not
        /// "cheap imports from Morocco", which names where the goods come from). -1 when there is none.
        /// </summary>
        private int SurfaceProtestReasonActor(Trig inner)
        {
            for (int k = inner.End; k < _e; k++)
            {
                if (IsWord(k, ";")) return -1;
                if (!IsWord(k, "protest")) continue;
                bool inProtest = IsWord(k - 1, "in") && (IsWord(k + 1, "at") || IsWord(k + 1, "against") || IsWord(k + 1, "over"));
                bool toProtest = IsWord(k - 1, "to") && (IsWord(k + 1, "against") || IsWord(k + 1, "over"));
                if (!inProtest && !toProtest) continue;
                for (int j = k + 2; j < Math.Min(_e, k + 8); j++)
                {
                    if (ActorAt(j) is var a && a >= 0) return a;
                    if (IsWord(j, "'s") || IsWord(j, "’s")) continue;
                    if (IsPunct(j) || doc.TokUpos(j) == Documents.Upos.ADP) return -1;
                }
                return -1;
            }
            return -1;
        }
    }
}
