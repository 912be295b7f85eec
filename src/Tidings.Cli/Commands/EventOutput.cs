using Spectre.Console;
using Tidings.Output;

namespace Tidings.Cli.Commands;

/// <summary>Writes events to stdout in a chosen format; "table" is a human view, the others are for tools.</summary>
internal static class EventOutput
{
    public static readonly string[] Formats = ["table", .. EventWriters.Formats];

    public static void Validate(string format)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
            throw new CliException($"--format '{format}' is not one of: {string.Join(", ", Formats)}");
    }

    /// <summary>Streams events for machine formats; collects them for the table.</summary>
    public static IEventSink Open(string format) =>
        format == "table" ? new TableSink() : new WriterSink(EventWriters.Create(format, Console.Out));

    internal interface IEventSink : IDisposable
    {
        void Write(CodedEvent e);
        void Complete();
    }

    private sealed class WriterSink(IEventWriter writer) : IEventSink
    {
        public void Write(CodedEvent e) => writer.Write(e);
        public void Complete() { writer.Complete(); Console.Out.Flush(); }
        public void Dispose() => writer.Dispose();
    }

    private sealed class TableSink : IEventSink
    {
        private readonly List<CodedEvent> _events = new();
        public void Write(CodedEvent e) => _events.Add(e);
        public void Complete()
        {
            // Spectre assumes 80 columns when output is not a terminal; a table of events needs more.
            if (Console.IsOutputRedirected)
                AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var c) && c >= 40 ? c : 200;
            AnsiConsole.Write(Render(_events));
        }
        public void Dispose() { }
    }

    public static Table Render(IReadOnlyList<CodedEvent> events)
    {
        var t = new Table().Border(TableBorder.Rounded)
            .AddColumn("article").AddColumn("s").AddColumn("date").AddColumn("source")
            .AddColumn("CAMEO").AddColumn("target").AddColumn("PLOVER").AddColumn("place").AddColumn("trigger").AddColumn("flags");
        foreach (var e in events)
        {
            var flags = new List<string>();
            if (e.Negated) flags.Add("negated");
            if (e.Background) flags.Add("background");
            if (e.Modality != "asserted") flags.Add(e.Modality);
            if (e.Attribution?.Code is { } ac) flags.Add("per " + ac);
            t.AddRow(
                Markup.Escape(e.Article),
                // The primary sentence first, then the other sentences that report the event.
                string.Join(",", e.Mentions.Select(m => m.Sentence.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Markup.Escape(e.Date ?? "-"),
                Markup.Escape($"{e.Source.Code ?? "?"} ({e.Source.Text})"),
                Markup.Escape($"{e.Cameo} {e.CameoName}"),
                Markup.Escape(e.Target is null ? "-" : $"{e.Target.Code ?? "?"} ({e.Target.Text})"),
                Markup.Escape(e.Plover.Type + (e.Plover.Mode is { } m ? "/" + m : "")),
                Markup.Escape(e.Place?.Name ?? "-"),
                Markup.Escape(e.Evidence.Trigger),
                Markup.Escape(string.Join(", ", flags)));
        }
        t.Caption($"{events.Count} event(s)");
        return t;
    }
}
