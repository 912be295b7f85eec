namespace Tidings.Coding;

/// <summary>
/// Session 53 (blind71): "Two cruise missiles fired by the Houthis struck a tanker", "shells launched by the rebels hit the
/// market", "a drone flown by the army's special unit hit the depot": a weapon or craft named as the subject of an attack
/// is the instrument, and the one who fired, launched or flew it is the doer. The reduced passive on the weapon names that
/// doer in its "by" phrase; the weapon itself is no actor.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// Weapons and craft that strike or are flown against a target at someone's command (lemmas of the subject's head).
    /// A closed class of the domain's instruments: people, forces and organisations are never in it, so a subject that
    /// is an actor keeps its own code.
    /// </summary>
    private static readonly HashSet<string> InstrumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "missile", "rocket", "drone", "shell", "bomb", "munition", "projectile", "torpedo", "mortar", "grenade",
        "jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "bomber", "warship", "ship", "vessel", "boat",
        // Session 69 (agent69): machines of demolition, driven in under guard ("bulldozers escorted by troops demolished
        // homes"); like a weapon, the machine is no actor and does not choose its target.
        "bulldozer", "excavator", "digger",
    };

    /// <summary>
    /// Session 69 (agent69): verbs of guarding a weapon, craft or machine on its way: "bulldozers escorted by Israeli troops
    /// demolished homes", "a tanker escorted by navy gunboats": the force that escorts it is the one that sent it, so its
    /// "by" agent is the doer of what the instrument does, as the firer of a missile is. Only with an instrument subject
    /// (<see cref="InstrumentNouns"/>): "protesters escorted by police marched" keeps the protesters.
    /// </summary>
    private static readonly HashSet<string> EscortVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "escort", "accompany", "guard", "protect",
        // Session 69 (clause69): backing a machine in, or driving and crewing it, makes the force its sender too ("armoured
        // vehicles backed by army helicopters stormed the camp", "a truck driven by a suicide bomber").
        "back", "support", "drive", "man", "crew",
    };

    /// <summary>
    /// Verbs of putting a weapon or craft to use: their "by" agent is who used it. Not verbs of making, owning or selling
    /// ("drones made by Iran", "a tanker owned by a Greek firm"): a maker or owner is no doer of the attack.
    /// </summary>
    private static readonly HashSet<string> LaunchVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "fire", "launch", "fly", "pilot", "drop", "shoot", "send", "deploy", "operate", "command", "steer", "direct",
    };

    /// <summary>
    /// Session 69 (agent69): the "by" agent node of an escort participle (<see cref="EscortVerbs"/>) on the noun of
    /// <paramref name="noun"/>'s "of" phrase ("a convoy of trucks escorted by soldiers"), other than <paramref name="source"/>;
    /// -1 when none. Only verbs of escorting: "the killing of protesters arrested by police" names no doer of the killing.
    /// </summary>
    private int EscortOfMembers(int noun, int source)
    {
        foreach (var n in Children(noun))
        {
            if (!RelStarts(n, "nmod") || CaseOf(n) != "of") continue;
            foreach (var p in Children(n))
            {
                if (!RelIs(p, "acl") || p < n || _doc.Token(p).Xpos != "VBN" || _doc.Token(p).Lemma is not { } verb || !EscortVerbs.Contains(verb)) continue;
                foreach (var g in Children(p))
                    if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && ActorOfNode(g) is var a && a >= 0 && a != source)
                        return g;
            }
        }
        return -1;
    }

    /// <summary>
    /// The actor of the "by" phrase of a past participle (VBN) of a verb of use (<see cref="LaunchVerbs"/>) that modifies <paramref name="subject"/> right after it
    /// ("missiles fired by the Houthis"), when the subject's head is an instrument noun that names no actor of its own;
    /// -1 otherwise. Invariant: only the participle's own "by" agent whose actor the recognizer found and that names no
    /// cause ("by the storm"); a participle with an object of its own is no reduced passive. A query: it sets nothing.
    /// </summary>
    private int InstrumentParticipleAgent(int subject)
    {
        if (_actorOf[subject] >= 0 || _doc.Token(subject).Lemma is not { } lemma) return -1;
        bool weapon = InstrumentNouns.Contains(lemma);
        // Session 69 (clause69): machines a force drives or escorts (TreeRoles.EscortedMachines.cs).
        bool machine = weapon || EscortedMachineNouns.Contains(lemma);
        if (!machine) return -1;
        foreach (var p in Children(subject))
        {
            if (!RelIs(p, "acl") || p < subject || _doc.Token(p).Xpos != "VBN" || HasObject(p)
                || _doc.Token(p).Lemma is not { } verb || !((weapon && LaunchVerbs.Contains(verb)) || EscortVerbs.Contains(verb))) continue;
            foreach (var g in Children(p))
                if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && !AgentOfCauseNoun(p, g)
                    && ActorOfNode(g) is var agent && agent >= 0)
                    return agent;
        }
        return -1;
    }

    /// <summary>
    /// The actor of the own subject of the clause whose verb is <paramref name="verb"/> ("denied that its warships had
    /// entered Japanese waters": the warships, RUSMIL), -1 when the verb has no subject of its own or the subject names no
    /// actor. Lets a framed act that only a force can do (flag force) be checked on its own doer, not on the framer who
    /// denies or reports it. A query: it sets nothing.
    /// </summary>
    public int OwnSubjectActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj")) return ActorOfNode(c);
        return -1;
    }

    /// <summary>Verbs of attempting: "did not try to block", "never attempted to stop" deny the act they govern.</summary>
    private static readonly HashSet<string> AttemptVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "try", "attempt", "seek", "manage", "dare", "bother" };

    /// <summary>
    /// Session 53 (blind71): True when <paramref name="verb"/> is the infinitive (xcomp) of a verb of attempting that is
    /// itself negated ("Chinese coast guard vessels did not try to block the resupply mission"): what was not even tried
    /// did not happen. Invariant: only the attempting verb's own negation, one level up; "tried not to" negates nothing here.
    /// </summary>
    private bool NegatedAttempt(int verb)
    {
        if (!RelIs(verb, "xcomp") || Head(verb) is not (var h and >= 0) || _doc.Token(h).Lemma is not { } lemma || !AttemptVerbs.Contains(lemma))
            return false;
        return IsNegated(h);
    }
}
