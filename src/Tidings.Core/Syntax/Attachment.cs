using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Syntax;

/// <summary>
/// Questions about where a phrase hangs in the dependency tree, for stages that attach modifiers (a time or
/// place expression) to an event trigger. Every answer degrades to "yes, it may attach" when the document has
/// no parse, so the callers' surface heuristics (same clause, nearest) still decide.
/// </summary>
public static class Attachment
{
    /// <summary>Longest head chain followed; a well-formed tree is never deeper than its sentence, this only guards.</summary>
    private const int MaxClimb = 64;

    /// <summary>
    /// The predicate that governs <paramref name="span"/>: from the span's syntactic head (its token whose head is
    /// outside it), up the head chain to the first verb (VERB, or AUX heading its clause), or the sentence root.
    /// -1 when the document is not parsed.
    /// </summary>
    public static int GoverningPredicate(Document doc, TokenRange span)
    {
        if ((doc.Annotations & Annotation.Dependencies) == 0 || span.Length <= 0) return -1;
        int t = SpanHead(doc, span);
        for (int i = 0; i < MaxClimb; i++)
        {
            var tok = doc.Token(t);
            if (tok.Upos == Upos.VERB || (tok.Upos == Upos.AUX && tok.Relation is "root" or "ccomp" or "advcl" or "conj" or "acl:relcl" or "xcomp")) return t;
            int h = tok.Head;
            // "lifted a ban that had been in force since 2022": a noun or adjective with a copula of its own heads its
            // clause (UD hangs "been" and the subject on "force"), so "since 2022" dates that clause, not "lifted".
            if (tok.Relation is "acl:relcl" or "advcl" or "ccomp" && h >= 0 && h != t && HasCopula(doc, t)) return t;
            if (h < 0 || h == t) return t;
            t = h;
        }
        return t;
    }

    /// <summary>
    /// "had suspended the hotlines in 2023 and has rejected offers of talks", "expelled two diplomats last year and has
    /// summoned the ambassador": true when verb <paramref name="v"/> is a <c>conj</c> joined by "and"/"but"/"or" with a
    /// tense of its own (an auxiliary "has"/"have", or tagged VBZ/VBP) after a head verb in the past (an auxiliary "had", or
    /// tagged VBD). The coder reads such a conjunct as news (ShallowCoder.PresentConjuncts) and the assembler keeps the
    /// first verb's time off it (EventAssembler.DateOf); each adds its own conditions. False without a parse.
    /// </summary>
    public static bool PresentConjunctOfPast(Document doc, int v)
    {
        if (v < 0 || doc.TokUpos(v) != Upos.VERB || doc.TokDep(v) != "conj") return false;
        int h = doc.TokHead(v);
        if (h < 0 || h == v || doc.TokUpos(h) is not (Upos.VERB or Upos.AUX)) return false;
        bool joined = false, present = doc.TokXpos(v) is "VBZ" or "VBP", past = doc.TokXpos(h) == "VBD";
        var (first, end, _) = doc.Sent(doc.SentenceOf(v));
        for (int i = first; i < end; i++)
        {
            int hi = doc.TokHead(i);
            if (hi != v && hi != h) continue;
            var tok = doc.Token(i);
            string dep = tok.Relation ?? "";
            var form = tok.Span;
            if (hi == v && dep == "cc" && (Is(form, "and") || Is(form, "but") || Is(form, "or"))) joined = true;
            if (hi == v && dep == "aux" && (Is(form, "has") || Is(form, "have"))) present = true;
            if (hi == h && dep == "aux" && Is(form, "had")) past = true;
        }
        return joined && present && past;

        static bool Is(ReadOnlySpan<char> form, string word) => form.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a token of <paramref name="t"/>'s sentence hangs on it as its copula (<c>cop</c>).</summary>
    private static bool HasCopula(Document doc, int t)
    {
        var (first, end, _) = doc.Sent(doc.SentenceOf(t));
        for (int i = first; i < end; i++)
            if (i != t && doc.TokHead(i) == t && doc.TokDep(i) == "cop") return true;
        return false;
    }

    /// <summary>True when both spans are governed by the same predicate, or when there is no parse to tell.
    /// "Held talks in Moscow on Tuesday": "Tuesday" and the trigger "talks" both hang from "held".</summary>
    public static bool SamePredicate(Document doc, TokenRange a, TokenRange b)
    {
        int pa = GoverningPredicate(doc, a);
        if (pa < 0) return true;
        return pa == GoverningPredicate(doc, b);
    }

    /// <summary>
    /// True when the predicate governing <paramref name="modifier"/> is the one governing <paramref name="trigger"/> or
    /// one above it (the reporting verb of a reported event), or when there is no parse to tell; false when the
    /// modifier hangs in a clause of its own, below the trigger or beside it. "Urged both to return to talks next
    /// week": "next week" dates the return, not the appeal; "said on Thursday it had retaken the town": "Thursday"
    /// may date the retaking.
    /// </summary>
    public static bool GovernedFromAbove(Document doc, TokenRange modifier, TokenRange trigger)
    {
        int pm = GoverningPredicate(doc, modifier);
        if (pm < 0) return true;
        int t = GoverningPredicate(doc, trigger);
        for (int i = 0; i < MaxClimb && t >= 0; i++)
        {
            if (t == pm) return true;
            int h = doc.Token(t).Head;
            if (h == t) break;
            t = h;
        }
        return false;
    }

    /// <summary>The token of <paramref name="span"/> whose head lies outside it (the first such, for a fragment).</summary>
    public static int SpanHead(Document doc, TokenRange span)
    {
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            int h = doc.Token(t).Head;
            if (h < span.FirstToken || h >= span.EndToken) return t;
        }
        return span.FirstToken;
    }
}
