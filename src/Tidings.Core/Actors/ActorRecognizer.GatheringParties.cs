namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// Words that, right before "party", name a gathering or a working team rather than a political party: "a search party
        /// found the bodies", "a birthday party was attacked". Incident reports name such parties; read as PTY they became a
        /// party of the place's country. A wedding party, the commonest victim of such reports, is its guests: roles.tsv codes
        /// "wedding party" CVL as gold eb26043 has it, and the longer role wins before this check is reached. Invariant: only the
        /// role noun "party"/"parties" right after one of these words is skipped; "the ruling party", "the Labour party" and
        /// named parties (matched as names before roles) are untouched.
        /// </summary>
        private static readonly HashSet<string> GatheringOccasions = new(StringComparer.OrdinalIgnoreCase)
        {
            "birthday", "dinner", "search", "rescue", "hunting", "boarding", "funeral", "engagement", "christening",
            "garden", "house", "farewell", "welcoming", "advance", "landing", "raiding",
        };

        private bool IsGatheringParty(int i, string lemma, int sentFirst) =>
            lemma.Equals("party", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentFirst && GatheringOccasions.Contains(Tok(i - 1).ToString());
    }
}
