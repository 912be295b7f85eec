namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// "air defences shot down 30 Ukrainian drones", "Polish jets shot down three drones", "destroyers intercepted three
    /// missiles": the weapon named as the object of a downing verb is what was destroyed, and the jets or batteries that
    /// fire are the defence, so neither names the weapon of an attack the way "drones struck a refinery" or "attacked the
    /// town with drones" does (195, 1952). A drone or missile shot down is a use of force against its sender, 190, as
    /// gold/README.md codes it (blind71: "drones shot down 190 aimed at their country", eb28090).
    /// Invariant: only the lexicon's downing rows ("shoot down", "bring down X", "down X", "intercept X" for a weapon);
    /// other attacks keep the weapon sub-codes.
    /// </summary>
    private static bool IsDowning(TriggerEntry entry) =>
        entry.Trigger is "shoot down" || entry.Trigger.StartsWith("shoot down ", StringComparison.Ordinal)
        || entry.Trigger.StartsWith("bring down ", StringComparison.Ordinal) || entry.Trigger.StartsWith("down ", StringComparison.Ordinal)
        || (entry.Trigger.StartsWith("intercept ", StringComparison.Ordinal) && entry.Cameo == "190");
}
