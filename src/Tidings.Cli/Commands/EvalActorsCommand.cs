using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Evaluation;

namespace Tidings.Cli.Commands;

public sealed class EvalActorsSettings : CommandSettings
{
    [CommandArgument(0, "[GOLD]")]
    [Description("Actor gold file (JSON lines; default gold/actors-gold.jsonl).")]
    [DefaultValue("gold/actors-gold.jsonl")]
    public string Gold { get; init; } = "gold/actors-gold.jsonl";

    [CommandOption("--split <NAME>")]
    [Description("Score only records of this split (dev, test, blind, blind2, blind3, blind4, blind5, blind6).")]
    public string? Split { get; init; }

    [CommandOption("--errors")]
    [Description("Also list misses, extras and wrong codes.")]
    public bool ShowErrors { get; init; }
}

/// <summary><c>tidings eval-actors</c>: actor mention detection P/R/F1 and CAMEO code accuracy on an actor gold file.</summary>
public sealed class EvalActorsCommand : Command<EvalActorsSettings>
{
    public override int Execute(CommandContext context, EvalActorsSettings s, CancellationToken cancellationToken)
    {
        if (!File.Exists(s.Gold)) throw new CliException($"gold file '{s.Gold}' does not exist");
        IReadOnlyList<GoldActorRecord> gold;
        try { gold = ActorEvaluator.ReadGold(s.Gold); }
        catch (FormatException e) { throw new CliException(e.Message); }
        var selected = gold.Where(g => s.Split is null || string.Equals(g.Split, s.Split, StringComparison.OrdinalIgnoreCase)).ToList();
        if (selected.Count == 0) throw new CliException($"gold file '{s.Gold}' has no record{(s.Split is null ? "" : $" in split '{s.Split}'")}");
        var report = ActorEvaluator.Evaluate(selected);
        Console.Out.WriteLine(report.Summary());
        if (s.ShowErrors) Console.Out.Write(report.Errors());
        return 0;
    }
}
