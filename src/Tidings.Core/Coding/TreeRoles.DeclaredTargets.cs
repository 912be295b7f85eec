using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 69 (threat69): things a speaker declares fair game for its fire. "warned that any ship bound for Israeli ports
/// would be treated as a legitimate target", "warned that nuclear weapons placed in Poland would become legitimate targets",
/// "said Iran would consider American bases in the region legitimate targets": declaring something a legitimate target is
/// a threat to attack it (CAMEO 1384, threatened; eb79029, eb86076), whatever verb frames the declaration.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Adjectives that make a "target" one the speaker claims the right to strike.</summary>
    private static readonly HashSet<string> FairGameAdjectives = new(StringComparer.OrdinalIgnoreCase)
    { "legitimate", "fair", "lawful", "legal", "justified", "valid" };

    /// <summary>Verbs that put a thing in the class of targets: "treat/regard/view/see X as", "consider/deem/declare X (to be)",
    /// "X would become/be/remain".</summary>
    private static readonly HashSet<string> DeclaringVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "treat", "regard", "view", "see", "consider", "deem", "declare", "designate", "brand", "become", "remain", "be" };

    /// <summary>Verbs that tell the declaration as someone's words.</summary>
    private static readonly HashSet<string> DeclaringSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "warn", "say", "declare", "announce", "state", "add", "insist", "threaten", "vow", "tell", "caution", "stress", "reiterate" };

    /// <summary>
    /// When the noun at <paramref name="target"/> is a "legitimate target" (or "fair", "lawful" ... target) that a clause
    /// declares something to be, not negated: the verb whose subject makes the declaration in
    /// <paramref name="speaker"/> (a speech verb the declaring clause hangs on, or the declaring verb itself when it is
    /// active and has a subject: "Russia declared the depots legitimate targets"), and the node of what is declared a target
    /// in <paramref name="declared"/> (-1 when none is found). Invariant: "are not legitimate targets", "must never become
    /// legitimate targets" give false; a declaration with no speaker gives false.
    /// </summary>
    public bool DeclaredFairTarget(int target, out int speaker, out int declared)
    {
        speaker = declared = -1;
        if (!Parsed || target < _f || target >= _e || _doc.Token(target).Upos != Upos.NOUN
            || !(_doc.Token(target).Lemma ?? "").Equals("target", StringComparison.OrdinalIgnoreCase)) return false;
        bool fair = false;
        foreach (var c in Children(target))
            if (RelIs(c, "amod") && FairGameAdjectives.Contains(_doc.Token(c).Lemma ?? "")) fair = true;
        if (!fair || IsNegated(target)) return false;
        // The clause that says the thing is a target: the noun as a copular predicate ("would be legitimate targets"), or an
        // "as" phrase or predicate complement of a declaring verb.
        int clause = -1;
        bool copula = false;
        foreach (var c in Children(target)) if (RelIs(c, "cop")) copula = true;
        if (copula) clause = target;
        else if (Head(target) is var v && v >= 0 && IsVerbal(v) && DeclaringVerbs.Contains(_doc.Token(v).Lemma ?? "")
            && ((RelStarts(target, "obl") && CaseOf(target) == "as") || RelIs(target, "xcomp") || RelIs(target, "obj")))
            clause = v;
        if (clause < 0 || IsNegated(clause)) return false;
        bool passive = false;
        int subject = -1, obj = -1;
        foreach (var c in Children(clause))
        {
            if (RelIs(c, "aux:pass")) passive = true;
            if (RelStarts(c, "nsubj") && subject < 0) subject = c;
            if (RelIs(c, "obj") && c != target && obj < 0) obj = c;
        }
        bool copular = clause == target || _doc.Token(clause).Lemma is "become" or "remain" or "be";
        declared = copular || passive ? subject : obj;
        // The speaker: a speech verb above the clause ("warned that ... would be treated as"), or one the parser hung on the
        // clause after it ("..., its defence minister warned").
        if (Head(clause) is var h && h >= 0 && RelIs(clause, "ccomp") && DeclaringSpeechVerbs.Contains(_doc.Token(h).Lemma ?? "")) speaker = h;
        if (speaker < 0)
            foreach (var c in Children(clause))
                if (c > clause && RelIs(c, "parataxis") && IsVerbal(c) && DeclaringSpeechVerbs.Contains(_doc.Token(c).Lemma ?? "")) { speaker = c; break; }
        // "Russia declared the depots legitimate targets": the active declaring verb speaks for its subject.
        if (speaker < 0 && !copular && !passive && subject >= 0 && ActorOfNode(subject) >= 0) speaker = clause;
        return speaker >= 0;
    }

    /// <summary>
    /// The actor a thing declared a target belongs to: its own actor ("American bases"), else the country of an "in" place
    /// on it or on a participle that describes it ("weapons placed in Poland"); -1 when the sentence names no owner ("any
    /// ship bound for Israeli ports": a destination is no owner).
    /// </summary>
    public int DeclaredTargetOwner(int declared)
    {
        if (!Parsed || declared < _f || declared >= _e) return -1;
        if (ActorOfNode(declared) is var own && own >= 0) return own;
        foreach (var c in Children(declared))
        {
            if (RelStarts(c, "nmod") && CaseOf(c) == "in" && ActorOfNode(c) is var a && a >= 0) return a;
            if (RelIs(c, "acl") && _doc.Token(c).Xpos == "VBN")
                foreach (var g in Children(c))
                    if (RelStarts(g, "obl") && CaseOf(g) == "in" && ActorOfNode(g) is var b && b >= 0) return b;
        }
        return -1;
    }
}
