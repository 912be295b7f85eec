namespace Tidings.Coding;

/// <summary>
/// "A court ordered the mayor detained", "judges ordered the activist held in custody": a verb of ordering with an object and
/// a past participle is a small clause (the object is to be detained), which the parser often reads as a reduced relative on
/// the object ("the mayor [who was] detained"). The ordered act is then lost to the order frame; this reads it back.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when <paramref name="inner"/> is a past participle (VBN, no object of its own, no "by" agent) hung as an "acl"
    /// on the direct object of <paramref name="frame"/>, a verb of ordering, with no comma between: "ordered the mayor
    /// detained". Invariant: only "order" and "direct" (an order given), never verbs of wanting or seeing, whose object's
    /// participle may describe it ("saw the detained mayor").
    /// </summary>
    private bool OrderedParticiple(int frame, int inner)
    {
        if ((_doc.Token(frame).Lemma ?? "").ToLowerInvariant() is not ("order" or "direct")) return false;
        if (!RelIs(inner, "acl") || _doc.Token(inner).Xpos != "VBN" || Head(inner) is not (var obj and >= 0)) return false;
        if (!RelIs(obj, "obj") || Head(obj) != frame || inner < obj || HasCommaBetween(obj, inner) || HasObject(inner)) return false;
        foreach (var c in Children(inner))
            if (RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) return false;
        return true;
    }
}
