using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>Verbs of killing or wounding people whose object names the victims of a raid.</summary>
    private static readonly HashSet<string> KillingLemmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "kill", "shoot", "stab", "behead", "massacre", "slaughter", "murder", "wound", "injure", "abduct", "kidnap",
    };

    /// <summary>
    /// Session 68: "attacked a village, killing nine residents and setting homes on fire", "ambushed a convoy, setting forty
    /// of the trucks ablaze and killing several drivers": the actor killed (or wounded, abducted) by a participle that is
    /// coordinated with <paramref name="burning"/> (its conjunct, the participle it is a conjunct of, or another conjunct of
    /// that one), or -1. Only participles with no subject of their own count; the victim is the killing verb's direct object.
    /// </summary>
    public int VictimsOfCoordinatedKilling(int burning)
    {
        if (!Parsed || burning < _f || burning >= _e) return -1;
        // the first conjunct of the coordination the burning belongs to
        int first = RelIs(burning, "conj") && Head(burning) is var h && h >= 0 && _doc.Token(h).Upos == Upos.VERB ? h : burning;
        foreach (int member in CoordinationMembers(first))
        {
            if (member == burning || HasSubject(member) || !KillingLemmas.Contains(LemmaOf(member))) continue;
            if (!_doc.Token(member).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            if (ObjectActor(member) is var victim && victim >= 0) return victim;
        }
        return -1;
    }

    /// <summary>
    /// Session 68: "set fire to tyres outside the electoral council's offices", "blocked the streets, burning tyres": tyres that
    /// a crowd burns are its barricade's fuel, nobody's property destroyed. True when what <paramref name="verb"/> burns (its
    /// object, or the noun after "to" of "set fire to") is tyres or tires and nothing else.
    /// </summary>
    public bool BurnsOnlyTyres(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        // "blocked roads with burning tyres": the participle is the tyres' own modifier
        if ((RelIs(verb, "amod") || RelIs(verb, "acl")) && Head(verb) is var modified && modified >= 0
            && IsTyre(modified)) return true;
        bool tyres = false;
        foreach (var c in Children(verb))
        {
            bool burned = RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) == "to");
            if (!burned) continue;
            if (IsTyre(c)) tyres = true;
            // "set fire to": the idiom's own noun is no thing burned
            else if (_doc.Token(c).Upos is Upos.NOUN or Upos.PROPN && LemmaOf(c) != "fire") return false;
        }
        // "set fire to tyres": the parser may hang "to tyres" on the noun "fire"
        if (!tyres)
            foreach (var c in Children(verb))
                if (RelIs(c, "obj") && LemmaOf(c) == "fire")
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) == "to" && IsTyre(g)) tyres = true;
        return tyres;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a tyre, in either spelling (lemmas of plurals included: the
    /// lemmatizer may leave them as written).</summary>
    private bool IsTyre(int t) => LemmaOf(t) is "tyre" or "tire" or "tyres" or "tires";

    private IEnumerable<int> CoordinationMembers(int first)
    {
        yield return first;
        var kids = Children(first).ToArray();
        foreach (int c in kids) if (RelIs(c, "conj")) yield return c;
    }
}
