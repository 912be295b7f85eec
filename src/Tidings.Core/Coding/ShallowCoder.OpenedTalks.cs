namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
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
