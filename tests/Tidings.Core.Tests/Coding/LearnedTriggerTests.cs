using Tidings.Coding;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The learned trigger model for sentences the rules leave uncoded (session 72, trig72; decision 144): the candidates and
/// the roles the tree reads for them, the trainer's labels and its refusal of withheld lines, that the model never adds
/// to a sentence the rules coded, that its threshold holds, and the model file round trip. The models here are built by
/// hand (one weight on the always-present bias feature), so no test depends on learned scores. Sentences written for
/// these tests.
/// </summary>
public class LearnedTriggerTests
{
    private static readonly ulong Bias = FeatureHash.Of(1, 0);

    /// <summary>A model that gives every candidate the margin <paramref name="margin"/> for <paramref name="code"/>.</summary>
    private static LearnedTriggerModel Fixed(string code, float margin, float threshold) =>
        new(new PerceptronModel(2, [Bias], [0, 1], [1], [margin]), [LearnedTriggerModel.None, code], threshold, "test");

    private static TidingsPipeline PipelineWith(LearnedTriggerModel? model)
    {
        var components = new List<IPipelineComponent> { Tidings.Text.Tokenizer.Default, (IPipelineComponent?)Tidings.Syntax.PerceptronTagger.Default ?? Tidings.Syntax.RuleTagger.Default };
        if (Tidings.Syntax.DependencyParser.DefaultComponent is { } parser) components.Add(parser);
        components.AddRange([Tidings.Actors.ActorRecognizer.Default, Tidings.Time.DateResolver.Default, Tidings.Places.PlaceRecognizer.Default, ShallowCoder.Default.WithTriggers(model)]);
        return new TidingsPipeline(Tidings.Pipeline.Pipeline.Create(components), EventAssembler.Default);
    }

    private static Analysis Analyze(TidingsPipeline p, string text) => p.Analyze(new Article { Id = "t", Body = text, Published = new DateOnly(2025, 5, 2) });

    private static List<TriggerCandidate> Candidates(string text)
    {
        var doc = Analyze(PipelineWith(null), text).Document;
        return ShallowCoder.Default.WithTriggers(null).LearnedTriggerCandidates(doc);
    }

    [Theory]
    // an odd verb of criticism the lexicon need not know: subject and object actors
    [InlineData("Norway ribbed Sweden over the fishing dispute.", "ribbed", "NOR", "SWE", "tree:obj")]
    // the target through a preposition
    [InlineData("Ghana grumbled about Togo at the regional summit.", "grumbled", "GHA", "TGO", "tree:obl:about")]
    public void A_candidate_reads_its_roles_from_the_tree(string text, string word, string source, string target, string targetHow)
    {
        var c = Assert.Single(Candidates(text), c => c.TargetCode == target);
        Assert.StartsWith(word[..3], c.Lemma);
        Assert.Equal(source, c.SourceCode);
        Assert.Equal(target, c.TargetCode);
        Assert.Equal(targetHow, c.TargetHow);
        Assert.True(c.Eligible);
        Assert.NotEmpty(c.Features);
    }

    [Fact]
    public void A_coded_sentence_gives_no_candidates() => Assert.Empty(Candidates("France attacked Germany."));

    [Fact]
    public void A_sentence_without_an_actor_gives_no_candidates() => Assert.Empty(Candidates("The storm battered the coast overnight."));

    [Theory]
    [InlineData("Norway did not rib Sweden over the fishing dispute.")]
    [InlineData("Norway never ribbed Sweden over the fishing dispute.")]
    public void A_negated_candidate_is_not_eligible(string text) =>
        Assert.DoesNotContain(Candidates(text), c => c.Eligible && c.TargetCode == "SWE");

    [Fact]
    public void Features_are_deterministic_and_differ_by_target()
    {
        var a = Candidates("Norway ribbed Sweden over the fishing dispute.").Single(c => c.TargetCode == "SWE");
        var b = Candidates("Norway ribbed Sweden over the fishing dispute.").Single(c => c.TargetCode == "SWE");
        var c = Candidates("Norway ribbed the fishermen over the dispute.").Single(c => c.Lemma.StartsWith("rib", StringComparison.Ordinal));
        Assert.Equal(a.Features, b.Features);
        Assert.NotEqual(a.Features.Order(), c.Features.Order());
    }

    [Fact]
    public void The_model_adds_one_event_to_an_uncoded_sentence_and_says_it_learned_it()
    {
        var events = Analyze(PipelineWith(Fixed("111", 5f, 1f)), "Norway ribbed Sweden over the fishing dispute.").MentionEvents;
        var e = Assert.Single(events);
        Assert.Equal("111", e.Cameo);
        Assert.Equal("NOR", e.Source.Code);
        Assert.Equal("SWE", e.Target?.Code);
        Assert.StartsWith("learned:trigger ", e.Evidence.Rule);
        Assert.Contains("src=tree:", e.Evidence.Rule);
    }

    [Fact]
    public void The_model_never_fires_where_the_rules_coded_an_event()
    {
        const string text = "France attacked Germany. Norway ribbed Sweden over the fishing dispute.";
        var rules = Analyze(PipelineWith(null), text).MentionEvents;
        var with = Analyze(PipelineWith(Fixed("111", 5f, 1f)), text).MentionEvents;
        int coded = rules.Single().Sentence;
        Assert.Equal(rules.Select(e => (e.Sentence, e.Cameo, e.Source.Code, e.Target?.Code)),
            with.Where(e => e.Sentence == coded).Select(e => (e.Sentence, e.Cameo, e.Source.Code, e.Target?.Code)));
        Assert.Single(with, e => e.Sentence != coded);
    }

    [Theory]
    [InlineData(5f, 4.9f, true)]
    [InlineData(5f, 5f, true)]
    [InlineData(5f, 5.1f, false)]
    [InlineData(5f, float.PositiveInfinity, false)]
    public void The_threshold_is_respected(float margin, float threshold, bool fires)
    {
        var events = Analyze(PipelineWith(Fixed("111", margin, threshold)), "Norway ribbed Sweden over the fishing dispute.").MentionEvents;
        Assert.Equal(fires, events.Any(e => e.Evidence.Rule.StartsWith("learned:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_model_file_round_trips()
    {
        var model = new LearnedTriggerModel(new PerceptronModel(3, [Bias, 42UL], [0, 1, 3], [1, 0, 2], [2f, -1f, 0.5f]),
            [LearnedTriggerModel.None, "042", "190"], 0.75f, "round trip");
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var back = LearnedTriggerModel.Load(ms, "memory");
        Assert.Equal(model.Labels, back.Labels);
        Assert.Equal(model.Threshold, back.Threshold);
        Assert.Equal("round trip", back.Description);
        Assert.Equal(model.Best([Bias, 42UL]), back.Best([Bias, 42UL]));
        ms.Position = 10;
        ms.WriteByte(0xFF);
        ms.Position = 0;
        Assert.Throws<InvalidDataException>(() => LearnedTriggerModel.Load(ms, "damaged"));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("heldout3")]
    [InlineData("blind92")]
    [InlineData("blind55")]
    public void The_trainer_refuses_a_withheld_line(string split)
    {
        var gold = new GoldSentence("x", "Norway ribbed Sweden.", null, split, [new GoldEvent("NOR", "SWE", "111")]);
        Assert.Throws<InvalidOperationException>(() => LearnedTriggerTraining.Line("events-gold:" + split, gold, [], []));
    }

    [Fact]
    public void A_candidate_is_labelled_with_the_missed_gold_code_of_its_actors()
    {
        var candidates = Candidates("Norway ribbed Sweden over the fishing dispute.");
        var right = new GoldSentence("x", "Norway ribbed Sweden over the fishing dispute.", null, "dev", [new GoldEvent("NOR", "SWE", "111")]);
        var line = LearnedTriggerTraining.Line("events-gold:dev", right, [], candidates);
        Assert.Contains("111", line.Labels);
        // other actors in the gold: every candidate is NONE
        var other = right with { Events = [new GoldEvent("DNK", "SWE", "111")] };
        Assert.All(LearnedTriggerTraining.Line("events-gold:dev", other, [], candidates).Labels, y => Assert.Equal(LearnedTriggerModel.None, y));
    }

    [Theory]
    [InlineData("events-gold:dev", "develop")]
    [InlineData("events-gold:blind89", "develop")]
    [InlineData("events-gold:blind88", "develop")]
    [InlineData("events-gold:blind86", "check")]
    [InlineData("realnews-gold:dev3", "develop")]
    [InlineData("realnews-gold:dev7", "check")]
    [InlineData("samples-gold:all", "check")]
    public void A_split_belongs_to_one_half(string group, string half) => Assert.Equal(half, LearnedTriggerTraining.Half(group));

    [Fact]
    public void The_threshold_is_chosen_to_add_only_what_pays()
    {
        // two lines of one split: a proposal that finds the missed gold event pays, one on an empty line does not
        var hit = new TriggerLine("events-gold:dev", new GoldSentence("a", "a", null, "dev", [new GoldEvent("NOR", "SWE", "111")]), [], [], []);
        var miss = new TriggerLine("events-gold:dev", new GoldSentence("b", "b", null, "dev", []), [], [], []);
        var lines = new[] { hit, miss };
        LearnedTriggerTraining.Proposal[] proposals =
        [
            new(0, 3f, new PredictedEvent("NOR", "SWE", "111")),
            new(1, 1f, new PredictedEvent("NOR", "SWE", "111")),
        ];
        float t = LearnedTriggerTraining.ChooseThreshold(lines, proposals);
        Assert.True(t is > 1f and <= 3f);
        Assert.True(float.IsPositiveInfinity(LearnedTriggerTraining.ChooseThreshold(lines, [new(1, 2f, new PredictedEvent("NOR", "SWE", "111"))])));
    }
}
