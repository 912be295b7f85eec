using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for a speaker's judgement of an actor told with a copula whose subject is the actor itself, not one of its
/// acts (session 50, speech50): "China said the United States was hypocritical", "'Russia is a threat to all of Europe,' the
/// minister said" (disapproval, 111), "'Qatar has been an incredible partner,' the envoy told reporters" (praise, 051).
/// Quoted speech states criticism and praise this way at least as often as with "criticised" or "praised"
/// (gold/README.md, "The blind67 split": speech acts said without a verb of saying them).
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns of a relation that a praising adjective turns into praise of the one who is it ("an incredible partner",
    /// "a true friend", "a reliable ally").</summary>
    private static readonly HashSet<string> RelationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "partner", "friend", "ally", "neighbour", "neighbor", "example", "model", "mediator", "supporter", "champion", "brother",
        "leader", "host",
    };

    /// <summary>Adjectives of esteem: on a relation noun they praise ("a trusted partner"); a bare relation noun
    /// ("X is a partner of Y", "Kenya is Tanzania's largest trading partner") only describes.</summary>
    private static readonly HashSet<string> EsteemAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "incredible", "great", "good", "true", "real", "reliable", "trusted", "trustworthy", "valued", "valuable", "steadfast",
        "loyal", "dependable", "excellent", "wonderful", "outstanding", "exceptional", "indispensable", "invaluable",
        "faithful", "genuine", "dear", "staunch", "constructive", "responsible", "exemplary", "generous", "remarkable",
        "extraordinary", "fantastic", "tremendous", "strong", "solid", "unwavering",
    };

    /// <summary>Predicate adjectives that praise an actor by themselves ("Kenya has been generous", "the mediators were
    /// heroic").</summary>
    private static readonly HashSet<string> PraisingPredicates = new(StringComparer.OrdinalIgnoreCase)
    {
        "heroic", "admirable", "commendable", "exemplary", "courageous", "brave", "generous", "praiseworthy", "magnificent",
        "indispensable", "invaluable",
    };

    /// <summary>
    /// A copular judgement of an actor at predicate <paramref name="p"/>: "said the United States was hypocritical", "'Russia
    /// is a threat,' X said" (111, a predicate of <see cref="IsDisapprovingAt"/>), "'Qatar has been an incredible partner,'"
    /// (051: a relation noun with an adjective of esteem, or a praising adjective). Gives the speech verb that states the
    /// clause (its <c>ccomp</c> or a speech verb beside it), the judged actor (the clause's subject) and the code.
    /// Invariants: the subject is a coded actor that is no modifier; the predicate has its own copula, is not negated and
    /// carries no modal ("would be a mistake", "could be a partner"); an infinitive or clause on the predicate ("it was
    /// wrong of X to ...", "a partner to help") is left to the act readings of <see cref="Judgement"/>; a relation noun
    /// praises only with an esteem adjective of its own, never as a bare description ("X is Y's largest trading partner").
    /// The caller skips a judge who is the judged actor ("we were wrong").
    /// </summary>
    private bool SaidActorIsJudged(int p, out int speechVerb, out int doer, out string code)
    {
        speechVerb = doer = -1; code = "";
        if (_doc.Token(p).Upos is not (Upos.ADJ or Upos.NOUN or Upos.PROPN)) return false;
        var lemma = _doc.Token(p).Lemma ?? "";
        // Session 59 (judge59): "said Israel was not serious" (TreeRoles.DeniedVirtues.cs).
        bool deniedVirtue = IsDeniedVirtue(p);
        bool disapproving = IsDisapprovingAt(p) || deniedVirtue;
        bool relation = RelationNouns.Contains(lemma) && _doc.Token(p).Upos == Upos.NOUN;
        bool praising = PraisingPredicates.Contains(lemma) && _doc.Token(p).Upos == Upos.ADJ;
        if (!disapproving && !relation && !praising) return false;
        int subject = -1;
        bool copula = false, esteem = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "cop")) copula = true;
            else if (RelIs(c, "nsubj")) subject = c;
            else if (RelIs(c, "advmod") && _doc.Token(c).Lemma is "not" or "never" && !deniedVirtue) return false;
            else if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            else if (RelIs(c, "det") && _doc.Token(c).Lemma is "no") return false;
            else if (RelIs(c, "xcomp") || RelIs(c, "csubj") || RelIs(c, "acl") || RelIs(c, "advcl")) return false;
            else if (RelIs(c, "amod") && EsteemAdjectives.Contains(_doc.Token(c).Lemma ?? "") && !IsNegated(c)) esteem = true;
        }
        if (!copula || subject < 0 || _actorOf[subject] < 0 || _doc.Actors[_actorOf[subject]].IsModifier) return false;
        // "the Nigerian decision was reckless": an actor word inside an act noun's phrase is the act's doer, read elsewhere.
        if (_doc.Token(subject).Upos is not (Upos.PROPN or Upos.NOUN or Upos.PRON)) return false;
        if (relation && !esteem) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = _actorOf[subject];
        code = disapproving ? "111" : "051";
        return true;
    }
}
