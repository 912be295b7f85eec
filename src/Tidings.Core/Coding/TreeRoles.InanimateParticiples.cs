using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>Vehicles and structures whose mishap a sentence tells with a participle of harm ("a ferry capsized,
    /// killing 60", "the bridge collapsed, injuring nine"). Not devices of attack: bombs and mines are read by
    /// <see cref="BombOfSubject"/> first.</summary>
    private static readonly HashSet<string> MishapThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "ferry", "boat", "bus", "train", "airliner", "vessel", "truck", "lorry", "minibus",
        "building", "bridge", "dam", "roof", "wall", "mine", "tanker", "barge", "canoe", "ship",
    };

    /// <summary>
    /// "after a ferry capsized on the Meghna river, killing at least 60 passengers", "when a dam burst, flooding three
    /// villages": a participle of harm without a subject of its own tells what its governing verb's subject did; when
    /// that subject is a natural hazard, an accident or a vehicle or structure that names no actor, the harm is no one's
    /// act, and no actor elsewhere in the sentence may lend the participle a doer.
    /// Invariant: true only for an -ing participle (advcl or xcomp) whose governor has a noun subject that is no actor (or
    /// the word right before the governor, when the parser made that subject a modifier of it).
    /// </summary>
    public bool ParticipleOfInanimateCause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        if (!(RelIs(verb, "advcl") || RelIs(verb, "xcomp")) || !_doc.Token(verb).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (HasSubject(verb) || Head(verb) is not (var governor and >= 0)) return false;
        foreach (var c in Children(governor))
        {
            // The parser may tag the subject noun right before the verb as a modifier ("a ferry capsized" read with "ferry"
            // an adverbial of "capsized"); the word's own form still names the thing.
            bool subject = RelIs(c, "nsubj") && _doc.TokUpos(c) == Upos.NOUN;
            bool misreadSubject = c == governor - 1 && !HasSubject(governor) && Rel(c) is "advmod" or "amod" or "compound";
            if (!(subject || misreadSubject) || _actorOf[c] >= 0) continue;
            string word = _doc.Token(c).Span.ToString().ToLowerInvariant();
            string lemma = _doc.Token(c).Lemma ?? word;
            return InanimateCauses.Contains(word) || MishapThings.Contains(lemma) || MishapThings.Contains(word);
        }
        return false;
    }

    /// <summary>
    /// "Putin and Erdogan discussed a prisoner exchange with Ukraine": with coordinated subjects a verb of consulting (04) is
    /// between them; a phrase under its object ("an exchange with Ukraine") says what the topic is, and names no one they
    /// consulted. True when the consult verb's subject has a conjunct (the caller then skips the object's phrases).
    /// </summary>
    public bool ConsultTopicOfJointSubjects(int verb, TriggerEntry entry)
    {
        if (!Parsed || verb < _f || verb >= _e || entry.Root != "04") return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && HasConjunct(c)) return true;
        return false;
    }
}
