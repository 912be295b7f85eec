using Tidings.Coding;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The learned event scorer (session 22, learn22): the parts of an evidence rule it reads, actor kinds, features, the
/// refusal of withheld gold splits, a tiny train-and-score round trip, the model file, and that every view of an
/// article agrees on what the pipeline's event filter drops.
/// </summary>
public class EventScorer22Tests
{
    [Theory]
    [InlineData("phrase:reject claim→016 src=tree:nsubj,tgt=none", "phrase", "phrase:reject claim", "tree:nsubj", "none", "")]
    [InlineData("verb:meet→042 src=tree:nsubj,tgt=tree:obj", "verb", "verb:meet", "tree:nsubj", "tree:obj", "")]
    [InlineData("verb:attack→190 src=tree:nsubj,tgt=tree:obj +place-host", "verb", "verb:attack", "tree:nsubj", "tree:obj", "+place-host")]
    [InlineData("noun:visit→042 src=tree:nmod:poss", "noun", "noun:visit", "tree:nmod:poss", "", "")]
    [InlineData("verb:meet→040 src=tree:nsubj,tgt=tree:obj,mirror", "verb", "verb:meet", "tree:nsubj", "tree:obj", "mirror")]
    [InlineData("phrase:reject claim→016 src=tree:nsubj,tgt=none,tgt=denied-act-target", "phrase", "phrase:reject claim", "tree:nsubj", "none", "tgt=denied-act-target")]
    [InlineData("headline:talks→043", "headline", "headline:talks", "", "", "")]
    [InlineData("odd", "odd", "odd", "", "", "")]
    public void A_rule_splits_into_frame_and_role_paths(string rule, string kind, string frame, string src, string tgt, string rest) =>
        Assert.Equal(new EventScorer.RuleParts(kind, frame, src, tgt, rest), EventScorer.SplitRule(rule));

    [Theory]
    [InlineData(null, null, "uncoded")]
    [InlineData("FRA", "FRA", "country")]
    [InlineData("FRAGOV", "FRA", "country+GOV")]
    [InlineData("MIL", null, "role")]
    [InlineData("IGOUNO", null, "other:IGO")]
    public void An_actor_has_a_kind(string? code, string? country, string kind) =>
        Assert.Equal(kind, EventScorer.ActorKind(new ActorRef(code, null, "words", country)));

    [Fact]
    public void No_target_is_its_own_kind() => Assert.Equal("none", EventScorer.ActorKind(null));

    [Fact]
    public void Features_are_deterministic_and_follow_the_role_paths()
    {
        var a = Event("verb:meet→042 src=tree:nsubj,tgt=tree:obj", "FRAGOV", "DEUGOV", "042");
        var b = Event("verb:meet→042 src=tree:nsubj,tgt=tree:obl", "FRAGOV", "DEUGOV", "042");
        var fa = FeaturesOf([a], 0);
        Assert.Equal(fa, FeaturesOf([a], 0));
        Assert.NotEqual(fa, FeaturesOf([b], 0));
        // another event of the same sentence changes the sentence features
        Assert.NotEqual(fa, FeaturesOf([a, Event("verb:meet→042 src=tree:nsubj,tgt=tree:obj", "FRAGOV", "ITAGOV", "042")], 0));
    }

    [Theory]
    [InlineData("test", true)]
    [InlineData("TEST", true)]
    [InlineData("heldout", true)]
    [InlineData("heldout5", true)]
    [InlineData("dev", false)]
    [InlineData("dev5", false)]
    [InlineData("blind33", false)]
    [InlineData("blind55", true)]
    [InlineData("Blind92", true)]
    [InlineData("blind91", false)]
    [InlineData("blind90", false)]
    [InlineData("blind89", false)]
    [InlineData(null, false)]
    public void Withheld_splits_are_known_by_name(string? split, bool withheld) => Assert.Equal(withheld, EventScorerTraining.IsWithheld(split));

    [Theory]
    [InlineData("test")]
    [InlineData("heldout2")]
    public void The_trainer_refuses_a_withheld_line(string split)
    {
        var gold = new GoldSentence("x", "France met Germany.", null, split, [new GoldEvent("FRA", "DEU", "042")]);
        Assert.Throws<InvalidOperationException>(() =>
            EventScorerTraining.Line("events-gold:" + split, gold, [], new Dictionary<CodedEvent, ulong[]>()));
    }

    [Fact]
    public void A_line_is_labelled_as_eval_pairs_it_at_root_level()
    {
        var gold = new GoldSentence("x", "France met Germany.", null, "dev", [new GoldEvent("FRA", "DEU", "042")]);
        var right = Event("verb:meet→043 src=tree:nsubj,tgt=tree:obj", "FRA", "DEU", "043");
        var wrong = Event("verb:meet→043 src=tree:nsubj,tgt=tree:obj", "FRA", "ITA", "043");
        var negated = Event("verb:meet→042 src=tree:nsubj,tgt=tree:obj", "FRA", "ESP", "042") with { Negated = true };
        var line = EventScorerTraining.Line("events-gold:dev", gold, [right, wrong, negated], new Dictionary<CodedEvent, ulong[]>());
        Assert.Equal([true, false], line.Correct);
        Assert.Equal(2, line.Predicted.Count); // the negated event is not counted, so neither scored nor learned
    }

    [Fact]
    public void A_tiny_model_learns_to_drop_the_wrong_frame_and_survives_its_file()
    {
        ulong good = FeatureHash.Of(3, "verb:meet"), bad = FeatureHash.Of(3, "noun:talk");
        var lines = new List<ScorerLine>();
        for (int i = 0; i < 40; i++)
        {
            var gold = new GoldSentence($"l{i}", "text", null, $"blind{i % 6}", [new GoldEvent("FRA", "DEU", "042")]);
            lines.Add(new ScorerLine($"events-gold:blind{i % 6}", gold,
                [new PredictedEvent("FRA", "DEU", "042"), new PredictedEvent("FRA", "ITA", "042")],
                [[good], [bad]], [true, false]));
        }
        var options = new EventScorerTraining.Options { Epochs = 3, Folds = 3, Ensemble = 2 };
        var scorer = EventScorerTraining.TrainScorer(lines, options, "tiny");
        Assert.True(scorer.Score([good]) >= scorer.Threshold);
        Assert.True(scorer.Score([bad]) < scorer.Threshold);

        var cv = EventScorerTraining.CrossValidate(lines, options);
        Assert.Equal(1.0, cv.Pooled.RootAfter, 3);
        Assert.True(cv.Pooled.RootBefore < cv.Pooled.RootAfter);

        var stream = new MemoryStream();
        scorer.Save(stream);
        stream.Position = 0;
        var loaded = EventScorer.Load(stream, "tiny.bin");
        Assert.Equal(scorer.Threshold, loaded.Threshold);
        Assert.Equal("tiny", loaded.Description);
        // weights are stored at half precision (PerceptronModel): scores agree to about three digits
        Assert.Equal(scorer.Score([good]), loaded.Score([good]), 0.01 * Math.Abs(scorer.Score([good])) + 1e-3);
        Assert.Equal(scorer.Score([bad]), loaded.Score([bad]), 0.01 * Math.Abs(scorer.Score([bad])) + 1e-3);
    }

    [Fact]
    public void Nothing_is_dropped_when_dropping_does_not_pay()
    {
        var gold = new GoldSentence("x", "text", null, "dev", [new GoldEvent("FRA", "DEU", "042")]);
        var line = new ScorerLine("events-gold:dev", gold, [new PredictedEvent("FRA", "DEU", "042")], [[1UL]], [true]);
        Assert.Equal(float.NegativeInfinity, EventScorerTraining.ChooseThreshold([line], [[0.5f]]));
    }

    [Fact]
    public void A_damaged_or_foreign_model_file_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidDataException>(() => EventScorer.Load(new MemoryStream("not a model at all"u8.ToArray()), "junk.bin"));
        Assert.Contains("junk.bin", ex.Message);

        var whole = new MemoryStream();
        new EventScorer(new PerceptronTrainer(2).Average(), 0f, "empty").Save(whole);
        var truncated = whole.ToArray()[..^5];
        Assert.Throws<InvalidDataException>(() => EventScorer.Load(new MemoryStream(truncated), "cut.bin"));

        var other = new MemoryStream();
        ModelFile.Write(other, "tagger", 1, "a tagger", w => w.Write(0));
        other.Position = 0;
        Assert.Contains("expected 'event-scorer'", Assert.Throws<InvalidDataException>(() => EventScorer.Load(other, "tagger.bin")).Message);
    }

    [Fact]
    public void The_embedded_model_loads_or_is_absent_without_crashing()
    {
        var scorer = EventScorer.Embedded;
        if (scorer is null) return;
        Assert.True(scorer.FeatureCount > 0);
        Assert.False(float.IsNaN(scorer.Threshold));
    }

    [Fact]
    public void An_event_the_filter_drops_is_gone_from_every_view()
    {
        var article = new Article { Id = "t", Body = "France's president met Germany's chancellor in Paris on Tuesday.", Published = new DateOnly(2025, 5, 2) };
        var all = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        Assert.NotEmpty(all.MentionEvents);
        var none = TidingsPipeline.Default.WithEventFilter((_, events) => [.. events.Where(e => !EventScorer.Scored(e))]).Analyze(article);
        Assert.DoesNotContain(none.MentionEvents, EventScorer.Scored);
        Assert.DoesNotContain(none.Events, EventScorer.Scored);
        // the embedded scorer, when there is one, keeps mentions and merged events in step
        if (EventScorer.Embedded is { } scorer)
        {
            var scored = TidingsPipeline.Default.WithEventFilter((d, e) => scorer.Filter(d, e)).Analyze(article);
            Assert.All(scored.Events, e => Assert.All(e.Mentions, m => Assert.Contains(scored.MentionEvents, x => x.Sentence == m.Sentence && x.Evidence == m.Evidence)));
        }
    }

    private static ulong[] FeaturesOf(IReadOnlyList<CodedEvent> events, int index)
    {
        var f = new List<ulong>();
        EventScorer.Features(null, events, index, f);
        f.Sort();
        return [.. f];
    }

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
        Plover = new PloverRef("CONSULT", null, null),
        DatePrecision = "none",
        Evidence = new Evidence("met", rule, "France met Germany.", 7, 10, "body"),
    };
}
