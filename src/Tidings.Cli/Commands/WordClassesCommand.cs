using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Actors;
using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Text;

namespace Tidings.Cli.Commands;

public sealed class WordClassesSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Unlabeled text: IOB2 (.iob2[.gz], words only), CoNLL-U (.conllu[.gz]), XML/TimeML (.xml/.tml, element text), the NGEC synthetic-story CSV (.csv/.zip, its text column), or folders of these.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <FILE>")]
    [Description("Output file (word TAB class). Default: data/models/wordclasses.tsv.")]
    [DefaultValue("data/models/wordclasses.tsv")]
    public string Out { get; init; } = "data/models/wordclasses.tsv";

    [CommandOption("--classes <N>")]
    [Description("Class count; several, comma-separated (e.g. 256,64), give one column per clustering.")]
    [DefaultValue("256")]
    public string Classes { get; init; } = "256";

    public int[] ClassCounts => Classes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(x => int.TryParse(x, out int n) ? n : -1).ToArray();

    [CommandOption("--min-count <N>")]
    [Description("Words seen fewer times share the unknown-word class and are not written.")]
    [DefaultValue(3)]
    public int MinCount { get; init; } = 3;

    [CommandOption("--passes <N>")]
    [DefaultValue(15)]
    public int Passes { get; init; } = 15;

    public override ValidationResult Validate() =>
        Paths.Length == 0 ? ValidationResult.Error("give at least one file or folder")
        : ClassCounts is [] || ClassCounts.Any(c => c is < 2 or > 4096) ? ValidationResult.Error("--classes must be numbers between 2 and 4096")
        : ValidationResult.Success();
}

/// <summary>
/// <c>tidings wordclasses</c>: computes distributional word classes (<see cref="WordClasses"/>, exchange algorithm)
/// from unlabeled text, for the name tagger's class features. The output holds single normalized word forms and
/// their class numbers, never sentences.
/// </summary>
public sealed partial class WordClassesCommand : Command<WordClassesSettings>
{
    public override int Execute(CommandContext context, WordClassesSettings s, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string m) => AnsiConsole.MarkupLineInterpolated($"[grey]{clock.Elapsed:mm\\:ss}[/] {m}");
        var files = new List<string>();
        foreach (var p in s.Paths)
        {
            if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(Readable).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else throw new CliException($"'{p}' is neither a file nor a folder", 2);
        }
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var f in files)
        {
            int before = sentences.Count;
            foreach (var sentence in Read(f)) sentences.Add(sentence.Select(WordClasses.Normalize).ToArray());
            Progress($"{f}: {sentences.Count - before:N0} sentences");
        }
        WordClasses? classes = null;
        foreach (int k in s.ClassCounts)
        {
            var one = WordClasses.Train(sentences, k, s.MinCount, s.Passes, Progress);
            classes = classes is null ? one : classes.Join(one);
        }
        using (var w = new StreamWriter(s.Out))
            classes!.Write(w, [
                "Distributional word classes (exchange algorithm; Tidings.Learning.WordClasses), computed by",
                $"tidings wordclasses --classes {s.Classes} --min-count {s.MinCount} --passes {s.Passes} from: " + string.Join(", ", s.Paths.Select(Path.GetFileName)),
                "Normalized word forms (lower case, digits as 0) and class numbers only; see NOTICE for the corpora.",
            ]);
        Progress($"wrote {s.Out}: {classes!.WordCount:N0} words, {s.Classes} classes");
        return 0;
    }

    private static bool Readable(string f) =>
        f.EndsWith(".iob2", StringComparison.Ordinal) || f.EndsWith(".iob2.gz", StringComparison.Ordinal) || f.EndsWith(".conllu", StringComparison.Ordinal)
        || f.EndsWith(".conllu.gz", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".tml", StringComparison.Ordinal)
        || f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal);

    private static IEnumerable<IReadOnlyList<string>> Read(string f)
    {
        if (f.EndsWith(".iob2", StringComparison.Ordinal) || f.EndsWith(".iob2.gz", StringComparison.Ordinal))
            return Iob2.ReadFile(f).Select(x => (IReadOnlyList<string>)x.Words);
        if (f.EndsWith(".conllu", StringComparison.Ordinal) || f.EndsWith(".conllu.gz", StringComparison.Ordinal))
            return TrainCommand.ReadTreebank(f).Select(x => (IReadOnlyList<string>)x.Words.Select(w => w.Form).ToArray());
        if (f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal))
            return PloverSyntheticEvaluator.Load(f).Select(st => Tokens(st.Text));
        // XML: the text between tags as one token sequence (MEANTIME has one token per line, so lines are not sentences)
        return [Tokens(WebUtility.HtmlDecode(Tag().Replace(File.ReadAllText(f), " ")))];
    }

    private static IReadOnlyList<string> Tokens(string text) => Tokenizer.TokenStrings(text, splitHyphens: true);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
