using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 57 (judge57): "said the EU will not accept the official result", "would never accept new IMF conditions",
        /// "We will not accept a result written in an office": acceptance announced as not going to happen is a rejection
        /// (12x, asserted), as "would not negotiate" is (gold/README.md: refusals are rejections, not negations). Accepting has
        /// no lexicon row of its own (what is accepted decides whether it is a concession, a deal or nothing), so the refusal
        /// is read here and numbered by what is refused: an outcome, decision or measure (a result, ruling, sanction) 120; a
        /// plan or settlement (a proposal, deal, truce) 127; terms asked of the refuser (conditions, cuts, reforms, changes)
        /// 1232, and a demand or ultimatum 123. The target is the owner the object names (its possessor, actor adjective or
        /// "of"/"by"/"from" phrase), else none. Invariants: the verb "accept" with "not", "n't" or "never" and a modal of will
        /// ("will", "would", "wo") of its own, an object noun, a named source (its subject or the pronoun's antecedent), no
        /// condition ("if", "unless") on it, and no rejection (12) by the same source already coded in the sentence.
        /// "did not accept" (a past negation: negated, not coded) and "refused to accept" (the refusal verb's own row) are
        /// left to the lexicon. Joining refused is read the same way ("would not join the US missile shield", "won't take
        /// part in any talks"), numbered by what would be joined (<see cref="RefusedJoiningCode"/>).
        /// </summary>
        private void CodeRefusedAcceptances()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                var verb = doc.TokLemma(v)?.ToLowerInvariant();
                if (doc.TokUpos(v) != Upos.VERB || verb is not ("accept" or "join" or "participate" or "take")) continue;
                var (neg, will, conditional) = RefusalMarks(v);
                bool part = false;
                int obj = -1, joined = -1;
                for (int k = _f; k < _e; k++)
                {
                    if (doc.Token(k).Head != v) continue;
                    var rel = doc.Token(k).Relation;
                    var w = W(k).ToString().ToLowerInvariant();
                    if (rel is "obj" && doc.TokUpos(k) == Upos.NOUN) obj = k;
                    if (rel is "obj" && w is "part") part = true;
                    // "take part in the drills", "participate in any talks": what is joined is the "in" phrase.
                    if (rel is "obl" && doc.TokUpos(k) == Upos.NOUN && HasCase(k, "in")) joined = k;
                }
                // What is refused: the object of "accept" and "join" ("join the missile shield"), the "in" phrase of
                // "participate" and of "take part" ("take part in the drills").
                obj = verb switch { "accept" or "join" => obj, "participate" => joined, _ => part ? joined : -1 };
                if (!neg || !will || conditional || obj < 0) continue;
                int src = _tree.VerbSource(v, out var srcHow);
                if (src < 0) continue;
                string? code = verb is "accept" ? RefusedAcceptanceCode(doc.TokLemma(obj)?.ToLowerInvariant() ?? "")
                    : RefusedJoiningCode(doc.TokLemma(obj)?.ToLowerInvariant() ?? "");
                if (code is null) continue;
                if (_out.Exists(o => o.Source == src && o.Cameo.StartsWith("12", StringComparison.Ordinal))) continue;
                int target = OwnerOfAccepted(obj, src);
                // "won't take part in any talks with the opposition": the parser may hang the partner on the verb.
                if (target < 0)
                    for (int k = v + 1; k < _e && target < 0; k++)
                        if (doc.Token(k).Head == v && doc.Token(k).Relation == "obl" && HasCase(k, "with") && ActorAt(k) is var partner && partner >= 0 && partner != src)
                            target = partner;
                AddRefusal(v, code, src, target,
                    $"refused-{(verb is "accept" ? "acceptance" : "joining")}:{doc.TokLemma(obj)?.ToLowerInvariant()}→{code} src={srcHow},tgt={(target >= 0 ? "owner-of-accepted" : "none")}");
            }
        }

        /// <summary>The marks of an announced refusal among <paramref name="verb"/>'s own dependents, as both refusal readers
        /// (<see cref="CodeRefusedAcceptances"/>, <see cref="CodeRefusedPermissions"/>) ask for them: a negation ("not", "n't",
        /// "never"), a modal of will ("will", "would", "wo", "'ll") and a condition marker ("if", "unless").</summary>
        private (bool Negated, bool Will, bool Conditional) RefusalMarks(int verb)
        {
            bool neg = false, will = false, conditional = false;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation;
                var w = W(k).ToString().ToLowerInvariant();
                if (rel is "advmod" && w is "not" or "n't" or "never") neg = true;
                if (rel is "aux" && w is "will" or "would" or "wo" or "'ll") will = true;
                if (rel is "mark" && w is "if" or "unless") conditional = true;
            }
            return (neg, will, conditional);
        }

        /// <summary>Adds the refusal an announced negated modal tells (<see cref="CodeRefusedAcceptances"/>,
        /// <see cref="CodeRefusedPermissions"/>), triggered by the verb <paramref name="verb"/> alone, asserted, with the
        /// attribution, predicate time and place of that verb.</summary>
        private void AddRefusal(int verb, string code, int src, int target, string rule)
        {
            var range = new TokenRange(verb, verb + 1);
            _out.Add(new EventMention
            {
                Sentence = _sentence, Trigger = range, Cameo = code, Source = src, Target = target, Rule = rule,
                Attribution = AttributionOf(range),
                Time = PredicateTime(range),
                Place = NearestMention(doc.Places, static m => m.Tokens, range),
            });
        }

        /// <summary>Whether the sentence has the verb "accept" at all: a sentence with no trigger is read further only then.</summary>
        private bool AnyAcceptVerb()
        {
            for (int v = _f; v < _e; v++)
                if (doc.TokUpos(v) == Upos.VERB && doc.TokLemma(v)?.ToLowerInvariant() is "accept" or "join" or "participate" or "take"
                    or "allow" or "let") return true; // session 60 (judge60): refused permissions
            return false;
        }

        /// <summary>The rejection code of refusing to accept a thing of the kind <paramref name="noun"/> names, or null for a
        /// thing whose acceptance is no political act ("would not accept cash", "gifts").</summary>
        private static string? RefusedAcceptanceCode(string noun) => noun switch
        {
            "result" or "results" or "outcome" or "decision" or "ruling" or "verdict" or "judgment" or "judgement" or "election"
                or "vote" or "sanction" or "sanctions" or "measure" or "measures" or "annexation" or "presence" or "move"
                or "tariff" or "tariffs" or "ban" or "restriction" or "restrictions" or "finding" or "findings" => "120",
            "plan" or "proposal" or "deal" or "agreement" or "settlement" or "initiative" or "compromise" or "ceasefire"
                or "truce" or "accord" or "roadmap" or "framework" => "127",
            "condition" or "conditions" or "cut" or "cuts" or "reform" or "reforms" or "change" or "changes" or "term"
                or "terms" => "1232",
            "demand" or "demands" or "ultimatum" or "request" or "requests" => "123",
            _ => null,
        };

        /// <summary>The rejection code of refusing to join or take part in a thing of the kind <paramref name="noun"/> names:
        /// talks 125 (a proposal to meet or negotiate), a military coalition, mission or exercise 1212 (military cooperation);
        /// null for anything else ("would not join the protest", "the race").</summary>
        private static string? RefusedJoiningCode(string noun) => noun switch
        {
            "talk" or "talks" or "negotiation" or "negotiations" or "dialogue" or "summit" or "conference" => "125",
            "coalition" or "shield" or "alliance" or "mission" or "exercise" or "exercises" or "drill" or "drills" or "operation"
                or "operations" or "force" or "blockade" or "patrol" or "patrols" => "1212",
            _ => null,
        };

        /// <summary>Whether <paramref name="noun"/> has the preposition <paramref name="preposition"/> as its case.</summary>
        private bool HasCase(int noun, string preposition)
        {
            for (int c = _f; c < noun; c++)
                if (doc.Token(c).Head == noun && doc.Token(c).Relation == "case" && W(c).ToString().Equals(preposition, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>The actor that owns what is refused at <paramref name="obj"/>: its possessor, actor adjective or compound,
        /// or the actor of an "of", "by", "from" or "with" phrase on it ("the conditions of the IMF", "new IMF conditions", "talks
        /// with the opposition": the partner); -1 when it
        /// names none or only the refuser.</summary>
        private int OwnerOfAccepted(int obj, int src)
        {
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != obj) continue;
                var rel = doc.Token(k).Relation ?? "";
                bool owner = rel is "nmod:poss" or "amod" or "compound";
                if (!owner && rel.StartsWith("nmod", StringComparison.Ordinal))
                    for (int c = _f; c < k && !owner; c++)
                        owner = doc.Token(c).Head == k && doc.Token(c).Relation == "case" && W(c).ToString().ToLowerInvariant() is "of" or "by" or "from" or "with";
                if (owner && ActorAt(k) is var a && a >= 0 && a != src) return a;
            }
            return -1;
        }
    }
}
