using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 69 (background69). "sent police to Lamu, where gunmen have attacked several villages", "fired tear gas in
    /// Belgrade, where students have led months of protests", "the border town, where troops have fought rebels": a clause
    /// opened by relative "where" after a comma, told in the present perfect, describes the place with what has gone on
    /// there, a standing state told as context, as a ", which has ..." clause describes its noun (InBackgroundRelativeClause);
    /// the tunable gold leaves every such clause uncoded or background. True when <paramref name="node"/> (or the verb whose
    /// argument it is, through nouns) lies in such a clause.
    /// Invariants: only "where" set off by a comma and a clause with "has"/"have" as its own auxiliary (no modal); a simple
    /// past (", where they signed a declaration", ", where police fired water cannon") goes on with the story and stays
    /// news; only conjuncts and "to" complements share the clause's tense.
    /// </summary>
    public bool InPerfectWhereClause(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int start = ClauseOfEventNoun(node, throughSubjects: true);
        for (int v = start, step = 0; v >= 0 && step < 12; step++)
        {
            if (OpensWithRelativeWhere(v)) return WhereAfterComma(v) && PresentPerfectAux(v);
            if (!(RelIs(v, "conj") || RelIs(v, "xcomp"))) return false;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>True when the "where" that opens <paramref name="verb"/>'s clause stands right after a comma.</summary>
    private bool WhereAfterComma(int verb)
    {
        foreach (var c in Children(verb))
            if (c < verb && RelIs(c, "advmod") && _doc.Token(c).Span.Equals("where", StringComparison.OrdinalIgnoreCase))
                return c - 1 > _f && _doc.Token(c - 1).Span.Equals(",", StringComparison.Ordinal);
        return false;
    }

    /// <summary>True when <paramref name="verb"/> has "has" or "have" as an auxiliary and no modal.</summary>
    private bool PresentPerfectAux(int verb)
    {
        bool perfect = false;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "aux")) continue;
            if (_doc.Token(c).Xpos == "MD") return false;
            var a = _doc.Token(c).Span;
            if (a.Equals("has", StringComparison.OrdinalIgnoreCase) || a.Equals("have", StringComparison.OrdinalIgnoreCase)) perfect = true;
        }
        return perfect;
    }
}
