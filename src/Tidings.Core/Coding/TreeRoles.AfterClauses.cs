using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// "dropped the plan after students protested outside parliament", "said after a Chinese jet released flares near an
    /// Australian plane", "a day after the Dutch government cut aid to Managua": an "after" clause with a subject of its own
    /// tells the cause of the news, background by gold/README.md ("the cause told in an 'after' clause is background"; blind71:
    /// "an after clause that tells the cause of the news is background"). <see cref="InAfterClause"/> reads the clause from the
    /// tree, but the parser often takes "after" for a preposition and hangs the clause's subject on it as a noun, with the
    /// clause's verb as that noun's <c>acl</c>, as an <c>amod</c> of the object ("cut aid") or as a <c>ccomp</c> of the
    /// reporting verb. This reads the clause from the words: "after", then a noun phrase (the subject), then a finite verb
    /// (or a participle after an auxiliary, or one followed by its object), with <paramref name="node"/> at or after that
    /// verb and no comma, semicolon, colon, dash or the sentence's root between "after" and the node.
    /// Invariants: a subjectless clause ("after driving out Kurdish fighters", "after talks with the president") and a
    /// same-day clause ("hours after police shot dead 19 protesters", <see cref="SameDayBefore"/>) are never matched, as in
    /// <see cref="InAfterClause"/>; the sentence's root is never inside the clause, so a main clause that follows an
    /// unpunctuated opening "After talks the leaders signed a deal" stays news when the parse finds its root.
    /// </summary>
    private bool AfterClauseByWords(int node)
    {
        if (!Parsed || node <= _f || node >= _e || Head(node) < 0) return false;
        for (int i = node - 1; i >= _f; i--)
        {
            var t = _doc.Token(i).Span;
            if (t is "," or ";" or ":" or "—" or "–" or "--" or "(" || Head(i) < 0) return false;
            if (!t.Equals("after", StringComparison.OrdinalIgnoreCase)) continue;
            return !SameDayBefore(i) && SubjectThenFiniteVerb(i + 1, node);
        }
        return false;
    }

    /// <summary>
    /// "said, after Azerbaijani police detained eight Russian nationals" parsed with the clause as the reporting verb's
    /// <c>ccomp</c>, "suspended Guinea-Bissau on Friday after soldiers seized power and detained the president" parsed with
    /// the clause's verb as the sentence's root: a verb that has the subordinator "after" as its own <c>mark</c> and a subject
    /// of its own heads an "after" clause whatever relation the parse gave it; its conjuncts share it. Only the verb and its
    /// conjuncts are read, never what hangs below a root so marked (there the parse has lost the main clause, and climbing
    /// from it would make the news background). Same-day clauses stay news, as in <see cref="InAfterClause"/>.
    /// </summary>
    private bool AfterMarkedVerb(int node)
    {
        if (!Parsed || node < _f || node >= _e || !IsVerbal(node)) return false;
        int v = node;
        for (int step = 0; step < 4 && RelIs(v, "conj") && Head(v) is var h && h >= 0 && IsVerbal(h); step++) v = h;
        if (!(Head(v) < 0 || RelIs(v, "ccomp") || RelIs(v, "parataxis") || RelIs(v, "conj")) || !HasOwnSubject(v)) return false;
        foreach (var c in Children(v))
            if (c < v && RelIs(c, "mark") && _doc.Token(c).Span.Equals("after", StringComparison.OrdinalIgnoreCase)) return !SameDayBefore(c);
        return false;
    }

    /// <summary>True when the words from <paramref name="from"/> are a noun phrase with a nominal head, then optional
    /// auxiliaries, adverbs and "not", then a verb at or before <paramref name="last"/> that is finite (VBD, VBZ, VBP), a
    /// participle after an auxiliary ("had seized", "were fired"), or a participle the tagger gave a past verb's object
    /// right after ("cut aid", "released flares"): a clause with its own subject.</summary>
    private bool SubjectThenFiniteVerb(int from, int last)
    {
        int k = from;
        bool nominal = false;
        for (; k <= last; k++)
        {
            var up = _doc.TokUpos(k);
            var w = _doc.Token(k).Span;
            if (up is Upos.NOUN or Upos.PROPN || (up is Upos.PRON && _doc.TokXpos(k) is "PRP")) { nominal = true; continue; }
            if (up is Upos.DET or Upos.ADJ or Upos.NUM || (up is Upos.PRON && _doc.TokXpos(k) is "PRP$") || (up is Upos.PART && w is "'s" or "’s") || (up is Upos.PUNCT && w is "'" or "’" or "-")
                || (up is Upos.CCONJ && nominal && k + 1 <= last && _doc.TokUpos(k + 1) is not (Upos.VERB or Upos.AUX or Upos.ADV))
                // "more than a dozen Russian drones", "at least 20 gunmen": a quantity before the subject's noun
                || (!nominal && (up is Upos.ADV || (up is Upos.ADP && w is "than" or "at"))) || (up is Upos.ADP && w.Equals("of", StringComparison.OrdinalIgnoreCase) && nominal)) continue;
            break;
        }
        if (!nominal || k > last) return false;
        bool aux = false;
        for (; k <= last && (_doc.TokUpos(k) is Upos.AUX or Upos.ADV || _doc.Token(k).Span.Equals("not", StringComparison.OrdinalIgnoreCase)); k++)
            if (_doc.TokUpos(k) is Upos.AUX) aux = true;
        if (k > last || _doc.TokUpos(k) is not Upos.VERB) return false;
        string? x = _doc.TokXpos(k);
        // A base form after the subject is finite too: after a modal or "did" ("after Russia did not renew"), or a past the
        // tagger misread ("after the US president cut off all aid").
        if (x is "VBD" or "VBZ" or "VBP" or "VB") return true;
        if (x is not "VBN") return false;
        // A participle the parser hung on the subject's noun as its acl ("after students protested for a week" read as
        // "students [who] protested") is the clause's verb all the same: "after" opens no noun phrase with a relative.
        return aux || (k + 1 < _e && _doc.TokUpos(k + 1) is Upos.DET or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.ADJ)
            || (RelStarts(k, "acl") && Head(k) is var noun && noun >= from && noun < k);
    }
}
