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

    /// <summary>
    /// "police detained dozens after tens of thousands rallied", "police fired tear gas after thousands of protesters marched
    /// on parliament": a protest told in an "after" clause is most often the scene the main clause's police or government
    /// act on, news of the same day, and the gold codes it so (eb50044, eb50121; Blind50Tests, Actors31Tests). Protests (14x)
    /// are therefore left to the tree's own reading of the clause (<see cref="TreeRoles.InAfterClause"/> without the
    /// word-based and after-marked-verb readings of session 54), and a recent day still makes them news.
    /// Session 67 (protest67, decision 126): nor does a finite "after" clause with a subject of its own make a protest
    /// background ("imposed a curfew after protesters torched a police station", "dropped the plan after students protested
    /// outside parliament", "arrested 31 people after protesters threw stones"): the tunable gold codes such protests as
    /// news in 20 lines against 7 (decisions 071 (c), 126). Still background: a pluperfect clause, a clause a day or more after
    /// ("a day after thousands rallied", <see cref="TreeRoles.InDaysAfterClause"/>), one inside a clause that describes a
    /// noun ("a crisis that erupted after students marched"), and protest nouns named as the cause ("after weeks of protests").
    /// </summary>
    private static bool ProtestOfTheScene(string code) => code.StartsWith("14", StringComparison.Ordinal);
}
