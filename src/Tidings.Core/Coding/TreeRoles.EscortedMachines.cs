namespace Tidings.Coding;

/// <summary>
/// Session 69 (clause69): "Bulldozers escorted by Israeli troops demolished 11 homes", "armoured vehicles backed by army
/// helicopters stormed the camp", "tanks accompanied by infantry entered the town": a machine named as the subject of an
/// act does not act of itself; the force a reduced passive names as escorting, guarding or backing it is the one that sent
/// it, and so the doer, as the one who fired or flew a weapon is (<see cref="InstrumentParticipleAgent"/>). The machine itself
/// is no actor. Weapons and craft count too ("a tanker escorted by Iranian gunboats"); people, forces and organisations never
/// reach here, since a subject that is an actor keeps its own code ("militias backed by Iran attacked" stays the militias').
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Vehicles sent in by a force (lemmas of the subject's head), beside the weapons, craft and machines of demolition
    /// of <see cref="InstrumentNouns"/>; only escort verbs (<see cref="EscortVerbs"/>) name their sender, never verbs of use.
    /// "tank" is left out: "a think tank backed by the Kremlin" is an organisation.</summary>
    private static readonly HashSet<string> EscortedMachineNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "vehicle", "truck", "lorry", "convoy",
    };
}
