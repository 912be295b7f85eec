namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Small craft that migrants cross the sea in; a rescue of people from one is a rescue of migrants. Not
        /// ferries, ships or vessels in general, whose people are passengers or crews of a country.</summary>
        private static readonly HashSet<string> MigrantCraft = new(StringComparer.OrdinalIgnoreCase)
        { "boat", "dinghy", "canoe", "raft", "sailboat", "pirogue", "skiff" };

        /// <summary>
        /// "the Italian coast guard rescued 53 people from a rubber dinghy", "the Spanish navy rescued 210 people from a canoe
        /// found adrift", "its crews had saved 212 people from five boats": people taken from a small boat at sea are the
        /// migrants in it, of no stated nationality (REF, as the gold codes every such rescue: eb10028, eb37116, eb68083,
        /// eb71039, eb78001 say "migrants"; eb30088, eb43030, eb71044, eb78006 say "people"), not civilians of the rescuer's
        /// or the sentence's country, which is all the actor stage can give a bare "people". True for a rescue (073) whose
        /// one target is such a bare people noun (an actor whose country is the sentence's, or the tree's role noun) when a
        /// migrant craft is named after it in the same sentence; a named nationality ("23 Malaysian fishermen") or a ferry
        /// keeps its code.
        /// </summary>
        private bool PeopleRescuedFromABoat(Trig inner, int target, string? targetRole, string tgtHow)
        {
            int head = -1;
            if (target >= 0)
            {
                if (A(target).Code is not { } code || !code.EndsWith("CVL", StringComparison.Ordinal)) return false;
                if (code.Length != 3 && !A(target).Rule.Contains("sentence's country", StringComparison.Ordinal)) return false;
                head = A(target).Tokens.EndToken - 1;
            }
            // "rescued 45 people": a bare people noun is no actor; the tree's role noun gives it the sentence's country.
            else if (targetRole == "CVL" && tgtHow.Contains("role-noun", StringComparison.Ordinal))
                for (int k = inner.End; k < Math.Min(_e, inner.End + 6) && head < 0; k++)
                    if (doc.TokLemma(k)?.ToLowerInvariant() is "people" or "person") head = k;
            if (head < 0 || doc.TokLemma(head)?.ToLowerInvariant() is not ("people" or "person")) return false;
            for (int k = head + 1; k < _e; k++)
                if (doc.TokLemma(k) is { } l && MigrantCraft.Contains(l)) return true;
            return false;
        }
    }
}
