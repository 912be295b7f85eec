using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when <paramref name="node"/> tells how the people or things a noun names came to be as they are, in a reduced
    /// passive relative on that noun: the participle itself ("condolences to the families of three soldiers killed in
    /// the ambush", "the return of refugees expelled last year") or an event noun in its oblique ("families displaced by
    /// fighting between the army and the rebels", "the widows of miners killed in a clash with police"). The clause picks
    /// the noun out by what befell it; the news is the clause that governs the noun (gold/README.md, realnews: a relative
    /// clause that tells what happened before, the cause of a reaction, is background).
    /// Invariants: only a past participle (VBN) hung as <c>acl</c> after its noun, with no comma between them (a comma
    /// makes an appositive clause of its own) and no object; the noun must sit in a clause of another verb (a noun at the
    /// root is a headline's passive with its "was" dropped, "Three soldiers killed in clash with rebels", which is news),
    /// and a verbless headline is left to the headline readers. A participle whose "by" phrase names an actor ("a truce
    /// brokered by Qatar", "activists detained by police") is left as it is: the sentence names that act's doer, and the
    /// coder's reduced-relative readers decide it. A noun after "after", "before", "since", "until" or "as" is read as
    /// the subject of a clause the parser misread, not as a noun with a participle.
    /// </summary>
    public bool InDescribingParticiple(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int verb = node;
        bool eventNoun = false;
        // The event noun may be a gerund the parser hung as a clause ("displaced by fighting" with "by" its mark).
        bool gerund = RelIs(node, "advcl") && _doc.Token(node).Xpos == "VBG" && MarkOf(node) is "by" or "in" or "during" or "amid";
        if ((gerund || (_doc.Token(node).Upos is Upos.NOUN or Upos.PROPN && RelStarts(node, "obl"))) && Head(node) is var governor && governor >= 0)
        {
            verb = governor;
            eventNoun = true;
        }
        if (!RelIs(verb, "acl") || _doc.Token(verb).Xpos != "VBN") return false;
        int noun = Head(verb);
        if (noun < 0 || verb < noun || HasCommaBetween(noun, verb) || HasObject(verb)) return false;
        if (_doc.Token(noun).Upos is not (Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM)) return false;
        if (IsVerblessHeadline()) return false;
        // "detained dozens after tens of thousands rallied to demand elections": a noun after a word that also opens
        // clauses ("after", "before", "since", "until", "as") with a participle behind it is a clause the parser misread,
        // its verb finite, not a participle describing the noun.
        // The noun may be counted by the one after the word ("after thousands of protesters marched on parliament").
        int opened = noun;
        for (int step = 0; step < 3 && RelStarts(opened, "nmod") && CaseOf(opened) == "of" && Head(opened) is var counter && counter >= 0; step++)
            opened = counter;
        if (CaseOf(noun) is "after" or "before" or "since" or "until" or "as" or "while" or "when" or "because"
            || CaseOf(opened) is "after" or "before" or "since" or "until" or "as" or "while" or "when" or "because") return false;
        if (!eventNoun)
            foreach (var c in Children(verb))
                if ((RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && ActorOfNode(c) >= 0) return false;
        // The noun must be an argument somewhere below a verb other than the participle: climb its chain of heads.
        for (int n = noun, step = 0; step < 8; step++)
        {
            int up = Head(n);
            if (up < 0) return false;
            if (up != verb && IsVerbal(up)) return true;
            n = up;
        }
        return false;
    }
}
