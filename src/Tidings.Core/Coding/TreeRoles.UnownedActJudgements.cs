using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 58 (judge58): a copular judgement inside a reported clause whose subject is a definite act noun that names no doer:
/// "Amnesty International said the trial had been grossly unfair", "China's embassy said the raids were discriminatory",
/// "Kigali said the inquiry was one-sided". The speaker criticises the act (111) as "called the trial unfair" does; the
/// naming verb's reading already accepts an act of no named doer, the copular one (<see cref="Judgement"/>) required a doer
/// and so left every such line uncoded. Who did the act is then found as for the naming verb: an act of that kind told
/// before (<c>EarlierActor</c>, <c>AimJudgementsAtEarlierActs</c>), or the actor the speaker asks in the same breath to undo
/// it ("... and urged Athens to reverse it", <c>AimCriticismsAtTheAppealed</c>); else the target stays empty, as the
/// conventions have it for a sentence that names none.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>True when the last <see cref="Judgement"/> that held judged a definite act noun of no named doer through
    /// <see cref="UnownedJudgedAct"/>: the caller drops it when no doer is found for it (<c>DropUnaimedUnownedJudgements</c>).</summary>
    public bool JudgedActUnowned { get; private set; }

    /// <summary>Determiners that make an act noun point at one known act ("the raids", "this decision").</summary>
    private static readonly HashSet<string> DefiniteDeterminers = new(StringComparer.OrdinalIgnoreCase)
    { "the", "this", "these", "that", "those" };

    /// <summary>
    /// The subject node of the copular predicate <paramref name="p"/> when it is a definite act noun with no doer of its own,
    /// else -1. Invariants: the noun names an act or a political process (<see cref="ActNouns"/>, <see cref="JudgedProcesses"/>,
    /// <see cref="AnaphoricActNouns"/>, or an event noun of the caller's lexicon through <paramref name="isEventNoun"/>), never
    /// weather, prices or places; it carries "the"/"this"/"these" and no possessor at all ("its decision", "our plan" may be
    /// the speaker's own act: left alone), no actor word and no "by"/"of" phrase with an actor (those name the doer and are
    /// read by <see cref="Judgement"/> itself); a claim, charge or report judged false is a denial, not a criticism
    /// (<see cref="DismissableClaims"/>), and is left to the denial rows. The caller has checked the predicate, its copula,
    /// that it is neither negated nor modal, and the speech verb.
    /// </summary>
    private int UnownedJudgedAct(int p, Func<int, bool>? isEventNoun)
    {
        int subject = -1;
        foreach (var c in Children(p))
            if (RelIs(c, "nsubj")) { subject = c; break; }
        if (subject < 0 || _doc.Token(subject).Upos != Upos.NOUN || _actorOf[subject] >= 0) return -1;
        var lemma = _doc.Token(subject).Lemma ?? "";
        if (DismissableClaims.Contains(lemma) || DismissableClaims.Contains(_doc.Token(subject).Span.ToString())) return -1;
        bool act = ActNouns.Contains(lemma) || JudgedProcesses.Contains(lemma) || AnaphoricActNouns.Contains(lemma)
            || (isEventNoun is not null && isEventNoun(subject));
        if (!act) return -1;
        bool definite = false;
        foreach (var g in Children(subject))
        {
            if (RelIs(g, "det") && DefiniteDeterminers.Contains(_doc.Token(g).Span.ToString())) definite = true;
            if (RelIs(g, "nmod:poss") || _actorOf[g] >= 0) return -1;
            if (RelStarts(g, "nmod") && CaseOf(g) is "by" or "of" or "from" && _actorOf[g] >= 0) return -1;
        }
        return definite ? subject : -1;
    }

    /// <summary>
    /// "Fiji's parliament passed an amendment, a move the opposition called an attack on the rights of landowners": in a
    /// reduced relative on an act noun the naming verb's object is the gap (the antecedent), so a noun after the verb is the
    /// name it gives, though the parser takes it for the object. At that predicate <paramref name="q"/>: the naming verb,
    /// the doer of the summed-up act and the antecedent (<see cref="RelativeObjectJudgement"/>). Invariants: the verb is a
    /// naming verb heading a relative clause (not negated) with a subject of its own and no relative word; the antecedent
    /// is an act noun (<see cref="ActNouns"/> or <see cref="AnaphoricActNouns"/>, "a move", "a deployment"), never an actor
    /// or a person ("the official the minister called a traitor" names the official, read elsewhere); the predicate is the
    /// verb's only object. The caller has checked that <paramref name="q"/> disapproves.
    /// </summary>
    private bool RelativeGapPredicate(int q, out int namingVerb, out int doer, out int judged)
    {
        namingVerb = doer = judged = -1;
        if (!RelIs(q, "obj") || Head(q) is not (var v and >= 0) || v > q || !RelIs(v, "acl:relcl")
            || !NamingJudgementVerbs.Contains(_doc.Token(v).Lemma ?? "") || IsNegated(v)) return false;
        if (Head(v) is not (var ante and >= 0) || _actorOf[ante] >= 0) return false;
        var noun = _doc.Token(ante).Lemma ?? "";
        if (!(ActNouns.Contains(noun) || AnaphoricActNouns.Contains(noun))) return false;
        foreach (var c in Children(v))
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && c != q) return false;
        if (!RelativeObjectJudgement(v, -1, out int antecedent, out int antecedentDoer)) return false;
        namingVerb = v; judged = antecedent; doer = antecedentDoer;
        return true;
    }
}
