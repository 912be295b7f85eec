using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// The guards of the learned target chooser (docs/decisions/149-target-chooser-guards.md): classes of candidates the
/// written conventions never make an event's target, whatever the model scores. Each reads the dependency route from the
/// trigger to the candidate, so it holds for wording the model has never seen; training counts a refused candidate as
/// never chosen, so cross-validation measures what the pipeline does.
/// </summary>
public sealed partial class TargetChooser
{
    /// <summary>One guard each; <see cref="ActiveGuards"/> are those the pipeline applies (training can measure each off).</summary>
    [Flags]
    public enum Guard
    {
        None = 0,
        /// <summary>The trigger's own subject phrase ("countries such as A and B", "the leaders of A and B") holds the
        /// source's co-agents, and another clause's subject ("after B attacked", "as B had expected") is that clause's doer.</summary>
        Subjects = 1,
        /// <summary>A participant of an adverbial clause ("..., forcing airlines to ...", "after ...") acts in another
        /// event; the rules read the cause and purpose clauses whose participants are the target (decisions 108, 142).</summary>
        Clauses = 2,
        /// <summary>Beyond four steps of the tree the candidate belongs to another predicate ("who fled to India", "amid
        /// incursions into Chinese waters").</summary>
        Far = 4,
        /// <summary>A bare country after "in" is where the act happens ("mediate in Zimbabwe", "soldiers in Syria"), not its target.</summary>
        Places = 8,
        /// <summary>When the trigger is an event noun that is the subject of another predicate ("Concessions ... angered the
        /// opposition"), that predicate's other arguments are its own participants.</summary>
        NounPredicate = 16,
        /// <summary>A target the rules read as a direct dependent of the trigger ("hand power to civilians") is not dropped for NONE.</summary>
        DirectTarget = 32,
        /// <summary>A re-choice that would copy another event of the sentence (same source, target and code) keeps the rules'
        /// target instead of dropping the event: the rules coded one event per target they read there.</summary>
        Copies = 64,
        /// <summary>The "of" owner of the trigger's object ("protested the presence of Chinese ships", "the detention of
        /// Chinese fishermen"): the rules read it and aim at it only when it is the doer of the act the object names
        /// (decision 142 ff.), so where they left it out it is the act's patient.</summary>
        Owners = 128,
        All = Subjects | Clauses | Far | Places | NounPredicate | DirectTarget | Copies | Owners,
    }

    /// <summary>The guards the pipeline applies.</summary>
    public const Guard ActiveGuards = Guard.All;

    /// <summary>
    /// A dependency route from the trigger: the relations stepped up to the common ancestor, then those stepped down to
    /// the candidate, an oblique's or nominal modifier's preposition lemma after the relation ("obl:against"), as in
    /// <see cref="Path"/>.
    /// </summary>
    public sealed record Route(string[] Up, string[] Down);

    /// <summary>The route from <paramref name="from"/> to <paramref name="to"/>, or null when either is missing, they are
    /// one token, not in one tree, or more than four steps apart (as <see cref="Path"/> gives "far").</summary>
    public static Route? RouteOf(Document doc, int from, int to)
    {
        if (from < 0 || to < 0 || from == to) return null;
        if (!Climb(doc, from, to, out var up, out var down)) return null;
        var ups = up.Select(t => doc.Token(t).Relation ?? "?").ToArray();
        var downs = new string[down.Count];
        for (int i = down.Count - 1, j = 0; i >= 0; i--, j++)
        {
            int t = down[i];
            string rel = doc.Token(t).Relation ?? "?";
            if (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "advcl")
                if (CaseOf(doc, t) is { } p) rel += ":" + p;
            downs[j] = rel;
        }
        return new Route(ups, downs);
    }

    /// <summary>
    /// The guards that refuse <paramref name="c"/> as the target in place of <paramref name="rulePick"/> (the rules' own
    /// candidate; null when unknown). NONE is refused only by <see cref="Guard.DirectTarget"/>.
    /// </summary>
    public static Guard Refusals(Candidate c, Candidate? rulePick)
    {
        var g = Guard.None;
        if (c.Actor is null)
        {
            if (rulePick is { Actor: not null, Steps: { Up.Length: 0, Down.Length: 1 } }) g |= Guard.DirectTarget;
            return g;
        }
        if (c.IsRule) return g;
        if (c.Path == "far") g |= Guard.Far;
        if (c.Steps is not { } r) return g;
        int subject = Array.IndexOf(r.Down, "nsubj");
        // The trigger's own subject (no step up) or anything below a subject, and the subject of a clause below the trigger.
        if (subject >= 0 && (r.Up.Length == 0 || r.Down.Length >= 2)) g |= Guard.Subjects;
        // Not an adjectival clause: "sanctions imposed on Iran" names the event noun's own target through one.
        if (r.Down.Any(d => d.StartsWith("advcl", StringComparison.Ordinal))) g |= Guard.Clauses;
        if (r.Down.Length > 0 && r.Down[^1].EndsWith(":in", StringComparison.Ordinal) && c.Code is { Length: 3 }) g |= Guard.Places;
        if (r.Up is ["nsubj" or "nsubj:pass"] && r.Down.Length >= 1) g |= Guard.NounPredicate;
        if (r.Up.Length == 0 && r.Down is ["obj", "nmod:of"]) g |= Guard.Owners;
        return g;
    }
}
