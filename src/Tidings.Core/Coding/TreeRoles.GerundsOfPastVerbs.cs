using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 58 (realnews58). "Riot police responded by spraying water cannon at the protesters, who threw stones at
    /// officers", "troops fired into the air, forcing back the crowd, which set fire to a police post": an -ing form that
    /// tells how (or with what result) a verb in the simple past or present perfect acted has that verb's time, so a
    /// non-restrictive relative clause on its object or oblique, in the simple past, goes on with the same story as one on
    /// the past verb's own object does (<see cref="NonRestrictiveHistory"/>). True when <paramref name="verb"/> is a VBG
    /// that is an adverbial clause (advcl, or the "by"/"with" phrase the parser makes of it) or a conjunct of a verb in the
    /// simple past or present perfect. Invariants: one step up only; a gerund under a present or future verb, a noun or
    /// a reported clause is not read; the relative clause's own tense test is the caller's.
    /// </summary>
    private bool GerundOfPastVerb(int verb)
    {
        if (verb < _f || verb >= _e || _doc.Token(verb).Xpos != "VBG") return false;
        if (!(RelIs(verb, "advcl") || RelIs(verb, "conj") || RelIs(verb, "xcomp") || RelStarts(verb, "obl"))) return false;
        int h = Head(verb);
        return h >= 0 && IsVerbal(h) && (_doc.Token(h).Xpos == "VBD" || PresentPerfect(h));
    }
}
