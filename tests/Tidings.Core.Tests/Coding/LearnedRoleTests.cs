using Tidings.Coding;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The learned target chooser (session 72, role72; docs/decisions/145-learned-target-choice.md): candidates and their
/// tree paths on sentences of our own, the trainer refusing withheld lines and labelling by gold events of the same
/// source and root, the margin respected, the model file round trip, and the evidence of a re-chosen target. No test
/// depends on the scores of the embedded model.
/// </summary>
public class LearnedRoleTests
{
    private static (Document Doc, IReadOnlyList<CodedEvent> Events) Code(string text)
    {
        var article = new Article { Id = "r72", Body = text, Published = new DateOnly(2026, 3, 4) };
        var a = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        return (a.Document, a.MentionEvents);
    }

    [Theory]
    // Every coded actor of the sentence other than the source is a candidate, besides NONE and the rules' pick.
    [InlineData("The Peruvian government accused Chile and Bolivia of smuggling weapons across the border.", "PER", "BOL")]
    [InlineData("Kenyan police arrested three Ugandan journalists in Nairobi on Friday.", "KEN", "UGA")]
    public void Candidates_are_the_sentence_s_other_actors_and_none(string text, string sourcePrefix, string expectedCandidate)
    {
        var (doc, events) = Code(text);
        var e = events.First(x => EventScorer.Scored(x) && (x.Source.Code ?? "").StartsWith(sourcePrefix, StringComparison.Ordinal));
        var ec = TargetChooser.Extract(doc, e);
        Assert.Null(ec.Candidates[0].Actor); // NONE first
        Assert.Contains(ec.Candidates, c => (c.Code ?? "").StartsWith(expectedCandidate, StringComparison.Ordinal));
        Assert.DoesNotContain(ec.Candidates, c => c.Code is not null && c.Code == e.Source.Code);
        Assert.Single(ec.Candidates, c => c.IsRule);
        Assert.Equal(ec.Candidates.Count, ec.Features.Length);
        Assert.True(ec.Candidates[ec.RuleIndex].IsRule);
        // distinct codes: one candidate per actor code
        var codes = ec.Candidates.Where(c => c.Code is not null).Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_path_names_the_relations_and_the_preposition()
    {
        var (doc, events) = Code("Argentina imposed sanctions on Venezuela after the vote.");
        var e = events.First(EventScorer.Scored);
        int trigger = TargetChooser.TriggerToken(doc, e);
        Assert.True(trigger >= 0);
        var ven = doc.Actors.First(a => a.Tokens.TextIn(doc) == "Venezuela");
        string path = TargetChooser.Path(doc, trigger, TargetChooser.HeadOf(doc, ven.Tokens));
        Assert.Contains("on", path); // "sanctions on Venezuela": the preposition is part of the path
        Assert.Equal("self", TargetChooser.Path(doc, trigger, trigger));
        Assert.Equal("nohead", TargetChooser.Path(doc, -1, trigger));
    }

    [Fact]
    public void Features_differ_between_the_rules_pick_and_another_candidate()
    {
        var (doc, events) = Code("Egypt's foreign minister criticised Ethiopia over the dam in talks with Sudan.");
        var e = events.First(EventScorer.Scored);
        var ec = TargetChooser.Extract(doc, e);
        Assert.True(ec.Candidates.Count >= 2);
        var a = ec.Features[0].OrderBy(x => x).ToArray();
        var b = ec.Features[1].OrderBy(x => x).ToArray();
        Assert.NotEqual(a, b);
        // deterministic
        Assert.Equal(a, TargetChooser.Extract(doc, e).Features[0].OrderBy(x => x).ToArray());
    }

    [Theory]
    [InlineData("test")]
    [InlineData("heldout3")]
    [InlineData("blind55")]
    [InlineData("blind92")]
    public void The_trainer_refuses_a_withheld_line(string split)
    {
        var gold = new GoldSentence("x", "Chile protested to Peru.", null, split, [new GoldEvent("CHL", "PER", "111")]);
        Assert.Throws<InvalidOperationException>(() =>
            TargetChooserTraining.Line("events-gold:" + split, gold, [], new Dictionary<CodedEvent, TargetChooser.EventCandidates>()));
    }

    [Fact]
    public void An_event_is_labelled_by_the_gold_target_of_its_source_and_root()
    {
        var e = Event("verb:protest→111 src=tree:nsubj,tgt=none", "CHL", null, "111");
        var ec = Candidates(e, ("PER", false), ("BOL", false));
        var gold = new GoldSentence("x", "text", null, "dev", [new GoldEvent("CHL", "BOL", "112")]);
        var line = TargetChooserTraining.Line("events-gold:dev", gold, [e], new Dictionary<CodedEvent, TargetChooser.EventCandidates> { [e] = ec });
        Assert.Equal([false, false, true], line.Good[0]!);
        // another source: nothing to learn
        var other = new GoldSentence("x", "text", null, "dev", [new GoldEvent("ARG", "BOL", "112")]);
        Assert.Null(TargetChooserTraining.Line("events-gold:dev", other, [e], new Dictionary<CodedEvent, TargetChooser.EventCandidates> { [e] = ec }).Good[0]);
    }

    [Fact]
    public void A_tiny_model_learns_a_path_and_the_margin_is_respected()
    {
        // Lines where the rules give no target but the gold names the actor on an "against" oblique.
        var lines = new List<RoleLine>();
        for (int i = 0; i < 30; i++)
        {
            var e = Event("verb:protest→111 src=tree:nsubj,tgt=none", "CHL", null, "111");
            var ec = Candidates(e, ("PER", false));
            var gold = new GoldSentence($"l{i}", "text", null, $"blind{i % 5}", [new GoldEvent("CHL", "PER", "111")]);
            lines.Add(TargetChooserTraining.Line($"events-gold:blind{i % 5}", gold, [e],
                new Dictionary<CodedEvent, TargetChooser.EventCandidates> { [e] = ec }));
        }
        var options = new TargetChooserTraining.Options { Epochs = 3, Folds = 3, Ensemble = 2 };
        var chooser = TargetChooserTraining.TrainChooser(lines, options, "tiny");
        Assert.False(float.IsPositiveInfinity(chooser.Margin));
        var probe = Event("verb:protest→111 src=tree:nsubj,tgt=none", "CHL", null, "111");
        var pc = Candidates(probe, ("PER", false));
        var (best, lead) = chooser.Choose(pc);
        Assert.Equal(1, best);
        Assert.True(lead > 0);

        // Below the margin the rules' target stays; at it the chooser re-chooses and says so in the rule.
        var strict = chooser.WithMargin(lead + 1);
        Assert.Equal(0, TargetChooserTraining.Applied(lines[0], [chooser.Choose(pc)], strict.Margin).Changed);
        Assert.Equal(1, TargetChooserTraining.Applied(lines[0], [chooser.Choose(pc)], lead).Changed);
        var rechosen = TargetChooser.Rechosen(probe, pc.Candidates[1], pc.Candidates[0], lead);
        Assert.Equal("PER", rechosen.Target?.Code);
        Assert.Contains("tgt=learned:vobl:against", rechosen.Evidence.Rule);
        Assert.Contains("rule-tgt=none", rechosen.Evidence.Rule);
        Assert.Equal("tree:nsubj", EventScorer.SplitRule(rechosen.Evidence.Rule).Source);

        var cv = TargetChooserTraining.CrossValidate(lines, options);
        Assert.True(cv.Pooled.TpAfter >= cv.Pooled.TpBefore);
    }

    [Fact]
    public void Nothing_is_re_chosen_when_it_does_not_pay()
    {
        // The rules' target is the gold one on every line: the chosen margin never re-chooses.
        var lines = new List<RoleLine>();
        for (int i = 0; i < 12; i++)
        {
            var e = Event("verb:protest→111 src=tree:nsubj,tgt=tree:obl", "CHL", "PER", "111");
            var ec = Candidates(e, ("BOL", false));
            var gold = new GoldSentence($"l{i}", "text", null, $"blind{i % 3}", [new GoldEvent("CHL", "PER", "111")]);
            lines.Add(TargetChooserTraining.Line($"events-gold:blind{i % 3}", gold, [e],
                new Dictionary<CodedEvent, TargetChooser.EventCandidates> { [e] = ec }));
        }
        var chooser = TargetChooserTraining.TrainChooser(lines, new TargetChooserTraining.Options { Epochs = 2, Folds = 3, Ensemble = 1 }, "none");
        Assert.All(lines, l => Assert.Equal(0, TargetChooserTraining.Applied(l, [chooser.Choose(l.Candidates[0]!.Value)], chooser.Margin).Changed));
    }

    [Theory]
    // A plain other state on an oblique may be put in.
    [InlineData("CHL", "CHL", "PER", "PER", "vobl:against", true)]
    // A bare state never gets its own organ as a re-chosen target, nor an organ its own state.
    [InlineData("NOR", "NOR", "NORGOV", "NOR", "vobj", false)]
    [InlineData("GHAGOV", "GHA", "GHA", "GHA", "vobl:to", false)]
    // An organ may act on another organ of its state (a government on its opposition).
    [InlineData("NORGOV", "NOR", "NOROPP", "NOR", "vobj", true)]
    // Never an actor reached through a co-ordination: the source's co-agent or another clause's subject.
    [InlineData("DEU", "DEU", "FRA", "FRA", "vconjvnsubj", false)]
    [InlineData("RWA", "RWA", "ZMB", "ZMB", "^nsubjvconj", false)]
    public void Some_candidates_are_never_put_in(string source, string sourceCountry, string candidate, string candidateCountry, string path, bool allowed)
    {
        var e = Event("verb:protest→111 src=tree:nsubj,tgt=none", source, null, "111") with
        { Source = new ActorRef(source, null, source, sourceCountry) };
        var c = new TargetChooser.Candidate(new ActorRef(candidate, null, candidate, candidateCountry), 4, path, false, false);
        Assert.Equal(allowed, TargetChooser.Acceptable(e, c));
        Assert.True(TargetChooser.Acceptable(e, new TargetChooser.Candidate(null, -1, "none", true, false)));
    }

    [Fact]
    public void The_model_file_round_trips_and_a_foreign_file_is_a_clear_error()
    {
        var trainer = new PerceptronTrainer(2);
        ulong f = FeatureHash.Of(3, "vobl:against");
        trainer.Update(f, 1, 2f);
        trainer.Tick();
        var chooser = new TargetChooser(trainer.Average(), 1.5f, "tiny chooser");
        var stream = new MemoryStream();
        chooser.Save(stream);
        stream.Position = 0;
        var loaded = TargetChooser.Load(stream, "roles.bin");
        Assert.Equal(1.5f, loaded.Margin);
        Assert.Equal("tiny chooser", loaded.Description);
        Assert.Equal(chooser.Score([f]), loaded.Score([f]), 0.01 * Math.Abs(chooser.Score([f])) + 1e-3);

        var other = new MemoryStream();
        new EventScorer(new PerceptronTrainer(2).Average(), 0f, "scorer").Save(other);
        other.Position = 0;
        Assert.Contains("expected 'target-chooser'", Assert.Throws<InvalidDataException>(() => TargetChooser.Load(other, "events.bin")).Message);
    }

    [Fact]
    public void Applying_the_chooser_keeps_every_view_of_an_article_in_step()
    {
        var article = new Article { Id = "t", Body = "Ghana's president condemned the coup in Burkina Faso on Monday.", Published = new DateOnly(2026, 1, 5) };
        var trainer = new PerceptronTrainer(2);
        // A model that always prefers NONE, with no margin: every counted event with a target loses it.
        trainer.Update(FeatureHash.Of(1, "none"), 1, 5f);
        trainer.Tick();
        var chooser = new TargetChooser(trainer.Average(), 0f, "none-lover");
        var a = TidingsPipeline.Default.WithChooserAndScorer(chooser, null).Analyze(article);
        Assert.All(a.MentionEvents.Where(EventScorer.Scored), e => Assert.Null(e.Target));
        Assert.All(a.Events, e => Assert.All(e.Mentions, m => Assert.Contains(a.MentionEvents, x => x.Sentence == m.Sentence && x.Evidence == m.Evidence)));
        // never re-chooses at an infinite margin
        var off = TidingsPipeline.Default.WithChooserAndScorer(chooser.WithMargin(float.PositiveInfinity), null).Analyze(article);
        var rules = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        Assert.Equal(rules.MentionEvents.Select(e => e.Target?.Code), off.MentionEvents.Select(e => e.Target?.Code));
    }

    /// <summary>Candidates NONE, the rules' pick (the event's target, or NONE when it has none), then the others given, each on "vobl:against".</summary>
    private static TargetChooser.EventCandidates Candidates(CodedEvent e, params (string Code, bool Modifier)[] others)
    {
        var list = new List<TargetChooser.Candidate> { new(null, -1, "none", e.Target is null, false) };
        if (e.Target is not null) list.Add(new TargetChooser.Candidate(e.Target, 5, "vobl:to", true, false));
        foreach (var (code, modifier) in others) list.Add(new TargetChooser.Candidate(new ActorRef(code, null, code, code), 6, "vobl:against", false, modifier));
        var feats = list.Select(c => FeaturesOf(e, c)).ToArray();
        return new TargetChooser.EventCandidates(list, feats, list.FindIndex(c => c.IsRule));
    }

    /// <summary>Features as <see cref="TargetChooser.Features"/> gives them without a document: the parts that need none.</summary>
    private static ulong[] FeaturesOf(CodedEvent e, TargetChooser.Candidate c) =>
        [FeatureHash.Of(1, c.Actor is null ? "none" : "actor"), FeatureHash.Of(2, c.IsRule ? "R" : "-"), FeatureHash.Of(3, c.Path),
         FeatureHash.Of(9, EventScorer.SplitRule(e.Evidence.Rule).Target, c.IsRule ? "R" : "-", c.Actor is null ? "none" : "actor")];

    private static CodedEvent Event(string rule, string? source, string? target, string cameo) => new()
    {
        Article = "a",
        Sentence = 0,
        Source = new ActorRef(source, null, source ?? "someone", source?[..3]),
        Target = target is null ? null : new ActorRef(target, null, target, target[..3]),
        Cameo = cameo,
        CameoName = "",
        QuadClass = 1,
        Goldstein = 0,
        Plover = new PloverRef("PROTEST", null, null),
        DatePrecision = "none",
        Evidence = new Evidence("protested", rule, "Chile protested.", 6, 15, "body"),
    };
}
