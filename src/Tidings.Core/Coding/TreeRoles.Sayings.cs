using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for what a statement asserts (session 19, sayings9): a speaker who says that it, or its own side, did not do a
/// blameworthy act ("said Beijing had never instructed its citizens to ...", "said its drones had not been aiming at targets
/// in Poland", "said it had nothing to do with the attack") denies it (CAMEO 016), as "denied that ..." does. A bare negated
/// report of anything else ("said it had not received a request") is no denial.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs through which a speaker denies by stating the negation ("said", "insisted", "maintained").</summary>
    private static readonly HashSet<string> DenyingSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "state", "tell", "add", "insist", "stress", "maintain", "assert", "reiterate", "declare", "emphasise", "emphasize",
        "claim", "write",
    };

    /// <summary>Acts one is accused of besides those the lexicon codes as conflictual: instructing, ordering, funding, arming,
    /// backing, interfering, being involved ("said it had never instructed ...", "said it was not involved in the attack").</summary>
    private static readonly HashSet<string> BlameworthyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "instruct", "order", "direct", "authorise", "authorize", "sanction", "aim", "target", "fund", "finance", "arm", "back",
        "support", "interfere", "meddle", "involve", "participate", "plan", "orchestrate", "organise", "organize", "sponsor",
        "harbour", "harbor", "shelter", "spy", "hack", "poison", "kill", "attack", "fire", "shoot", "strike", "bomb", "shell",
        "use", "deploy", "violate", "breach", "send", "supply", "pay", "bribe", "torture", "abuse", "mistreat",
        "cross", "enter", "intrude", "launch", "carry", "commit", "cause", "collude", "coordinate", "help", "assist", "aid",
    };

    /// <summary>Nouns of a part played in an act, denied with "no" ("played no role in", "had no involvement in").</summary>
    private static readonly HashSet<string> PartNouns = new(StringComparer.OrdinalIgnoreCase)
    { "role", "part", "involvement", "hand", "link", "links", "connection", "connections", "knowledge", "responsibility" };

    /// <summary>
    /// A denial stated as a negated report at <paramref name="p"/> (the complement's verb): the speech verb, the complement's
    /// subject node (-1 for none) and whether that subject is a pronoun or the speaker's own thing ("its drones", "our forces"),
    /// which the caller checks against the speaker. Only a past or perfect act ("had never instructed", "did not fire", "was not
    /// involved"), negated by "not", "never" or "n't" and blameworthy (<paramref name="blameworthy"/> tells the caller whether
    /// the verb itself is one; the caller may accept a lexicon trigger of a conflictual act instead), or the idioms "had nothing
    /// to do with" and "played no role in". No modal: "would not" is a refusal or an intent, not a denial.
    /// </summary>
    public bool SaidDenial(int p, out int speechVerb, out int subject, out bool ownWords, out bool blameworthy)
    {
        speechVerb = subject = -1; ownWords = blameworthy = false;
        if (!Parsed || p < _f || p >= _e) return false;
        // "its soldiers did not fire on": the tagger may take the verb after an auxiliary for a noun.
        if (_doc.Token(p).Upos is not (Upos.VERB or Upos.ADJ))
        {
            bool auxed = false;
            foreach (var c in Children(p)) if (RelIs(c, "aux") && _doc.Token(c).Upos == Upos.AUX) auxed = true;
            if (!auxed || _doc.Token(p).Upos != Upos.NOUN) return false;
        }
        int clause = p;
        if (RelIs(clause, "conj") && Head(clause) is var first && first >= 0 && RelIs(first, "ccomp")) clause = first;
        if (!RelIs(clause, "ccomp") || Head(clause) is not (var sv and >= 0) || !DenyingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "")
            || IsNegated(sv)) return false;
        // "Police did not use force, the ministry said": a report set before its attribution tells what did not happen; a
        // denial is said first and then what is denied.
        if (p < sv) return false;
        var lemma = _doc.Token(p).Lemma ?? "";
        bool past = _doc.Token(p).Xpos == "VBD", idiom = false;
        foreach (var c in Children(p))
        {
            var cl = _doc.Token(c).Lemma ?? "";
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if ((RelIs(c, "aux") || RelIs(c, "aux:pass") || RelIs(c, "cop")) && _doc.Token(c).Xpos is "VBD" or "VBN") past = true;
            if (RelStarts(c, "nsubj")) subject = c;
            // "had nothing to do with the attack", "played no role in", "had no involvement in"
            if (RelIs(c, "obj") && lemma is "have" or "play")
            {
                if (cl.Equals("nothing", StringComparison.OrdinalIgnoreCase) && lemma == "have") idiom = true;
                if (PartNouns.Contains(cl))
                    foreach (var g in Children(c))
                        if (RelIs(g, "det") && (_doc.Token(g).Lemma ?? "").Equals("no", StringComparison.OrdinalIgnoreCase)) idiom = true;
            }
        }
        if (!past) return false;
        if (!idiom && !IsNegated(p)) return false;
        if (IsNegated(p) && idiom) return false;
        blameworthy = idiom || BlameworthyVerbs.Contains(lemma);
        speechVerb = sv;
        if (subject >= 0)
        {
            var st = _doc.Token(subject);
            if (st.Upos == Upos.PRON && st.Lemma is "it" or "they" or "we" or "he" or "she" or "I" or "i") ownWords = true;
            else
                foreach (var g in Children(subject))
                    if (RelIs(g, "nmod:poss") && _doc.Token(g).Upos == Upos.PRON && _doc.Token(g).Lemma is "its" or "their" or "our" or "his" or "her" or "it" or "they" or "we" or "he" or "she")
                        ownWords = true;
        }
        return true;
    }

    /// <summary>True when <paramref name="node"/> lies in a conjunct of <paramref name="head"/> (its "and ..." clause).</summary>
    public bool InConjunctOf(int node, int head)
    {
        if (!Parsed || head < _f || head >= _e) return false;
        foreach (var c in Children(head))
            if (RelIs(c, "conj") && (c == node || InSubtree(node, c))) return true;
        return false;
    }
}
