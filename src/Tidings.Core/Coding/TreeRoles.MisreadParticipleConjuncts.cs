using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 69 (agent69): "Bulldozers escorted by Israeli troops demolished 11 homes": with no article to open the
/// sentence, the parser may make the bare plural the root, the reduced passive its modifier and the finite verb a
/// conjunct of that participle. Such a "conjunct" has no coordinator, so it is no coordination at all: the verb is the
/// clause's own, and the noun the participle modifies is its subject.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The noun a misread finite verb belongs to as its subject, or -1: <paramref name="verb"/> is a past-tense "conj" with no
    /// subject, no "cc" and no comma of its own, its head is a past participle ("acl", after its noun) with a "by" agent,
    /// and that participle's noun is the root of the sentence. Invariant: a real coordination ("escorted the convoy and
    /// demolished") has a coordinator or a comma child and is never read here.
    /// </summary>
    private int MisreadParticipleConjunctSubject(int verb)
    {
        if (!RelIs(verb, "conj") || _doc.Token(verb).Xpos != "VBD" || HasSubject(verb)) return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "cc") || (RelIs(c, "punct") && c < verb)) return -1;
        int participle = Head(verb);
        if (participle < 0 || participle > verb || !RelIs(participle, "acl") || _doc.Token(participle).Xpos != "VBN" || !HasByAgent(participle))
            return -1;
        int noun = Head(participle);
        return noun >= 0 && noun < participle && RelIs(noun, "root") && _doc.Token(noun).Upos is Upos.NOUN or Upos.PROPN ? noun : -1;
    }
}
