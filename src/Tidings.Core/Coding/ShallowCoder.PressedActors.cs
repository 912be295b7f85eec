namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Washington pressed Mexico to curb imports", "the IMF is pressing Pakistan to widen its tax net": "press" is a verb
        /// of demand (10x) only with an actor pressed; "the army is pressing its operations in Douma", "pressed their offensive
        /// on the city" keep the light verb that lends its subject to the event noun. True when the one-word verb entry
        /// <paramref name="verb"/> at <paramref name="t"/> is "press" and no actor is its object in the parse or stands right
        /// after it (a determiner between allowed: "pressed the government to ...").
        /// </summary>
        private bool PressedNoActor(int t, TriggerVariant verb)
        {
            if (verb.Entry.Trigger != "press" || verb.Words.Length != 1) return false;
            if (ActorAt(t + 1) >= 0 || (Is(t + 1, Words.Determiner) && ActorAt(t + 2) >= 0)) return false;
            if (_tree.Parsed)
                for (int k = _f; k < _e; k++)
                    if (doc.Token(k).Head == t && doc.Token(k).Relation is "obj" or "iobj" && ActorAt(k) >= 0) return false;
            return true;
        }
    }
}
