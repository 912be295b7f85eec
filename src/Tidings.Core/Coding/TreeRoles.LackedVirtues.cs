using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 59 (judge59): a judgement told by what an actor or an act lacks. "Its spokesman said the opposition had no
/// respect for parliamentary rules", "Qatar suspended its mediation, saying both sides lacked seriousness", "said Brussels
/// had no right to interfere", "said the count lacked transparency", "said the import ban had no scientific basis": a
/// speaker who states that another actor, or its act, lacks a quality an actor or an act owes (respect, seriousness, a right,
/// a basis, legitimacy, transparency ...) finds fault with it, as "said the opposition was disrespectful" does (111,
/// gold/README.md: criticism told by a predicate). No adjective of disapproval carries these, so
/// <see cref="IsDisapprovingAt"/> does not read them.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The closed class of qualities owed by a political actor or its act, whose absence stated is a reproach. Left out on
    /// purpose: "interest" ("had no interest in interfering" is a speaker's denial about itself, eb73027), "evidence" and
    /// "proof" (a claim without evidence is a denial, read by the denial rows), "choice", "option" and "alternative" (a
    /// constraint, not a fault), and "plan" ("had no plan to" is a statement of intent).
    /// </summary>
    private static readonly HashSet<string> OwedQualities = new(StringComparer.OrdinalIgnoreCase)
    {
        "respect", "regard", "right", "basis", "legitimacy", "credibility", "seriousness", "sincerity", "transparency",
        "accountability", "impartiality", "independence", "neutrality", "mandate", "authority", "will", "courage", "decency",
        "integrity", "honesty", "humanity", "legality", "justification",
    };

    /// <summary>Determiners by which "have" denies what follows ("had no respect", "has little regard").</summary>
    private static readonly HashSet<string> DenyingDeterminers = new(StringComparer.OrdinalIgnoreCase) { "no", "little" };

    /// <summary>
    /// At the verb <paramref name="p"/> ("lack", or "have" with "no"/"little" on its object): the speech verb that states the
    /// clause, the faulted actor (the clause's subject actor) or -1 with the subject as <paramref name="judged"/> when the
    /// subject is an act noun (the caller's unowned-act reading aims it or drops it), and the judged node. Invariants: the
    /// object is one of <see cref="OwedQualities"/>; the clause is the complement of a verb of saying set before it or beside
    /// it (<see cref="StatingSpeechVerb"/>), so an opinion the article states in its own voice is no event; it is not negated
    /// ("did not lack courage" praises), modal ("would have no legitimacy" is hypothetical) or conditional; the subject is
    /// no pronoun (who "it" or "we" is may be the speaker itself) and no possessive pronoun names the speaker's own side
    /// ("our forces"). The caller drops a judgement whose judge is its doer.
    /// </summary>
    private bool SaidLacksOwedQuality(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        // The lemma first: this runs on every word.
        bool lack = lemma.Equals("lack", StringComparison.OrdinalIgnoreCase);
        if (!lack && !lemma.Equals("have", StringComparison.OrdinalIgnoreCase)) return false;
        if (_doc.Token(p).Upos != Upos.VERB || IsNegated(p) || IsPassive(p)) return false;
        int subject = -1;
        bool owed = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && (_doc.Token(c).Xpos == "MD" || _doc.Token(c).Span.Equals("to", StringComparison.OrdinalIgnoreCase))) return false;
            if (RelIs(c, "mark") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "if" or "unless" or "whether") return false;
            if (RelIs(c, "nsubj")) subject = c;
            if (!RelIs(c, "obj") || !OwedQualities.Contains(_doc.Token(c).Lemma ?? "")) continue;
            // "lacked seriousness"; "had no respect for", "has little regard for": "have" only with a denying determiner.
            if (lack) { owed = true; continue; }
            foreach (var g in Children(c))
                if (RelIs(g, "det") && DenyingDeterminers.Contains(_doc.Token(g).Span.ToString())) owed = true;
        }
        if (!owed || subject < 0 || _doc.Token(subject).Upos == Upos.PRON) return false;
        speechVerb = StatingSpeechVerb(p);
        // A report set before its attribution tells what the article presents as fact; a judgement is the speaker's only when
        // the clause is its complement, set after the verb of saying or beside it.
        if (speechVerb < 0 || IsRuling(speechVerb)) return false;
        if (AccusedDoer(subject) is var actor and >= 0) { doer = actor; judged = p; return true; }
        // "said the count lacked transparency": an act of no named doer, aimed by the caller as other unowned acts are.
        if (_actorOf[subject] < 0 && _doc.Token(subject).Upos == Upos.NOUN)
        {
            var noun = _doc.Token(subject).Lemma ?? "";
            if (ActNouns.Contains(noun) || JudgedProcesses.Contains(noun) || AnaphoricActNouns.Contains(noun))
            {
                foreach (var g in Children(subject))
                    if (RelIs(g, "nmod:poss") && _doc.Token(g).Upos == Upos.PRON) return false;
                judged = subject;
                return true;
            }
        }
        return false;
    }
}
