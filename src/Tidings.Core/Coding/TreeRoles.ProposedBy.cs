using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Targets named as the author of the thing an act answers: "rejected a proposal by the ruling party", "dismissed the
/// ceasefire plan drafted by France and Britain", "would not bow to pressure from Washington".
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Prepositions that name a thing's author on its noun: "a proposal by", "pressure from".</summary>
    private static bool IsAuthorPrep(string? prep) => prep is "by" or "from";

    /// <summary>
    /// The authors of what the trigger answers: on the trigger's object or its "to" phrase ("bow to pressure from ..."), or
    /// on a noun inside the trigger's own words, a "by"/"from" phrase holding an actor ("a request by former president
    /// X", "pressure from Washington") or a participle with a "by" agent ("the plan drafted by France and Britain"), with
    /// the actors coordinated with it. Empty when none. Invariants: the noun is no actor itself (then the ordinary object
    /// rule applies), the source is never returned, and only nouns the trigger governs directly are read (not a clause
    /// deeper down, whose "by" phrase may belong to another act).
    /// </summary>
    public List<int> AuthorsOfAnswered(int head, int first, int end, int source)
    {
        var authors = new List<int>();
        if (!Parsed || head < _f || head >= _e) return authors;
        foreach (int n in TriggerNouns(head, first, end, withToPhrase: true))
        {
            if (_actorOf[n] >= 0) continue;
            foreach (var c in Children(n))
            {
                int agent = -1;
                if (RelStarts(c, "nmod") && IsAuthorPrep(CaseOf(c))) agent = c;
                else if (RelIs(c, "acl") && _doc.Token(c).Upos == Upos.VERB)
                    foreach (var g in Children(c))
                        if (RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) { agent = g; break; }
                if (agent < 0 || ActorOfNode(agent) is not (var a and >= 0) || a == source) continue;
                authors.Add(a); Conjuncts(agent, authors);
                authors.Remove(source);
                return authors;
            }
        }
        return authors;
    }

    private bool IsNounish(int t) => _doc.Token(t).Upos is Upos.NOUN or Upos.PROPN;

    /// <summary>The nouns a trigger at <paramref name="head"/> acts on: its object (and, with <paramref name="withToPhrase"/>,
    /// its "to" phrase: "bow to pressure"), then the nouns inside the trigger's own words [<paramref name="first"/>,
    /// <paramref name="end"/>) other than the head, each once, in that order.</summary>
    private List<int> TriggerNouns(int head, int first, int end, bool withToPhrase)
    {
        var nouns = new List<int>();
        foreach (var c in Children(head))
            if ((RelIs(c, "obj") || (withToPhrase && RelStarts(c, "obl") && CaseOf(c) == "to")) && IsNounish(c)) nouns.Add(c);
        for (int k = Math.Max(first, _f); k < Math.Min(end, _e); k++)
            if (k != head && IsNounish(k) && !nouns.Contains(k)) nouns.Add(k);
        return nouns;
    }
}
