using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The Labour Party rejected a proposal by the ruling party for talks", "the court turned down a request by the former
        /// president", "the Kremlin dismissed the ceasefire plan drafted by France and Britain", "would not bow to pressure
        /// from Washington": a statement, acceptance, criticism or rejection (01, 05, 11, 12) that names no target answers
        /// the author of the thing it is about, named by a "by"/"from" phrase or a participle's "by" agent on the trigger's
        /// object or on a noun of the trigger phrase (<see cref="TreeRoles.AuthorsOfAnswered"/>); coordinated authors each
        /// get the event. Invariants: only events with no target, place or implied target country; never the source's own
        /// side (<see cref="SameSide"/>) nor a reporter; negated events are left alone.
        /// </summary>
        private void AimAnswersAtTheAuthor()
        {
            if (!_tree.Parsed) return;
            int n = _out.Count;
            for (int i = 0; i < n; i++)
            {
                var p = _out[i];
                if (p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated
                    || p.Cameo[..2] is not ("01" or "05" or "11" or "12")) continue;
                int head = Syntax.Attachment.SpanHead(doc, p.Trigger);
                var authors = _tree.AuthorsOfAnswered(head, p.Trigger.FirstToken, p.Trigger.EndToken, p.Source)
                    .FindAll(a => !SameSide(a, p.Source) && !_reporters.Contains(a) && !IsModifierOfSource(a, p.Source));
                if (authors.Count == 0 && AuthorAfterTrigger(p) is var (author, capitalOf))
                {
                    if (author >= 0 && !SameSide(author, p.Source) && !_reporters.Contains(author)) authors.Add(author);
                    else if (capitalOf is not null && capitalOf != A(p.Source).Country)
                    {
                        _out[i] = p with { TargetCountry = capitalOf, TargetRole = "GOV", Rule = p.Rule + ",tgt=author-of-answered(capital)" };
                        continue;
                    }
                }
                AimAtEach(i, authors, "author-of-answered");
            }
        }

        /// <summary>Aims the targetless event at <c>_out[i]</c> at the first of <paramref name="targets"/> and adds a copy for
        /// each other one the same source has no event of that code with yet ("rejected the plan drafted by France and
        /// Britain"); the rule records <paramref name="how"/>. Nothing when <paramref name="targets"/> is empty.</summary>
        private void AimAtEach(int i, List<int> targets, string how)
        {
            if (targets.Count == 0) return;
            var p = _out[i];
            _out[i] = p with { Target = targets[0], Rule = p.Rule + ",tgt=" + how };
            for (int k = 1; k < targets.Count; k++)
                if (!_out.Exists(q => q.Source == p.Source && q.Target == targets[k] && q.Cameo == p.Cameo))
                    _out.Add(p with { Target = targets[k], Rule = p.Rule + ",tgt=" + how });
        }

        /// <summary>Articles and adjectives a "by"/"from" phrase may open with before its author ("by the ruling party").</summary>
        private static readonly HashSet<string> AuthorLeadWords = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "ruling", "main", "its", "their" };

        /// <summary>
        /// The parser often hangs a "by"/"from" phrase right after a phrase trigger on the verb or misreads it as a clause
        /// ("rejected a proposal by the ruling party", "bow to pressure from Washington"); read off the words instead: the
        /// trigger ends on a noun, the next word is "by" or "from", and an actor or a capital follows after at most two
        /// lead words. Returns the actor (or -1) and the capital's country (or null); null when neither.
        /// </summary>
        private (int Author, string? CapitalOf)? AuthorAfterTrigger(EventMention p)
        {
            int end = p.Trigger.EndToken;
            // The trigger ends on a noun; "bow to pressure" may be tagged an infinitive after "to". A verb ending the trigger
            // otherwise ("was rejected by ...") has its passive agent there, the doer, not whom it answers.
            if (end - 1 < _f || end >= _e) return null;
            if (doc.TokUpos(end - 1) is not (Upos.NOUN or Upos.PROPN) && !(doc.TokUpos(end - 1) == Upos.VERB && IsWord(end - 2, "to"))) return null;
            if (!(IsWord(end, "by") || IsWord(end, "from"))) return null;
            int k = end + 1;
            for (int lead = 0; lead < 2 && k < _e && AuthorLeadWords.Contains(W(k).ToString()); lead++) k++;
            if (k >= _e) return null;
            if (ActorAt(k) is int a and >= 0) return A(a).Tokens.FirstToken >= end + 1 ? (a, null) : null;
            foreach (var pm in doc.Places)
                if (pm.Tokens.FirstToken == k && pm.Place is { Country: { } iso } place
                    && Actors.ActorLexicon.Default.IsCapitalPlace(place)) return (-1, iso);
            return null;
        }

        /// <summary>True when <paramref name="a"/> lies inside the source's own mention ("the spokesman of X" naming X).</summary>
        private bool IsModifierOfSource(int a, int src)
            => A(a).Tokens.FirstToken >= A(src).Tokens.FirstToken && A(a).Tokens.EndToken <= A(src).Tokens.EndToken;
    }
}
