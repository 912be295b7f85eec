using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Targets reached through the event a statement is about: "claimed responsibility for an ambush on a Syrian army
/// patrol" is aimed at the patrol, "was pessimistic about the chances of an agreement with Bolivia" at Bolivia.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Roles of a country's own actors that hold or contest power: the other side of a comment by a compatriot.</summary>
    private static readonly HashSet<string> PowerRoles = new(StringComparer.Ordinal)
        { "GOV", "OPP", "PTY", "JUD", "LEG", "MIL", "COP", "SPY", "REB", "ELI", "INS" };

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
                // "hopeful that China would lift its ban", "optimistic that Thailand and Cambodia would sign a peace deal",
                // "no confidence that the electoral commission would hold a fair vote": a pessimistic or optimistic comment
                // whose "that" clause has another actor as its subject is about that actor's conduct or fate, and aimed
                // at it. Only 012/013 (a denied or claimed clause's subject is the doer, not the recipient), only the
                // clause directly under the trigger, and never the speaker's own side: its own country named bare ("feared
                // the country was heading toward collapse") or the speaker itself.
                if (depth == 1 && entry.Cameo is "012" or "013" && RelIs(node, "ccomp") && source >= 0)
                    foreach (var c in Children(node))
                        if ((RelIs(c, "nsubj") || RelIs(c, "nsubj:pass")) && ActorOfNode(c) is var subj && subj >= 0
                            && OtherSideOf(subj, source))
                        {
                            targets.Add(subj); Conjuncts(c, targets);
                            targets.RemoveAll(t => !OtherSideOf(t, source));
                            if (targets.Count > 0) return "tree:content-subject";
                        }
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

        // Another actor than the speaker. An actor of the speaker's own country is another side only when it holds or
        // contests power ("the electoral commission" for an opposition party); the country named bare and its people,
        // farmers or firms are what a comment on the country's own prospects is about, not whom it addresses.
        bool OtherSideOf(int a, int speaker)
        {
            var x = _doc.Actors[a]; var s = _doc.Actors[speaker];
            if (a == speaker || x.Code is not { } code || code == s.Code) return false;
            if (x.Country is not { } xc || xc != s.Country) return true;
            return code.Length >= xc.Length + 3 && PowerRoles.Contains(code.Substring(xc.Length, 3));
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
