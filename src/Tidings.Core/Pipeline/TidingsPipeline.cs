using Tidings.Coding;
using Tidings.Documents;
using Tidings.Output;

namespace Tidings.Pipeline;

/// <summary>
/// The default Tidings pipeline: segment and tokenize, tag, recognise actors, resolve dates and places,
/// code events; then assemble the output records. Built once (lexicons load lazily on first use) and
/// shared by all threads.
/// </summary>
public sealed class TidingsPipeline
{
    private static readonly Lazy<TidingsPipeline> s_default = new(() => new TidingsPipeline(
        Pipeline.Create(DefaultComponents()), EventAssembler.Default).WithChooserAndScorer(TargetChooser.Default, EventScorer.Default).WithCodeChooser(CodeChooser.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static IEnumerable<IPipelineComponent> DefaultComponents()
    {
        yield return Text.Tokenizer.Default;
        // The trained tagger and parser when this build embeds their models, else the rule tagger alone.
        yield return (IPipelineComponent?)Syntax.PerceptronTagger.Default ?? Syntax.RuleTagger.Default;
        if (Syntax.DependencyParser.DefaultComponent is { } parser) yield return parser;
        yield return Actors.ActorRecognizer.Default;
        yield return Time.DateResolver.Default;
        yield return Places.PlaceRecognizer.Default;
        yield return ShallowCoder.Default;
    }

    public TidingsPipeline(Pipeline pipeline, EventAssembler assembler)
    {
        Pipeline = pipeline;
        Assembler = assembler;
    }

    public static TidingsPipeline Default => s_default.Value;

    public Pipeline Pipeline { get; }
    public EventAssembler Assembler { get; }

    /// <summary>
    /// Applied to an article's assembled events before they are merged, so mentions and merged events agree: the
    /// default pipeline's is <see cref="EventScorer.Filter"/> when a scorer model is embedded and <see cref="EventScorer.IsOn"/>
    /// (<see cref="EventScorer.SwitchVariable"/>, default <see cref="EventScorer.OnByDefault"/>), else null (every
    /// assembled event is kept).
    /// </summary>
    public Func<Document, IReadOnlyList<CodedEvent>, IReadOnlyList<CodedEvent>>? EventFilter { get; init; }

    /// <summary>This pipeline's stages and assembler with <paramref name="filter"/> as its event filter (null: none).</summary>
    public TidingsPipeline WithEventFilter(Func<Document, IReadOnlyList<CodedEvent>, IReadOnlyList<CodedEvent>>? filter) =>
        new(Pipeline, Assembler) { EventFilter = filter };

    /// <summary>This pipeline with <paramref name="scorer"/>'s <see cref="EventScorer.Filter"/> as its event filter (null: none).</summary>
    public TidingsPipeline WithEventScorer(EventScorer? scorer) =>
        WithEventFilter(scorer is null ? null : (d, e) => scorer.Filter(d, e));

    /// <summary>
    /// This pipeline with <paramref name="chooser"/>'s <see cref="TargetChooser.Apply"/> and then <paramref name="scorer"/>'s
    /// <see cref="EventScorer.Filter"/> as its event filter (either null: that step is left out). Targets are re-chosen first,
    /// so the scorer sees the events as they will be output (decision 145).
    /// </summary>
    public TidingsPipeline WithChooserAndScorer(TargetChooser? chooser, EventScorer? scorer) =>
        chooser is null ? WithEventScorer(scorer)
        : WithEventFilter(scorer is null ? (d, e) => chooser.Apply(d, e) : (d, e) => scorer.Filter(d, chooser.Apply(d, e)));

    /// <summary>
    /// This pipeline with <paramref name="chooser"/>'s <see cref="CodeChooser.Apply"/> run on the rules' events before its
    /// event filter (null: unchanged). Codes are re-chosen on the events as the rules coded them, as the chooser was
    /// trained (decision 151); the target chooser and scorer then see the re-chosen codes.
    /// </summary>
    public TidingsPipeline WithCodeChooser(CodeChooser? chooser) =>
        chooser is null ? this
        : WithEventFilter(EventFilter is { } then ? (d, e) => then(d, chooser.Apply(d, e)) : (d, e) => chooser.Apply(d, e));

    /// <summary>
    /// Analyses one article and returns the annotated document with its coded events, merged (one per
    /// event, every mention kept) and as mentions (one per sentence that reports an event).
    /// </summary>
    public Analysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        var doc = Document.FromArticle(article);
        Pipeline.Process(doc, cancellationToken);
        var mentions = Assembler.Assemble(doc);
        if (EventFilter is { } filter) mentions = filter(doc, mentions);
        return new Analysis(doc, EventMerger.Merge(mentions), mentions);
    }
}

/// <summary>What <see cref="TidingsPipeline.Analyze"/> found in one article.</summary>
/// <param name="Document">The annotated document.</param>
/// <param name="Events">The events users see: one per (source, target, code, date) of the article, with
/// every mention (<see cref="EventMerger"/>).</param>
/// <param name="MentionEvents">One event per sentence that reports it, as the coder found them; what
/// sentence-level evaluation scores.</param>
public sealed record Analysis(Document Document, IReadOnlyList<CodedEvent> Events, IReadOnlyList<CodedEvent> MentionEvents)
{
    /// <summary><c>var (doc, events) = pipeline.Analyze(article)</c>: the document and the merged events.</summary>
    public void Deconstruct(out Document document, out IReadOnlyList<CodedEvent> events)
    {
        document = Document;
        events = Events;
    }
}
