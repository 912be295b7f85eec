using Tidings.Coding;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The guards of the learned target chooser (session 73, role73; docs/decisions/149-target-chooser-guards.md): on
/// sentences of our own, which candidate each guard refuses and a near case it leaves to the model. The assertions read
/// the candidates' routes and the guards, never the embedded model's scores, so retraining does not move them.
/// </summary>
public class LearnedRole73Tests
{
    private static (Document Doc, IReadOnlyList<CodedEvent> Events) Code(string text)
    {
        var article = new Article { Id = "r73", Body = text, Published = new DateOnly(2026, 5, 6) };
        var a = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        return (a.Document, a.MentionEvents);
    }

    /// <summary>The guards that refuse the candidate whose code starts with <paramref name="candidate"/> as the target of
    /// the counted event whose source starts with <paramref name="source"/>.</summary>
    private static TargetChooser.Guard RefusalsOf(string text, string source, string candidate)
    {
        var (doc, events) = Code(text);
        foreach (var e in events.Where(x => EventScorer.Scored(x) && (x.Source.Code ?? "").StartsWith(source, StringComparison.Ordinal)))
        {
            var ec = TargetChooser.Extract(doc, e);
            if (ec.Candidates.FirstOrDefault(x => x.Code is { } code && code.StartsWith(candidate, StringComparison.Ordinal) && !x.IsRule) is { } c)
                return TargetChooser.Refusals(c, ec.Candidates[ec.RuleIndex]);
        }
        throw new InvalidOperationException($"no event of {source} has {candidate} as a candidate other than its target");
    }

    [Theory]
    // Another member of the source's own list, below the trigger's subject: a co-agent, not a target.
    [InlineData("Nations such as Ghana and Senegal have sent medical teams.", "SEN", "GHA", "Subjects")]
    // The subject of an after-clause is that clause's doer, and the clause is another event.
    [InlineData("Ghana sent food aid to displaced families after Togolese rebels raided several villages.", "GHA", "TGO", "Subjects")]
    [InlineData("Ghana sent food aid to displaced families after Togolese rebels raided several villages.", "GHA", "TGO", "Clauses")]
    // A bare country after "in" is where mediation happens, not whom it is aimed at.
    [InlineData("Nigeria said it would mediate in Mali.", "NGA", "MLI", "Places")]
    // The "of" owner of the protested act is its patient when the rules do not aim at it.
    [InlineData("Thailand protested the arrest of Cambodian sailors near Koh Kong.", "THA", "KHM", "Owners")]
    public void A_guard_refuses_the_class_it_names(string text, string source, string candidate, string guard) =>
        Assert.True(RefusalsOf(text, source, candidate).HasFlag(Enum.Parse<TargetChooser.Guard>(guard)));

    [Theory]
    // Near cases the model may still decide: a country in an after-phrase that is no clause, one on the trigger's own
    // oblique ("between Mali and ...", for the event the rules aimed at the rebels).
    [InlineData("Ghana sent food aid to Benin after talks with Togo.", "GHA", "TGO")]
    [InlineData("Nigeria said it would mediate between Mali and the Tuareg rebels.", "NGA", "MLI")]
    public void A_near_case_is_left_to_the_model(string text, string source, string candidate) =>
        Assert.Equal(TargetChooser.Guard.None, RefusalsOf(text, source, candidate));

    [Theory]
    // Routes by hand: an adverbial clause's object ("..., forcing airlines to cancel flights") is another event's participant;
    // an event noun that is a subject leaves the other arguments of its predicate to that predicate; beyond four steps is far.
    [InlineData(new string[0], new[] { "advcl", "obj" }, "vadvclvobj", "Clauses")]
    [InlineData(new[] { "nsubj" }, new[] { "obj" }, "^nsubjvobj", "NounPredicate")]
    [InlineData(null, null, "far", "Far")]
    // The "of" owner of the trigger's object ("protested the arrest of Thai sailors") is left to the rules.
    [InlineData(new string[0], new[] { "obj", "nmod:of" }, "vobjvnmod:of", "Owners")]
    // Near cases: an adjectival clause of an event noun names its own target ("sanctions imposed on Iran"); a subject's
    // complement clause ("said that ...") and the main subject above a trigger are left to the model.
    [InlineData(new string[0], new[] { "acl", "obl:on" }, "vaclvobl:on", "None")]
    [InlineData(new[] { "ccomp" }, new[] { "nsubj" }, "^ccompvnsubj", "None")]
    [InlineData(new string[0], new[] { "obl:against" }, "vobl:against", "None")]
    [InlineData(new string[0], new[] { "obj", "nmod:poss" }, "vobjvnmod:poss", "None")]
    public void A_route_is_refused_by_its_guard(string[]? up, string[]? down, string path, string guard)
    {
        var c = new TargetChooser.Candidate(new ActorRef("PER", null, "Peru", "PER"), 3, path, false, false)
        { Steps = up is null ? null : new TargetChooser.Route(up, down!) };
        Assert.Equal(Enum.Parse<TargetChooser.Guard>(guard), TargetChooser.Refusals(c, null));
    }

    [Fact]
    public void A_target_read_on_the_trigger_s_own_dependent_is_not_dropped_for_none()
    {
        var none = new TargetChooser.Candidate(null, -1, "none", false, false);
        var direct = new TargetChooser.Candidate(new ActorRef("CVL", null, "civilians", null), 5, "vobl:to", true, false)
        { Steps = new TargetChooser.Route([], ["obl:to"]) };
        Assert.Equal(TargetChooser.Guard.DirectTarget, TargetChooser.Refusals(none, direct));
        // Near case: a target two steps down ("condemned the coup in X") may still give way to NONE.
        var deeper = direct with { Path = "vobjvnmod:in", Steps = new TargetChooser.Route([], ["obj", "nmod:in"]) };
        Assert.Equal(TargetChooser.Guard.None, TargetChooser.Refusals(none, deeper));
    }

    [Fact]
    public void A_re_choice_that_copies_another_event_keeps_the_rules_target()
    {
        // Two co-ordinated targets give two events; a model that prefers the first object for both must not merge them.
        const string text = "Human Rights Watch accused the Sudanese army and the Rapid Support Forces of shelling markets in Darfur.";
        var article = new Article { Id = "r73c", Body = text, Published = new DateOnly(2026, 5, 6) };
        var rules = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        var before = rules.MentionEvents.Where(EventScorer.Scored).Select(e => e.Target?.Code).ToList();
        Assert.True(before.Count >= 2);
        var trainer = new PerceptronTrainer(2);
        trainer.Update(FeatureHash.Of(3, "vobj"), 1, 50f);
        trainer.Tick();
        var chooser = new TargetChooser(trainer.Average(), 0f, "first-object-lover");
        var a = TidingsPipeline.Default.WithChooserAndScorer(chooser, null).Analyze(article);
        Assert.Equal(before.OrderBy(x => x), a.MentionEvents.Where(EventScorer.Scored).Select(e => e.Target?.Code).OrderBy(x => x));
    }
}
