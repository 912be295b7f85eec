using Tidings.Coding;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The learned code chooser (session 73, code73; docs/decisions/151-learned-code-within-the-root.md): the candidate set
/// masked to the root, the relation of a candidate to the rules' code, features on sentences of our own, the trainer
/// refusing withheld lines and labelling by gold events of the same source, target and root, the margin respected, the
/// model file round trip, and a re-chosen code never changing the root. No test depends on the embedded model's scores.
/// </summary>
public class LearnedCodeTests
{
    private static (Document Doc, IReadOnlyList<CodedEvent> Events) Code(string text)
    {
        var article = new Article { Id = "c73", Body = text, Published = new DateOnly(2026, 5, 6) };
        var a = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        return (a.Document, a.MentionEvents);
    }

    [Theory]
    // The root's bare code may become any code of its root; a three-digit code one of its four-digit children; a
    // four-digit code stays as it is. Never a sibling, a coarser code or another root.
    [InlineData("020", "0256", "010")]
    [InlineData("190", "193", "200")]
    [InlineData("112", "1123", "111")]
    [InlineData("031", "0311", "030")]
    [InlineData("0233", null, "023")]
    [InlineData("0234", null, "0233")]
    public void Candidates_are_the_rules_code_and_the_codes_that_refine_it(string code, string? refinement, string never)
    {
        var codes = CodeChooser.Candidates(code);
        Assert.Equal(code, codes[0]);
        Assert.All(codes, c => Assert.StartsWith(CameoTable.Root(code), c));
        Assert.All(codes.Skip(1), c => Assert.True(CodeChooser.Refines(code, c), c));
        if (refinement is null) Assert.Single(codes);
        else Assert.Contains(refinement, codes);
        Assert.DoesNotContain(never, codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("0234", "0234", "same")]
    [InlineData("0234", "020", "bare")]
    [InlineData("0234", "023", "parent")]
    [InlineData("023", "0234", "child")]
    [InlineData("0234", "0233", "sibling")]
    [InlineData("193", "190", "bare")]
    [InlineData("111", "112", "sibling")]
    [InlineData("0311", "036", "other43")]
    public void A_candidate_s_relation_to_the_rules_code(string rule, string candidate, string relation) =>
        Assert.Equal(relation, CodeChooser.Relation(rule, candidate));

    [Theory]
    // A number, a weapon or money word in the sentence is a feature of the event, whatever the candidate.
    [InlineData("Kazakhstan pledged 40 million dollars to Kyrgyzstan for flood relief.", "money", true)]
    [InlineData("Kazakhstan praised Kyrgyzstan for its handling of the floods.", "money", false)]
    [InlineData("Vietnam supplied twelve fighter jets and artillery to Laos.", "weapon", true)]
    public void Features_read_the_sentence_s_numbers_and_object_classes(string text, string objectClass, bool present)
    {
        var (doc, events) = Code(text);
        var e = events.First(x => EventScorer.Scored(x) && x.Cameo.Length >= 3);
        var f = CodeChooser.EventFeatures(doc, e);
        Assert.Equal(present, f.Contains(FeatureHash.Of(31, objectClass)));
        Assert.Contains(FeatureHash.Of(30, present ? 1 : 0), f); // each sentence with the class word has a number too
        Assert.Contains(FeatureHash.Of(2, e.Cameo), f);
        // the same features each time; candidates of one event differ in their features
        Assert.Equal(f, CodeChooser.EventFeatures(doc, e));
        var ec = CodeChooser.Extract(doc, e);
        Assert.Equal(ec.Codes.Count, ec.Features.Length);
        Assert.Equal(e.Cameo, ec.Codes[ec.RuleIndex]);
        if (ec.Codes.Count > 1) Assert.NotEqual(ec.Features[0].Order().ToArray(), ec.Features[1].Order().ToArray());
    }

    [Theory]
    [InlineData("test")]
    [InlineData("heldout2")]
    [InlineData("blind55")]
    [InlineData("blind92")]
    public void The_trainer_refuses_a_withheld_line(string split)
    {
        var gold = new GoldSentence("x", "Chile protested to Peru.", null, split, [new GoldEvent("CHL", "PER", "111")]);
        Assert.Throws<InvalidOperationException>(() =>
            CodeChooserTraining.Line("events-gold:" + split, gold, [], new Dictionary<CodedEvent, CodeChooser.EventCandidates>()));
    }

    [Fact]
    public void An_event_is_labelled_by_the_gold_code_of_its_source_target_and_root()
    {
        var e = Event("verb:accuse→112 src=tree:nsubj,tgt=tree:obj", "CHL", "PER", "112");
        var ec = Candidates(e);
        var gold = new GoldSentence("x", "text", null, "dev", [new GoldEvent("CHL", "PER", "1123")]);
        var line = CodeChooserTraining.Line("events-gold:dev", gold, [e], new Dictionary<CodedEvent, CodeChooser.EventCandidates> { [e] = ec });
        var good = line.Good[0]!;
        Assert.True(good[ec.Codes.IndexOf("1123")]);
        Assert.False(good[ec.RuleIndex]);
        Assert.Single(good, g => g);
        // another target, or another root: nothing to learn
        var other = new GoldSentence("x", "text", null, "dev", [new GoldEvent("CHL", "BOL", "1123")]);
        Assert.Null(CodeChooserTraining.Line("events-gold:dev", other, [e], new Dictionary<CodedEvent, CodeChooser.EventCandidates> { [e] = ec }).Good[0]);
        var otherRoot = new GoldSentence("x", "text", null, "dev", [new GoldEvent("CHL", "PER", "120")]);
        Assert.Null(CodeChooserTraining.Line("events-gold:dev", otherRoot, [e], new Dictionary<CodedEvent, CodeChooser.EventCandidates> { [e] = ec }).Good[0]);
    }

    [Fact]
    public void A_tiny_model_learns_a_code_and_the_margin_is_respected()
    {
        // Lines where the rules code 112 (accuse) for what the gold codes 1123 (accuse of aggression) (a trigger word the model can read).
        var lines = new List<CodeLine>();
        for (int i = 0; i < 30; i++)
        {
            var e = Event("verb:accuse→112 src=tree:nsubj,tgt=tree:obj", "CHL", "PER", "112");
            var ec = Candidates(e);
            var gold = new GoldSentence($"l{i}", "text", null, $"blind{i % 5}", [new GoldEvent("CHL", "PER", "1123")]);
            lines.Add(CodeChooserTraining.Line($"events-gold:blind{i % 5}", gold, [e], new Dictionary<CodedEvent, CodeChooser.EventCandidates> { [e] = ec }));
        }
        var options = new CodeChooserTraining.Options { Epochs = 3, Folds = 3, Ensemble = 2 };
        var chooser = CodeChooserTraining.TrainChooser(lines, options, "tiny");
        Assert.False(float.IsPositiveInfinity(chooser.Margin));
        var probe = Event("verb:accuse→112 src=tree:nsubj,tgt=tree:obj", "CHL", "PER", "112");
        var pc = Candidates(probe);
        var (best, lead) = chooser.Choose(pc);
        Assert.Equal("1123", pc.Codes[best]);
        Assert.True(lead > 0);

        // Below the margin the rules' code stays; at it the chooser re-chooses.
        Assert.Equal(0, CodeChooserTraining.Applied(lines[0], [chooser.Choose(pc)], lead + 1).Changed);
        var (after, changed, right, _) = CodeChooserTraining.Applied(lines[0], [chooser.Choose(pc)], lead);
        Assert.Equal(1, changed);
        Assert.Equal(1, right);
        Assert.Equal("1123", after[0].Cameo);
        var cv = CodeChooserTraining.CrossValidate(lines, options);
        Assert.True(cv.Pooled.ExactAfter.Tp >= cv.Pooled.ExactBefore.Tp);
        Assert.Equal(cv.Pooled.RootBefore, cv.Pooled.RootAfter); // the root never changes
    }

    [Fact]
    public void Nothing_is_re_chosen_when_it_does_not_pay()
    {
        // The rules' code is the gold one on every line: the chosen margin never re-chooses.
        var lines = new List<CodeLine>();
        for (int i = 0; i < 12; i++)
        {
            var e = Event("verb:accuse→112 src=tree:nsubj,tgt=tree:obj", "CHL", "PER", "112");
            var gold = new GoldSentence($"l{i}", "text", null, $"blind{i % 3}", [new GoldEvent("CHL", "PER", "112")]);
            lines.Add(CodeChooserTraining.Line($"events-gold:blind{i % 3}", gold, [e],
                new Dictionary<CodedEvent, CodeChooser.EventCandidates> { [e] = Candidates(e) }));
        }
        var chooser = CodeChooserTraining.TrainChooser(lines, new CodeChooserTraining.Options { Epochs = 2, Folds = 3, Ensemble = 1 }, "none");
        Assert.All(lines, l => Assert.Equal(0, CodeChooserTraining.Applied(l, [chooser.Choose(l.Candidates[0]!.Value)], chooser.Margin).Changed));
    }

    [Theory]
    [InlineData("111", "112")]
    [InlineData("0233", "0234")]
    [InlineData("190", "193")]
    public void A_re_chosen_code_keeps_the_root_and_says_so(string rule, string code)
    {
        var e = Event("verb:x→" + rule + " src=tree:nsubj,tgt=tree:obj", "CHL", "PER", rule);
        var r = CodeChooser.Rechosen(e, code, 0.8f);
        Assert.Equal(code, r.Cameo);
        Assert.Equal(CameoTable.Root(rule), CameoTable.Root(r.Cameo));
        var info = CameoTable.Default[code];
        Assert.Equal(info.Name, r.CameoName);
        Assert.Equal(info.QuadClass, r.QuadClass);
        Assert.Equal(info.Goldstein, r.Goldstein);
        Assert.Equal(info.PloverType, r.Plover.Type);
        Assert.Contains($"code=learned:{code}←{rule}", r.Evidence.Rule);
        Assert.Equal("tree:obj", EventScorer.SplitRule(r.Evidence.Rule).Target);
        Assert.Equal((e.Source, e.Target, e.Modality, e.Negated), (r.Source, r.Target, r.Modality, r.Negated));
        // never another root
        Assert.Throws<ArgumentException>(() => CodeChooser.Rechosen(e, "040", 0.8f));
    }

    [Fact]
    public void The_model_file_round_trips_and_a_foreign_file_is_a_clear_error()
    {
        var trainer = new PerceptronTrainer(2);
        ulong f = FeatureHash.Of(2, "111");
        trainer.Update(f, 1, 2f);
        trainer.Tick();
        var chooser = new CodeChooser(trainer.Average(), 1.25f, "tiny code chooser");
        var stream = new MemoryStream();
        chooser.Save(stream);
        stream.Position = 0;
        var loaded = CodeChooser.Load(stream, "codes.bin");
        Assert.Equal(1.25f, loaded.Margin);
        Assert.Equal("tiny code chooser", loaded.Description);
        Assert.Equal(chooser.Score([f]), loaded.Score([f]), 0.01 * Math.Abs(chooser.Score([f])) + 1e-3);

        var other = new MemoryStream();
        new TargetChooser(new PerceptronTrainer(2).Average(), 0f, "roles").Save(other);
        other.Position = 0;
        Assert.Contains("expected 'code-chooser'", Assert.Throws<InvalidDataException>(() => CodeChooser.Load(other, "roles.bin")).Message);
    }

    [Fact]
    public void Applying_the_chooser_keeps_every_view_in_step_and_only_refines_a_code()
    {
        var article = new Article
        {
            Id = "c",
            Body = "Malawi's president condemned the attack on Mozambican border guards. Tanzania asked Zambia for help on Tuesday.",
            Published = new DateOnly(2026, 2, 3),
        };
        // A model that always prefers another code than the rules', with no margin: every counted event whose code has a
        // refinement takes one.
        var trainer = new PerceptronTrainer(2);
        trainer.Update(FeatureHash.OfHashes(104, FeatureHash.Exact("same")), 1, -5f);
        trainer.Tick();
        var chooser = new CodeChooser(trainer.Average(), 0f, "change-lover");
        var rules = TidingsPipeline.Default.WithEventFilter(null).Analyze(article);
        var a = TidingsPipeline.Default.WithEventFilter(null).WithCodeChooser(chooser).Analyze(article);
        Assert.NotEmpty(rules.MentionEvents);
        Assert.Equal(rules.MentionEvents.Select(e => (e.Source.Code, e.Target?.Code, CameoTable.Root(e.Cameo))),
            a.MentionEvents.Select(e => (e.Source.Code, e.Target?.Code, CameoTable.Root(e.Cameo))));
        Assert.Contains(a.MentionEvents, e => e.Evidence.Rule.Contains("code=learned:", StringComparison.Ordinal));
        foreach (var (before, after) in rules.MentionEvents.Zip(a.MentionEvents))
            if (EventScorer.Scored(before) && CodeChooser.Candidates(before.Cameo).Count > 1) Assert.True(CodeChooser.Refines(before.Cameo, after.Cameo), $"{before.Cameo} → {after.Cameo}");
            else Assert.Equal(before.Cameo, after.Cameo);
        Assert.All(a.Events, e => Assert.All(e.Mentions, m => Assert.Contains(a.MentionEvents, x => x.Sentence == m.Sentence && x.Evidence == m.Evidence)));
        // never re-chooses at an infinite margin
        var off = TidingsPipeline.Default.WithEventFilter(null).WithCodeChooser(chooser.WithMargin(float.PositiveInfinity)).Analyze(article);
        Assert.Equal(rules.MentionEvents.Select(e => e.Cameo), off.MentionEvents.Select(e => e.Cameo));
    }

    /// <summary>The candidates of <paramref name="e"/> with features as <see cref="CodeChooser.EventFeatures"/> gives them without a document.</summary>
    private static CodeChooser.EventCandidates Candidates(CodedEvent e)
    {
        var codes = CodeChooser.Candidates(e.Cameo);
        var ef = CodeChooser.EventFeatures(null, e);
        return new CodeChooser.EventCandidates(codes, codes.Select(c => CodeChooser.CandidateFeatures(ef, e.Cameo, c)).ToArray(), codes.IndexOf(e.Cameo));
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
        Plover = new PloverRef("ACCUSE", null, null),
        DatePrecision = "none",
        Evidence = new Evidence("blamed", rule, "Chile blamed Peru.", 6, 12, "body"),
    };
}
