using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 58 (realnews58). "Police dispersed the crowd, firing tear gas at the protesters, who threw stones at
    /// officers", "troops fired into the air, forcing back the crowd, which set fire to a police post": an -ing form that
    /// tells how (or with what result) a verb in the simple past or present perfect acted has that verb's time, so a
    /// non-restrictive relative clause on its object or oblique, in the simple past, goes on with the same story as one on
    /// the past verb's own object does (<see cref="NonRestrictiveHistory"/>). True when <paramref name="verb"/> is a VBG
    /// that is an adverbial clause (advcl, or the "by"/"with" phrase the parser makes of it) or a conjunct of a verb in the
    /// simple past or present perfect. Invariants: one step up only; a gerund under a present or future verb, a noun or
    /// a reported clause is not read; the relative clause's own tense test is the caller's. (After "responded by",
    /// where the parser makes the verb a modifier of its subject, the clause is still background.)
    /// </summary>
    private bool GerundOfPastVerb(int verb)
    {
        if (verb < _f || verb >= _e || _doc.Token(verb).Xpos != "VBG") return false;
        if (!(RelIs(verb, "advcl") || RelIs(verb, "conj") || RelIs(verb, "xcomp") || RelStarts(verb, "obl"))) return false;
        int h = Head(verb);
        return h >= 0 && IsVerbal(h) && (_doc.Token(h).Xpos == "VBD" || PresentPerfect(h));
    }

    /// <summary>
    /// "passed a law banning three parties, which it accused of collaborating with spies": the subject of an -ing form
    /// with none of its own (an adverbial clause or complement, VBG, bare or after "by", "after", "while") is its
    /// governing verb's, as gold/README.md has participle clauses inherit their subject; a relative clause's "it" on the
    /// gerund's object stands for that subject, as it does on a finite verb's object. Returns the verb that holds the subject: <paramref name="verb"/> itself
    /// when it is no such gerund or has a subject, else the governing verb's (through its coordination). One step up only.
    /// </summary>
    private int GerundSubjectHolder(int verb)
    {
        if (verb < _f || verb >= _e || _doc.Token(verb).Xpos != "VBG" || !(RelIs(verb, "advcl") || RelIs(verb, "xcomp"))) return verb;
        if (HasSubject(verb)) return verb;
        int h = Head(verb);
        return h >= 0 && IsVerbal(h) ? SharedSubjectHolder(h) : verb;
    }
}
