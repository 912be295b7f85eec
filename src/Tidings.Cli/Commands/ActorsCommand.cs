using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Cli.Commands;

public sealed class ActorsSettings : CommandSettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("The text whose actors to show (a sentence or a short passage).")]
    public string? Text { get; init; }

    [CommandOption("--file <FILE>")]
    [Description("Show the actors of this article instead (any input `tidings code` reads).")]
    public string? File { get; init; }

    [CommandOption("-d|--date <DATE>")]
    [Description("Publication date (YYYY-MM-DD): people are coded by the office they held on it.")]
    public string? Date { get; init; }

    [CommandOption("--lexicon <DIR>")]
    [Description("Also load actors/people-*.tsv, organizations-*.tsv and roles-*.tsv from this folder (e.g. an import-petrarch output).")]
    public string? Lexicon { get; init; }

    public override ValidationResult Validate() =>
        Text is null == File is null ? ValidationResult.Error("give either TEXT or --file FILE") : ValidationResult.Success();
}

/// <summary>
/// <c>tidings actors</c>: each actor mention the recognizer finds, with its CAMEO code, country, and why (the rule that
/// fired, and the reason when it could not be coded).
/// </summary>
public sealed class ActorsCommand : Command<ActorsSettings>
{
    public override int Execute(CommandContext context, ActorsSettings s, CancellationToken cancellationToken)
    {
        var date = Inputs.ParseDate(s.Date, "--date");
        Article article;
        if (s.File is not null)
        {
            var errors = new InputErrors();
            var articles = Inputs.Read([s.File], date, errors).ToList();
            if (articles.Count == 0) throw new CliException($"no article could be read from '{s.File}'", errors.Count > 0 ? 1 : 2);
            article = articles[0];
        }
        else article = new Article { Id = "actors", Body = s.Text!, Published = date };

        if (s.Lexicon is not null && !Directory.Exists(s.Lexicon)) throw new CliException($"--lexicon '{s.Lexicon}' is not a folder");
        var recognizer = s.Lexicon is null ? ActorRecognizer.Default : new ActorRecognizer(ActorLexicon.Load(s.Lexicon));
        var doc = Document.FromArticle(article);
        // The tagger and the parser run first, as in `tidings code`: rules that read the tree (a pronoun standing for the
        // person named before, a possessive, a subject) find here what the coder is handed.
        Pipeline.Pipeline.Create(Tidings.Evaluation.ActorEvaluator.ActorStages(recognizer)).Process(doc, cancellationToken);

        AnsiConsole.MarkupLine($"[grey]published: {Markup.Escape(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown (people coded by their latest office)")}; " +
            $"{doc.Actors.Count} actor mention(s) in {doc.SentenceCount} sentence(s)[/]");
        var table = new Table().Border(TableBorder.Simple).Expand()
            .AddColumn("sent.").AddColumn("span").AddColumn("code").AddColumn("country").AddColumn("name").AddColumn("why");
        foreach (var a in doc.Actors)
        {
            var flags = new List<string>();
            if (a.IsModifier) flags.Add("modifier");
            if (a.FormerCode is not null) flags.Add("former: " + a.FormerCode);
            string why = a.Rule + (a.Reason is null ? "" : "; " + a.Reason) + (flags.Count > 0 ? $" ({string.Join(", ", flags)})" : "");
            table.AddRow(
                doc.SentenceOf(a.Tokens.FirstToken).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(a.Tokens.TextIn(doc)),
                a.Code is null ? "[red]uncoded[/]" : $"[green]{Markup.Escape(a.Code)}[/]",
                Markup.Escape(a.Country ?? "-"),
                Markup.Escape(a.Name ?? ""),
                $"[grey]{Markup.Escape(why)}[/]");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
