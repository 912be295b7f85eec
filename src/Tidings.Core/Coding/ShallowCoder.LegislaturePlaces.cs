using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 70 (fam13), decision 064: "students protested outside parliament in Jakarta", "farmers marched on
        /// parliament", "held a rally outside the congress building": a protest held at, or marched on, a legislature named by
        /// a bare noun (no country word, so the actor stage makes no LEG mention of it and the protest fell to the protesters'
        /// government) is aimed at the legislature. The parser also misreads "protested outside parliament" as an object with
        /// an adjective, so the legislature mention the actor stage did make was taken by no target rule. Returns the LEG actor
        /// mention of that place, -1 for a legislature named by a bare noun (the protesters' own), -2 when the protest trigger's
        /// head, or the light verb whose object the protest noun is ("held a rally outside parliament"), has no "outside",
        /// "at", "on", "to", "near" or "in front of" phrase whose noun is a legislature or its building. Invariant: only the
        /// place phrase of the protest's own verb or noun is read, never a legislature named elsewhere in the sentence.
        /// </summary>
        private int ProtestedLegislature(TokenRange trigger)
        {
            if (!_tree.Parsed) return -2;
            int head = Syntax.Attachment.SpanHead(doc, trigger);
            if (head < _f || head >= _e) return -2;
            int found = LegislaturePlaceUnder(head);
            if (found != -2) return found;
            int governor = doc.Token(head).Head;
            return doc.TokUpos(head) == Upos.NOUN && doc.Token(head).Relation == "obj" && governor >= _f && governor < _e
                ? LegislaturePlaceUnder(governor) : -2;
        }

        private int LegislaturePlaceUnder(int node)
        {
            for (int c = _f; c < _e; c++)
            {
                if (doc.Token(c).Head != node) continue;
                string rel = doc.Token(c).Relation ?? "";
                if (!(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "obj")) continue;
                // The parser may read "protested outside parliament" as an adjective on an object: the word before the noun
                // (past a determiner) is then the preposition.
                string? prep = CaseWord(c) ?? WordBefore(c);
                // "in front of parliament": the legislature hangs on "front".
                if (prep == "in" && doc.TokLemma(c)?.ToLowerInvariant() == "front")
                {
                    for (int g = _f; g < _e; g++)
                        if (doc.Token(g).Head == c && CaseWord(g) == "of" && LegislatureNoun(g) is var front && front != -2) return front;
                    continue;
                }
                if (prep is "outside" or "at" or "on" or "to" or "near" or "toward" or "towards" && LegislatureNoun(c) is var at && at != -2) return at;
            }
            return -2;
        }

        /// <summary>A legislature or its building: "parliament", "the senate", "the national assembly", "the parliament
        /// building", "the Capitol". Returns its actor mention when the actor stage made one of LEG role, -1 for a bare noun
        /// with no mention, -2 for anything else (another actor, another noun).</summary>
        private int LegislatureNoun(int n)
        {
            string lemma = doc.TokLemma(n)?.ToLowerInvariant() ?? "";
            int word = n;
            if (!ProtestedLegislatureWords.Contains(lemma))
            {
                if (lemma is not ("building" or "complex" or "compound" or "premises")) return -2;
                word = -1;
                for (int g = _f; g < _e; g++)
                    if (doc.Token(g).Head == n && doc.Token(g).Relation == "compound"
                        && ProtestedLegislatureWords.Contains(doc.TokLemma(g)?.ToLowerInvariant() ?? "")) word = g;
                if (word < 0) return -2;
            }
            int a = actorOf[word];
            if (a < 0) return -1;
            return RoleOf(a) == "LEG" ? a : -2;
        }

        /// <summary>The word right before noun <paramref name="n"/>, past one determiner, lower case ("outside [the]
        /// parliament"), or null.</summary>
        private string? WordBefore(int n)
        {
            int k = n - 1;
            if (k >= _f && doc.TokUpos(k) == Upos.DET) k--;
            return k >= _f ? doc.Token(k).Span.ToString().ToLowerInvariant() : null;
        }

        /// <summary>The preposition ("case" child) of a noun, lower case, or null.</summary>
        private string? CaseWord(int n)
        {
            for (int g = _f; g < _e; g++)
                if (doc.Token(g).Head == n && doc.Token(g).Relation == "case") return doc.TokLemma(g)?.ToLowerInvariant();
            return null;
        }

        private static readonly HashSet<string> ProtestedLegislatureWords = new(StringComparer.Ordinal)
        {
            "parliament", "congress", "legislature", "senate", "capitol", "assembly",
        };
    }
}
