using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Targets reached through the event a statement is about: "claimed responsibility for an ambush on a Syrian army
/// patrol" is aimed at the patrol, "was pessimistic about the chances of an agreement with Bolivia" at Bolivia.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Longest path from the trigger's words to the event noun it is about: "about" → "the chances" → "of an
    /// agreement", "confident" → "that ... would be signed" → "a rail agreement".</summary>
    private const int MaxContentDepth = 3;

    /// <summary>
    /// The target of a statement whose content is another event, named by an event noun of the lexicon
    /// (<paramref name="nounEntry"/> answers the entry of a token, null when it names none): that noun's own target,
    /// found after one of its own prepositions ("an attack on X", "a deal with X"), "between" excepted (a deal between
    /// two others has no single other side). The path from the trigger's words runs through a phrase with one of the
    /// trigger's prepositions or a topic preposition ("about", "over", "of", "on", "for"), a complement or adverbial
    /// clause ("confident that a deal with X would be signed", "confident of reaching a deal with X") and, from a clause,
    /// its object or passive subject; from a noun that names no event, only its "of"/"for" phrase ("the chances of",
    /// "the prospects for"). A node that holds an actor ends the path: an actor there is the statement's own target,
    /// which <see cref="Targets"/> answers. Returns the rule string, or null (nothing added) when the tree says nothing.
    /// </summary>
    public string? ContentEventTarget(int anchor, TokenRange trigger, TriggerEntry entry, Func<int, TriggerEntry?> nounEntry,
        List<int> targets, int source)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        _trigger = trigger;
        int first = Math.Max(_f, Math.Min(anchor, trigger.FirstToken)), end = Math.Min(_e, Math.Max(anchor + 1, trigger.EndToken));
        int innerNoun = -1;
        TriggerEntry? innerEntry = null;
        for (int n = first; n < end; n++)
            if ((n == anchor || InTrigger(n)) && FromTrigger(n) is { } how) return how;
        // "denied responsibility for the attack on a Chinese convoy": the parser may hang the event noun's phrase on the
        // trigger verb, after the noun.
        if (innerEntry is not null && IsVerbal(anchor))
            foreach (var c in Children(anchor))
                if (c > innerNoun && (RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is { } prep && prep != "between"
                    && innerEntry.IsTargetPrep(prep) && !IsTime(c) && ActorOfNode(c) is var a && a >= 0 && a != source)
                {
                    targets.Add(a); Conjuncts(c, targets);
                    return "tree:content-" + prep;
                }
        return null;

        string? FromTrigger(int node)
        {
            foreach (var c in Children(node))
            {
                if (InTrigger(c)) continue;
                bool topic = (RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is { } p
                             && (entry.IsTargetPrep(p) || p is "about" or "over" or "of" or "on" or "for") && !IsTime(c);
                bool clause = RelIs(c, "ccomp") || RelIs(c, "advcl") || RelStarts(c, "acl");
                if ((topic || clause) && Down(c, 1) is { } how) return how;
            }
            return null;
        }

        string? Down(int node, int depth)
        {
            if (_actorOf[node] >= 0 || depth > MaxContentDepth) return null;
            if (IsVerbal(node))
            {
                foreach (var c in Children(node))
                    if ((RelIs(c, "obj") || RelIs(c, "nsubj:pass") || RelIs(c, "nsubj")) && Down(c, depth + 1) is { } how) return how;
                // "reaching a debt deal with China": the parser hangs the noun's phrase on the verb that governs it.
                foreach (var c in Children(node))
                    if ((RelIs(c, "obj") || RelIs(c, "nsubj:pass")) && _actorOf[c] < 0 && nounEntry(c) is { } governed
                        && InnerTarget(node, governed) is { } how2) return how2;
                return null;
            }
            if (_doc.Token(node).Upos is not (Upos.NOUN or Upos.PROPN)) return null;
            if (nounEntry(node) is { } inner) return InnerTarget(node, inner);
            foreach (var c in Children(node))
                if (RelIs(c, "nmod") && CaseOf(c) is "of" or "for" && Down(c, depth + 1) is { } how) return how;
            return null;
        }

        // The actor after one of the event noun's own prepositions hung on <node> (the noun, or the verb governing it).
        string? InnerTarget(int node, TriggerEntry inner)
        {
            if (innerEntry is null) { innerEntry = inner; innerNoun = node; }
            foreach (var c in Children(node))
            {
                if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not { } prep || prep == "between"
                    || !inner.IsTargetPrep(prep) || IsTime(c)) continue;
                int a = ActorOfNode(c);
                if (a < 0 || a == source) continue;
                targets.Add(a); Conjuncts(c, targets);
                return "tree:content-" + prep;
            }
            return null;
        }
    }

    /// <summary>
    /// The doer an event noun names for itself: its possessive or adjective actor ("the prime minister's resignation",
    /// "an Ethiopian withdrawal"), else the actor of its "of" phrase ("the resignation of the interior minister"). Only
    /// meaningful for nouns of events done to no one (the lexicon's <c>notgt</c>), whose possessor cannot be the one
    /// acted on ("the journalist's release" names the released). -1 when none.
    /// </summary>
    public int NounDoer(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e || _actorOf[noun] >= 0) return -1;
        foreach (var c in Children(noun))
            if (Rel(c) is "nmod:poss" or "amod" && ActorOfNode(c) is var a && a >= 0) return a;
        foreach (var c in Children(noun))
            if (RelIs(c, "nmod") && CaseOf(c) == "of" && ActorOfNode(c) is var a && a >= 0) return a;
        return -1;
    }
}
