using Tidings.Coding;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 73 (trig73; decision 150): the learned trigger model's wider candidates (event nouns in a clause's core, verbs
/// under another verb), its lexicon-class features (the roots the lexicon gives a word's class-mates), the trainer's
/// ablations (dropped templates and kinds, root labels), the kinds a model proposes, and that it never adds to a sentence
/// the rules coded. Models are built by hand, so no test depends on learned scores. Sentences written for these tests.
/// </summary>
public class LearnedTrigger73Tests
{
    private static readonly ulong Bias = FeatureHash.Of(1, 0);

    private static readonly string[] AllKinds = ["noun", "participle", "root-noun", "verb", "xcomp"];

    private static LearnedTriggerModel Fixed(string code, float margin, float threshold, string[] kinds) =>
        new(new PerceptronModel(2, [Bias], [0, 1], [1], [margin]), [LearnedTriggerModel.None, code], threshold, "test") { Kinds = kinds };

    private static TidingsPipeline PipelineWith(LearnedTriggerModel? model)
    {
        var components = new List<IPipelineComponent> { Tidings.Text.Tokenizer.Default, (IPipelineComponent?)Tidings.Syntax.PerceptronTagger.Default ?? Tidings.Syntax.RuleTagger.Default };
        if (Tidings.Syntax.DependencyParser.DefaultComponent is { } parser) components.Add(parser);
        components.AddRange([Tidings.Actors.ActorRecognizer.Default, Tidings.Time.DateResolver.Default, Tidings.Places.PlaceRecognizer.Default, ShallowCoder.Default.WithTriggers(model)]);
        return new TidingsPipeline(Tidings.Pipeline.Pipeline.Create(components), EventAssembler.Default);
    }

    private static Analysis Analyze(TidingsPipeline p, string text) => p.Analyze(new Article { Id = "t", Body = text, Published = new DateOnly(2025, 5, 2) });

    /// <summary>Every candidate, coded sentences included (what the trainer reads), so the tests do not hang on the lexicon.</summary>
    private static List<TriggerCandidate> Candidates(string text)
    {
        var doc = Analyze(PipelineWith(null), text).Document;
        return ShallowCoder.Default.WithTriggers(null).LearnedTriggerCandidates(doc, includeCoded: true);
    }

    [Theory]
    // an event noun as a light verb's object: its doer is the verb's subject
    [InlineData("Peru held lengthy talks with Chile in Lima.", "talk", "PER")]
    [InlineData("Ghana staged a walkout over the new levy.", "walkout", "GHA")]
    public void An_event_noun_in_the_clause_core_is_a_candidate_with_its_doer(string text, string lemma, string source)
    {
        var c = Assert.Single(Candidates(text), c => c.Kind == "noun" && c.Lemma == lemma);
        Assert.Equal(source, c.SourceCode);
        Assert.True(c.Eligible);
    }

    [Theory]
    // a noun with no doer the tree reads is no candidate (the near case)
    [InlineData("The talks in Lima lasted a week, Peru said.", "talk")]
    [InlineData("Heavy rain flooded the valley near Chile's border.", "rain")]
    public void A_noun_without_a_doer_is_no_candidate(string text, string lemma) =>
        Assert.DoesNotContain(Candidates(text), c => c.Kind == "noun" && c.Lemma == lemma);

    [Fact]
    public void A_verb_under_another_verb_is_an_xcomp_candidate_and_a_main_verb_is_not()
    {
        var cs = Candidates("Bolivia moved to rebuke Paraguay over the dam.");
        Assert.Contains(cs, c => c.Kind == "xcomp" && c.Lemma == "rebuke");
        Assert.Contains(cs, c => c.Kind == "verb" && c.Lemma == "move");
    }

    [Fact]
    public void Every_feature_carries_its_template()
    {
        foreach (var c in Candidates("Norway ribbed Sweden over the fishing dispute."))
        {
            Assert.Equal(c.Features.Length, c.Groups.Length);
            Assert.Contains((byte)1, c.Groups);
        }
    }

    private static LexiconClassCodes SmallTable()
    {
        const string verbs = "rebuke\tverb\t111\t-\t-\nscold\tverb\t111\t-\t-\npraise\tverb\t051\t-\t-\nhold talks\tphrase\t040\twith\t-\n";
        var lexicon = CodingLexicon.Load(new StringReader(verbs), new StringReader(""));
        var classes = new WordClasses(new Dictionary<string, int[]>
        {
            ["rebuke"] = [5, 1], ["scold"] = [5, 1], ["chide"] = [5, 1], ["praise"] = [6, 1],
            ["talks"] = [9, 2], ["negotiations"] = [9, 2],
        });
        return new LexiconClassCodes(lexicon, classes);
    }

    [Theory]
    // a word the lexicon lacks takes its class-mates' root
    [InlineData("chide", 0, false, "11")]
    // a word the lexicon has sees only the others of its class: scold is still there
    [InlineData("rebuke", 0, false, "11")]
    // alone in its 256-class: nothing (its own row is left out)
    [InlineData("praise", 0, false, "")]
    // the 64-class holds both roots, the more frequent first
    [InlineData("chide", 1, false, "11,05")]
    // a phrase's last word is an event noun of the phrase's root
    [InlineData("negotiations", 0, true, "04")]
    [InlineData("unknownword", 0, false, "")]
    public void Class_roots_are_the_lexicon_roots_of_the_other_words_of_the_class(string lemma, int column, bool noun, string roots) =>
        Assert.Equal(roots, string.Join(",", SmallTable().ClassRoots(lemma, column, noun)));

    [Fact]
    public void Own_roots_are_the_words_own_rows()
    {
        var t = SmallTable();
        Assert.Equal(["11"], t.OwnRoots("rebuke", noun: false));
        Assert.Empty(t.OwnRoots("chide", noun: false));
        Assert.Equal(["04"], t.OwnRoots("talks", noun: true));
    }

    private static TriggerLine LineWith(params (string Kind, ulong[] F, byte[] G, string Y)[] cs)
    {
        var gold = new GoldSentence("x", "x", null, "dev", []);
        var candidates = cs.Select(c => new TriggerCandidate(0, 0, "w", 0, -1, "tree:subj", "tree:none", "NOR", null, false, false, c.F) { Kind = c.Kind, Groups = c.G }).ToList();
        return new TriggerLine("events-gold:dev", gold, [], candidates, [.. cs.Select(c => c.Y)]);
    }

    [Fact]
    public void The_trainer_drops_templates_and_kinds_and_cuts_labels_to_roots()
    {
        var line = LineWith(("verb", [11UL, 12UL, 13UL], [1, 40, 2], "1121"), ("noun", [21UL], [1], "040"), ("verb", [31UL], [1], LearnedTriggerModel.None));
        var o = new LearnedTriggerTraining.Options { DropGroups = new HashSet<int> { 40 }, DropKinds = new HashSet<string> { "noun" }, RootLabels = true };
        var p = Assert.Single(LearnedTriggerTraining.Project([line], o));
        Assert.Equal(2, p.Candidates.Count);
        Assert.Equal([11UL, 13UL], p.Candidates[0].Features);
        Assert.Equal(["110", LearnedTriggerModel.None], p.Labels);
        // nothing dropped: the line as it was
        var same = Assert.Single(LearnedTriggerTraining.Project([line], new LearnedTriggerTraining.Options()));
        Assert.Equal(line.Labels, same.Labels);
        Assert.Equal(line.Candidates[0].Features, same.Candidates[0].Features);
    }

    [Fact]
    public void A_trained_model_proposes_only_the_kinds_it_learned()
    {
        var line = LineWith(("verb", [Bias, 5UL], [1, 2], "111"), ("verb", [Bias, 6UL], [1, 2], LearnedTriggerModel.None));
        var model = LearnedTriggerTraining.Train([line], new LearnedTriggerTraining.Options(), 0f, "t");
        Assert.True(model.Proposes("verb"));
        Assert.False(model.Proposes("noun"));
    }

    [Fact]
    public void A_model_file_keeps_its_kinds()
    {
        var model = Fixed("111", 1f, 0.5f, ["noun", "verb"]);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        Assert.Equal(["noun", "verb"], LearnedTriggerModel.Load(ms, "memory").Kinds);
    }

    [Theory]
    // a sentence the rules code, with noun and verb candidates: nothing learned is added, whatever the model says
    [InlineData("France attacked Germany after talks with Spain collapsed.")]
    [InlineData("Peru held talks with Chile.")]
    public void The_model_never_fires_where_the_rules_coded_an_event(string text)
    {
        var rules = Analyze(PipelineWith(null), text).MentionEvents;
        Assert.NotEmpty(rules);
        var with = Analyze(PipelineWith(Fixed("111", 50f, 1f, AllKinds)), text).MentionEvents;
        Assert.DoesNotContain(with, e => e.Evidence.Rule.StartsWith("learned:", StringComparison.Ordinal));
        Assert.Equal(rules.Count, with.Count);
    }

    [Fact]
    public void A_root_label_becomes_the_roots_own_code()
    {
        // a model whose class is a folded root ("03") proposes the three-digit code of the root
        var events = Analyze(PipelineWith(Fixed("03", 5f, 1f, AllKinds)), "Norway ribbed Sweden over the fishing dispute.").MentionEvents;
        var e = Assert.Single(events, e => e.Evidence.Rule.StartsWith("learned:", StringComparison.Ordinal));
        Assert.Equal("030", e.Cameo);
    }

    [Fact]
    public void A_model_without_the_noun_kind_does_not_propose_an_event_noun()
    {
        // "X staged a walkout": verb and noun candidates; a model of verbs alone proposes from the verb only
        const string text = "Ghana staged a walkout over the new levy.";
        var verbs = Analyze(PipelineWith(Fixed("141", 5f, 1f, ["verb"])), text).MentionEvents.Where(e => e.Evidence.Rule.StartsWith("learned:", StringComparison.Ordinal));
        Assert.All(verbs, e => Assert.DoesNotContain("learned:trigger walkout", e.Evidence.Rule));
    }
}
