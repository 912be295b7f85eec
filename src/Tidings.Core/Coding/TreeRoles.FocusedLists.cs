namespace Tidings.Coding;

/// <summary>
/// Lists a focusing word singles out of a group noun: "asked countries bordering Nigeria, particularly Niger, Chad and
/// Cameroon, to step up checks", "urged Western governments, especially Britain and France, to ...", "asked countries
/// neighbouring Turkey, specifically mentioning Armenia and Iran, to take measures". The group noun ("countries", "donors",
/// "governments", <see cref="GroupNouns"/>) stands for the members its list names, as it does for an "including" or
/// "such as" list (<see cref="IncludedMember"/>): the named members are the sides, the group only says what kind they are.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Adverbs that single out members of a group just named.</summary>
    private static readonly HashSet<string> FocusingAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "particularly", "especially", "notably", "specifically", "namely", "mainly", "chiefly", "primarily", "principally",
    };

    /// <summary>Verbs by which a speaker singles out members ("specifically mentioning Armenia", "naming Iran and Syria").</summary>
    private static readonly HashSet<string> ListNamingVerbs = new(StringComparer.OrdinalIgnoreCase) { "mention", "name", "cite", "single" };

    /// <summary>
    /// The first member of a focused list inside the phrase of the plural group noun <paramref name="node"/> (whose kind the
    /// caller has checked): an actor node after the noun, in its subtree, that carries a focusing adverb ("particularly
    /// Niger") or is the object of a naming participle ("specifically mentioning Armenia"). -1 when there is none. The
    /// parser hangs such a list anywhere in the group's phrase (as a conjunct of the place the group borders, under the
    /// participle), so the subtree is searched, not only the noun's children.
    /// </summary>
    private int FocusedMember(int node)
    {
        int end = SubtreeEnd(node);
        for (int t = node + 1; t < end && t < _e; t++)
            if (_actorOf[t] >= 0 && IsFocusedMember(t) && Dominates(node, t)) return t;
        // "urged Western governments, especially Britain and France, to ...": the parser may hang a list set off by a comma
        // and its adverb right after the group's phrase on the verb; the words themselves still single out the group's members.
        if (end + 2 < _e && _doc.Token(end).Span.ToString() == "," && FocusingAdverbs.Contains(_doc.Token(end + 1).Span.ToString())
            && _actorOf[end + 2] >= 0)
            return ActorHeadAt(end + 2);
        return -1;
    }

    /// <summary>The node of the actor mention that covers <paramref name="t"/>: the token of its mention whose head lies
    /// outside it (the mention's syntactic head), else <paramref name="t"/>.</summary>
    private int ActorHeadAt(int t)
    {
        int a = _actorOf[t];
        for (int k = t; k < _e && _actorOf[k] == a; k++)
            if (Head(k) is var h && (h < 0 || _actorOf[h] != a)) return k;
        return t;
    }

    /// <summary>True when <paramref name="t"/> opens a focused list: it carries a focusing adverb before it, or it is the
    /// object of a naming verb ("mentioning", "naming").</summary>
    private bool IsFocusedMember(int t)
    {
        foreach (var c in Children(t))
            if (RelIs(c, "advmod") && c < t && FocusingAdverbs.Contains(_doc.Token(c).Span.ToString())) return true;
        return RelIs(t, "obj") && Head(t) is var v && v >= 0 && v < t && ListNamingVerbs.Contains(_doc.Token(v).Lemma ?? "");
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="t"/> or one of its heads.</summary>
    private bool Dominates(int ancestor, int t)
    {
        for (int k = 0; t >= 0 && k < 64; k++, t = Head(t))
            if (t == ancestor) return true;
        return false;
    }

    /// <summary>
    /// Adds the rest of a focused list whose first member is <paramref name="first"/> when the parser did not make them its
    /// conjuncts: "bordering Nigeria, particularly Niger, Chad and Cameroon" hangs Chad and Cameroon beside Niger under
    /// Nigeria (the later conjuncts of the same head), "mentioning Armenia, ..., and Syria" may hang the last one on the
    /// participle. Nothing for a member that opens no focused list, so "including" lists are unchanged.
    /// </summary>
    private void AddFocusedListTail(int first, List<int> actors)
    {
        if (!Parsed || first < _f || first >= _e || !IsFocusedMember(first) || Head(first) is not (var h and >= 0)) return;
        bool underNamingVerb = RelIs(first, "obj") && ListNamingVerbs.Contains(_doc.Token(h).Lemma ?? "");
        if (!RelIs(first, "conj") && !underNamingVerb) return;
        foreach (var c in Children(h))
            if (c > first && RelIs(c, "conj") && _actorOf[c] >= 0 && ActorOfNode(c) is var m && m >= 0 && !actors.Contains(m)) actors.Add(m);
    }
}
