using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Coding;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

public sealed class ExplainSettings : CommandSettings
{
    [CommandArgument(0, "[SENTENCE]")]
    [Description("The text to explain (a sentence or a short passage).")]
    public string? Text { get; init; }

    [CommandOption("--file <FILE>")]
    [Description("Explain a sentence of this article instead.")]
    public string? File { get; init; }

    [CommandOption("--sentence <N>")]
    [Description("With --file: 0-based index of the sentence in the article (headline and deck count). Default: all.")]
    public int? Sentence { get; init; }

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) that anchors relative dates.")]
    public string? Published { get; init; }

    public override ValidationResult Validate()
    {
        if (Text is null == File is null) return ValidationResult.Error("give either a SENTENCE or --file FILE");
        if (Sentence is < 0) return ValidationResult.Error("--sentence must be 0 or more");
        return ValidationResult.Success();
    }
}

/// <summary>
/// <c>tidings explain</c>: everything the pipeline decided about a sentence — tokens and tags, actors with
/// the rule that coded them, time and place expressions, and each event with the lexicon entry that fired.
/// </summary>
public sealed class ExplainCommand : Command<ExplainSettings>
{
    // The event scorer's view of the article being explained (one command run explains one article).
    private EventScorer? _scorer;
    private readonly Dictionary<CodedEvent, float> _scores = new(ReferenceEqualityComparer.Instance);
    private bool _scorerOn;

    /// <summary>Whether the scorer, switched on, drops <paramref name="e"/>: Filter's own rule (a scored event below the
    /// threshold), read from the scores Filter gave.</summary>
    private bool Dropped(CodedEvent e) =>
        _scorerOn && _scorer is { } scorer && _scores.TryGetValue(e, out float score) && !(score >= scorer.Threshold);

    public override int Execute(CommandContext context, ExplainSettings s, CancellationToken cancellationToken)
    {
        var published = Inputs.ParseDate(s.Published, "--published");
        Article article;
        if (s.File is not null)
        {
            var errors = new InputErrors();
            var articles = Inputs.Read([s.File], published, errors).ToList();
            if (articles.Count == 0) throw new CliException($"no article could be read from '{s.File}'", errors.Count > 0 ? 1 : 2);
            article = articles[0];
        }
        else article = Inputs.TextArticle("explain", s.Text!, published);

        // Each sentence shows what the coder found in it (mention-level events); the merged events follow.
        // The rules' events first; the event scorer's score is shown beside each, and when it is on the events it drops are
        // shown as dropped and left out of the merged events, as the pipeline leaves them out.
        var (doc, _, events) = TidingsPipeline.Default.WithEventFilter(null).Analyze(article, cancellationToken);
        // Targets the learned chooser re-chose, when it is on, as the pipeline outputs them: their rule reads
        // "tgt=learned:PATH ... learned-margin=M rule-tgt=OLD" (decision 145).
        // Codes the learned code chooser re-chose within their root, when it is on: their rule ends
        // "code=learned:NEW←OLD lead=M" (decision 151).
        if (CodeChooser.Default is { } codes) events = codes.Apply(doc, events);
        if (TargetChooser.Default is { } chooser) events = chooser.Apply(doc, events);
        _scorer = EventScorer.Embedded;
        _scorerOn = EventScorer.IsOn;
        var kept = _scorer?.Filter(doc, events, _scores) ?? events;
        var all = events;
        if (_scorerOn) events = kept;
        var merged = EventMerger.Merge(events);
        if (s.Sentence is { } n && n >= doc.SentenceCount)
            throw new CliException($"--sentence {n}: the article has {doc.SentenceCount} sentence(s) (0 to {doc.SentenceCount - 1})");

        var stages = string.Join(" → ", TidingsPipeline.Default.Pipeline.Components.Select(c => c.Name));
        AnsiConsole.MarkupLine($"[grey]pipeline: {Markup.Escape(stages)}; published: {Markup.Escape(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown")}[/]");
        foreach (var sentence in doc.Sentences())
        {
            if (s.Sentence is { } only && sentence.Index != only) continue;
            ExplainSentence(doc, sentence, [.. events.Where(e => e.Sentence == sentence.Index), .. all.Where(e => e.Sentence == sentence.Index && Dropped(e))]);
        }
        if (s.Sentence is null && merged.Count > 0)
        {
            AnsiConsole.Write(new Rule($"merged events ({merged.Count} from {events.Count} mention(s))").LeftJustified());
            foreach (var e in merged)
                AnsiConsole.MarkupLine(
                    $"  [green]{Markup.Escape(e.Source.Code ?? "?")}[/] —{Markup.Escape(e.Cameo)}→ [green]{Markup.Escape(e.Target?.Code ?? "-")}[/]" +
                    $"; date {Markup.Escape(e.Date ?? "none")}; sentences {string.Join(", ", e.Mentions.Select(m => $"{m.Sentence} ({m.Evidence.Section} \"{Markup.Escape(m.Evidence.Trigger)}\")"))}");
        }
        return 0;
    }

    /// <summary>The parse as an indented tree: each word under its head, with its relation.</summary>
    internal static Tree DependencyTree(Document doc, Sentence sentence)
    {
        var tree = new Tree("[bold]dependency tree[/]");
        var children = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            int h = doc.Token(i).Head;
            if (h < sentence.FirstToken || h >= sentence.EndToken || h == i) roots.Add(i);
            else (children.TryGetValue(h, out var l) ? l : children[h] = new()).Add(i);
        }
        string Label(int i) => $"{Markup.Escape(doc.Token(i).Text)} [grey]{Markup.Escape(doc.Token(i).Relation ?? "")} {i - sentence.FirstToken}[/]";
        void Add(IHasTreeNodes parent, int i, int depth)
        {
            var node = parent.AddNode(Label(i));
            if (depth > 200 || !children.TryGetValue(i, out var kids)) return; // depth guard: a tree has no cycles, but never loop
            foreach (var k in kids) Add(node, k, depth + 1);
        }
        foreach (var r in roots) Add(tree, r, 0);
        return tree;
    }

    private void ExplainSentence(Document doc, Sentence sentence, IReadOnlyList<Output.CodedEvent> events)
    {
        AnsiConsole.Write(new Rule($"sentence {sentence.Index} ({sentence.Section.ToString().ToLowerInvariant()})").LeftJustified());
        AnsiConsole.WriteLine(sentence.Text);

        bool parsed = (doc.Annotations & Pipeline.Annotation.Dependencies) != 0;
        var tokens = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("token").AddColumn("UPOS").AddColumn("XPOS")
            .AddColumn("lemma").AddColumn("head").AddColumn("relation").AddColumn("chars");
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var t = doc.Token(i);
            string head = !parsed ? "" : t.Head < 0 ? "root" : (t.Head - sentence.FirstToken).ToString(CultureInfo.InvariantCulture);
            tokens.AddRow((i - sentence.FirstToken).ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Text),
                t.Upos.ToString(), Markup.Escape(t.Xpos ?? ""), Markup.Escape(t.Lemma), head, Markup.Escape(t.Relation ?? ""), $"{t.Start}-{t.End}");
        }
        AnsiConsole.Write(tokens);
        if (parsed) AnsiConsole.Write(DependencyTree(doc, sentence));

        bool InSentence(TokenRange r) => r.FirstToken >= sentence.FirstToken && r.FirstToken < sentence.EndToken;

        var actors = doc.Actors.Where(a => InSentence(a.Tokens)).ToList();
        AnsiConsole.MarkupLine($"[bold]actors[/] ({actors.Count})");
        foreach (var a in actors)
            AnsiConsole.MarkupLine($"  {Markup.Escape(a.Tokens.TextIn(doc))} → [green]{Markup.Escape(a.Code ?? "uncoded")}[/]" +
                $"{(a.IsModifier ? " (modifier)" : "")}  [grey]{Markup.Escape(a.Rule)}{Markup.Escape(a.Reason is null ? "" : "; " + a.Reason)}[/]");

        foreach (var t in doc.Times.Where(t => InSentence(t.Tokens)))
            AnsiConsole.MarkupLine($"  [bold]time[/] {Markup.Escape(t.Tokens.TextIn(doc))} → {Markup.Escape(t.Value.Iso ?? "unresolved")} " +
                $"({t.Value.Precision.ToString().ToLowerInvariant()})  [grey]{Markup.Escape(t.Rule)}{Markup.Escape(t.Value.Reason is null ? "" : "; " + t.Value.Reason)}[/]");
        foreach (var p in doc.Places.Where(p => InSentence(p.Tokens)))
            AnsiConsole.MarkupLine($"  [bold]place[/] {Markup.Escape(p.Tokens.TextIn(doc))} → {Markup.Escape(p.Place is null ? "unresolved" : $"{p.Place.Name}, {p.Place.Country} ({p.Place.Latitude:0.###}, {p.Place.Longitude:0.###})")}" +
                $"  [grey]{Markup.Escape(p.Rule)}{Markup.Escape(p.Reason is null ? "" : "; " + p.Reason)}[/]");

        AnsiConsole.MarkupLine($"[bold]events[/] ({events.Count})");
        foreach (var e in events)
        {
            var flags = new List<string>();
            if (e.Negated) flags.Add("negated");
            if (e.Background) flags.Add("background");
            if (e.Modality != "asserted") flags.Add(e.Modality);
            AnsiConsole.MarkupLine(
                $"  [green]{Markup.Escape(e.Source.Code ?? "?")}[/] —{Markup.Escape(e.Cameo)} {Markup.Escape(e.CameoName)}→ [green]{Markup.Escape(e.Target?.Code ?? "-")}[/]" +
                $"  PLOVER {Markup.Escape(e.Plover.Type)}{Markup.Escape(e.Plover.Mode is null ? "" : "/" + e.Plover.Mode)}, Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}, quad {e.QuadClass}" +
                $"{(flags.Count > 0 ? ", " + Markup.Escape(string.Join(", ", flags)) : "")}");
            AnsiConsole.MarkupLine($"    trigger \"{Markup.Escape(e.Evidence.Trigger)}\", rule [grey]{Markup.Escape(e.Evidence.Rule)}[/]" +
                $"; date {Markup.Escape(e.Date ?? "none")} ({Markup.Escape(e.DatePrecision)}){(e.Place is null ? "" : "; place " + Markup.Escape(e.Place.Name ?? "?"))}" +
                $"{(e.Attribution is null ? "" : "; according to " + Markup.Escape(e.Attribution.Code ?? e.Attribution.Text))}");
            if (_scorer is not null && _scores.TryGetValue(e, out float score))
                AnsiConsole.MarkupLine($"    event scorer {score.ToString("0.00", CultureInfo.InvariantCulture)} (threshold {_scorer.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}): " +
                    (Dropped(e) ? "[red]dropped[/]" : score < _scorer.Threshold ? "would be dropped (the scorer is off)" : "kept"));
        }
    }
}
