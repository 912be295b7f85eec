namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 70 (fam01): the verbs of meeting a partner face to face ("met Fiji's prime minister", "sat down with his
        /// Chinese counterpart", "conferred with the Namibian president", "huddled with"). A meeting has two sides, each
        /// meeting the other: gold/README.md's reciprocal verbs ("A met B" gives A → B and B → A), as talks held "with" a
        /// partner are (<see cref="HeldWithPartner"/>). Not the verbs of one side's act ("spoke with", "phoned", "visited").
        /// </summary>
        private static readonly HashSet<string> MeetingTriggers = new(StringComparer.Ordinal)
        {
            "meet", "meet with", "sit down with", "confer", "huddle with",
        };

        /// <summary>
        /// Session 70 (fam01): true when a plain consultation (040) told by a verb of meeting (<see cref="MeetingTriggers"/>)
        /// has exactly one partner named as an actor, so the partner meets the subject too. Several partners ("met the
        /// leaders of Namibia and Botswana", README: "A met B and C" gives A → B and A → C) and separate meetings stay the
        /// subject's; a passive ("was met with a crushing response") and an event noun are not meetings of a subject.
        /// Invariant: reads only the trigger's words and the target list; never adds a target.
        /// </summary>
        private bool MeetsOnePartner(Trig inner, List<int> targets, bool passive)
        {
            if (inner.IsNoun || passive || !MeetingTriggers.Contains(inner.Entry.Trigger)) return false;
            int named = 0;
            foreach (var t in targets) if (t >= 0) named++;
            if (named != 1) return false;
            for (int k = Math.Max(_f, inner.Start - 3); k < Math.Min(inner.End + 3, _e); k++)
                if (IsWord(k, "separate") || IsWord(k, "separately")) return false;
            return true;
        }

        /// <summary>
        /// Session 70 (fam01): verbs that tell talks or negotiations as begun or brought to an end by both sides ("opened
        /// negotiations with Mauritius", "began talks with the rebels", "entered talks with", "concluded negotiations with"):
        /// talks opened "with" a partner are held by both, as talks "held" with it are (<see cref="HeldWithPartner"/>).
        /// "resumed talks" stays one side's act, as session 60 left it.
        /// </summary>
        private static readonly HashSet<string> TalksOpeningVerbs = new(StringComparer.Ordinal)
        {
            "open", "begin", "start", "launch", "enter", "conclude",
        };
    }
}
