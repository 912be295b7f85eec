using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Nouns of a message, proposal or request, whose "from" names who made it: "repeated offers of talks from Seoul", "an
    /// invitation from Beijing", "a request from Kyiv". A closed class of communication nouns, as
    /// <c>ReactionFromWords</c> is for reactions ("condemnation from Seoul"); after them a national capital that stands for
    /// its government is that government, not a place the thing came from. Invariant: every word names something a
    /// party says, writes or proposes, never a thing carried or a person ("refugees from Kabul", "flights from Moscow").
    /// </summary>
    private static readonly FrozenSet<string> ProposalFromWords = Set("offer", "offers", "proposal", "proposals", "invitation",
        "invitations", "request", "requests", "demand", "demands", "appeal", "appeals", "call", "calls", "overture", "overtures",
        "message", "messages", "letter", "letters", "note", "pressure", "ultimatum", "initiative", "plea", "pleas", "bid");

    private sealed partial class Run
    {
        /// <summary>
        /// True when "from" stands right before token <paramref name="i"/> after a noun of <see cref="ProposalFromWords"/>,
        /// directly ("an offer from Seoul") or through one "of" phrase of up to three words ("offers of talks from Seoul",
        /// "an offer of direct talks from Seoul"), all in the sentence that starts at <paramref name="sentFirst"/>.
        /// </summary>
        private bool ProposalAuthorFrom(int i, int sentFirst)
        {
            if (i - 2 < sentFirst || !Is(i - 1, "from")) return false;
            if (ProposalFromWords.Contains(Tok(i - 2).ToString().ToLowerInvariant())) return true;
            for (int of = i - 3; of >= Math.Max(sentFirst + 1, i - 5); of--)
            {
                if (!Is(of, "of")) continue;
                return ProposalFromWords.Contains(Tok(of - 1).ToString().ToLowerInvariant());
            }
            return false;
        }
    }
}
