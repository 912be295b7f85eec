using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;

namespace Tidings.Cli.Commands;

public sealed class ParseSettings : CommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Article files, folders, or - for standard input (text, HTML, JSON lines, RSS/Atom).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: conllu (CoNLL-U, for UD tools).")]
    [DefaultValue("conllu")]
    public string Format { get; init; } = "conllu";

    [CommandOption("--ud-tokens")]
    [Description("Split hyphenated compounds as UD English-EWT does (\"14 - year\"); by default they stay whole, as the coder sees them.")]
    public bool UdTokens { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Write to FILE instead of standard output.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0) return ValidationResult.Error("give at least one file, folder or -");
        if (Format != "conllu") return ValidationResult.Error($"unknown --format '{Format}': expected conllu");
        return ValidationResult.Success();
    }
}

/// <summary><c>tidings parse</c>: segments, tokenizes, tags and parses articles and writes CoNLL-U.</summary>
public sealed class ParseCommand : Command<ParseSettings>
{
    public override int Execute(CommandContext context, ParseSettings s, CancellationToken cancellationToken)
    {
        var stages = new List<IPipelineComponent> { s.UdTokens ? Text.Tokenizer.UniversalDependencies : Text.Tokenizer.Default };
        stages.AddRange(SyntaxStages.Load(null, null));
        var pipeline = Pipeline.Pipeline.Create(stages);
        var errors = new InputErrors();
        TextWriter output;
        try { output = s.Out is null ? Console.Out : new StreamWriter(s.Out); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliException($"cannot write '{s.Out}': {e.Message}"); }
        output.NewLine = "\n";
        try
        {
            foreach (var article in Inputs.Read(s.Paths, null, errors))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = pipeline.Process(Document.FromArticle(article), cancellationToken);
                output.WriteLine("# newdoc id = " + article.Id);
                for (int i = 0; i < doc.SentenceCount; i++)
                    Conllu.Write(output, ConlluExport.Sentence(doc, i, $"{article.Id}-{i + 1}"));
            }
        }
        finally
        {
            if (s.Out is not null) output.Dispose(); else output.Flush();
        }
        return errors.Count > 0 ? 1 : 0;
    }
}
