using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

public sealed class BenchSettings : CommandSettings
{
    [CommandArgument(0, "[PATHS]")]
    [Description("Articles to code (default: samples).")]
    public string[] Paths { get; init; } = ["samples"];

    [CommandOption("--published <DATE>")]
    public string? Published { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Timed passes over all articles (the median is reported).")]
    [DefaultValue(31)]
    public int Runs { get; init; } = 31;

    [CommandOption("--stages")]
    [Description("Also time each pipeline stage (tokenizer, tagger, parser, actors, dates, places, coder, assembly) and report its mean per pass and share.")]
    public bool Stages { get; init; }

    public override ValidationResult Validate() => Runs < 1 ? ValidationResult.Error("--runs must be at least 1") : ValidationResult.Success();
}

/// <summary>
/// <c>tidings bench</c>: single-thread throughput of the whole pipeline from text to coded events
/// (reading excluded), as the median of several passes, and the process's peak working set.
/// BenchmarkDotNet in bench/ measures the same with more rigour; this one is for users' own corpora.
/// </summary>
public sealed class BenchCommand : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings s, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var articles = Inputs.Read(s.Paths, Inputs.ParseDate(s.Published, "--published"), errors).ToList();
        if (articles.Count == 0) throw new CliException("no articles to measure");
        var pipeline = TidingsPipeline.Default;
        int sentences = 0, tokens = 0, events = 0;
        foreach (var a in articles) // warm-up pass: loads lexicons, JITs; also counts the work
        {
            var (doc, evs) = pipeline.Analyze(a, cancellationToken);
            sentences += doc.SentenceCount; tokens += doc.TokenCount; events += evs.Count;
        }
        // Further warm-up for at least two seconds: tiered JIT recompiles hot code only after many calls,
        // and the first passes would otherwise measure unoptimised code.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var a in articles) pipeline.Analyze(a, cancellationToken);
        var times = new List<double>(s.Runs);
        var cpu = new List<double>(s.Runs);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < s.Runs; r++)
        {
            double cpu0 = ThreadCpuMs();
            var sw = Stopwatch.StartNew();
            foreach (var a in articles) pipeline.Analyze(a, cancellationToken);
            times.Add(sw.Elapsed.TotalSeconds);
            cpu.Add(ThreadCpuMs() - cpu0);
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        times.Sort();
        cpu.Sort();
        double median = times[times.Count / 2];
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine($"articles: {articles.Count}, sentences: {sentences}, tokens: {tokens}, events: {events}");
        Console.Out.WriteLine($"median pass: {(median * 1000).ToString("0.00", inv)} ms over {s.Runs} run(s) (min {(times[0] * 1000).ToString("0.00", inv)}, max {(times[^1] * 1000).ToString("0.00", inv)})");
        Console.Out.WriteLine($"throughput (one thread): {(sentences / median).ToString("0", inv)} sentences/s, {(tokens / median).ToString("0", inv)} tokens/s, {(articles.Count / median).ToString("0.0", inv)} articles/s");
        if (cpu[0] >= 0)
            Console.Out.WriteLine($"processor time of the pipeline thread per pass: median {cpu[cpu.Count / 2].ToString("0.00", inv)} ms (min {cpu[0].ToString("0.00", inv)}, max {cpu[^1].ToString("0.00", inv)})");
        Console.Out.WriteLine($"allocated per pass: {(allocated / (double)s.Runs / (1024.0 * 1024)).ToString("0.00", inv)} MiB");
        Console.Out.WriteLine($"peak working set: {(self.PeakWorkingSet64 / (1024.0 * 1024)).ToString("0.0", inv)} MiB");
        if (s.Stages) ReportStages(pipeline, articles, s.Runs, cancellationToken);
        return errors.Count > 0 ? 1 : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    /// <summary>Processor time of the calling thread in ms (getrusage RUSAGE_THREAD; -1 where there is none). On a
    /// machine shared with other jobs the wall time of a pass is mostly waiting for a core; the thread's own processor
    /// time grows only by what sharing the caches costs, so it compares builds more steadily (as bench/ProcessorTime).</summary>
    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux()) return -1;
        try
        {
            if (getrusage(1, out var u) != 0) return -1;
            return (u.UtimeSec + u.StimeSec) * 1000.0 + (u.UtimeUsec + u.StimeUsec) / 1000.0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return -1; }
    }

    /// <summary>
    /// Times each stage on its own over <paramref name="runs"/> further passes (after the timed ones, so they do not
    /// slow the throughput figure) and prints its mean per pass and its share of the stages' sum. The stages run
    /// exactly as <see cref="TidingsPipeline.Analyze"/> runs them; only the stopwatch reads are added.
    /// </summary>
    private static void ReportStages(TidingsPipeline pipeline, IReadOnlyList<Documents.Article> articles, int runs, CancellationToken cancellationToken)
    {
        var components = pipeline.Pipeline.Components;
        var ticks = new long[components.Length + 1]; // the last slot: assembly, the event filter and merging
        var bytes = new long[components.Length + 1];
        for (int r = 0; r < runs; r++)
            foreach (var a in articles)
            {
                var doc = pipeline.Pipeline.Process(Documents.Document.FromArticle(a), ticks, bytes, cancellationToken);
                long b1 = GC.GetAllocatedBytesForCurrentThread();
                long t1 = Stopwatch.GetTimestamp();
                var mentions = pipeline.Assembler.Assemble(doc);
                if (pipeline.EventFilter is { } filter) mentions = filter(doc, mentions);
                Coding.EventMerger.Merge(mentions);
                ticks[^1] += Stopwatch.GetTimestamp() - t1;
                bytes[^1] += GC.GetAllocatedBytesForCurrentThread() - b1;
            }
        double total = ticks.Sum();
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ms per pass").RightAligned()).AddColumn(new TableColumn("share").RightAligned())
            .AddColumn(new TableColumn("MiB allocated per pass").RightAligned());
        for (int i = 0; i <= components.Length; i++)
        {
            string name = i < components.Length ? components[i].Name : "assembly + merge";
            double ms = ticks[i] * 1000.0 / Stopwatch.Frequency / runs;
            table.AddRow(Markup.Escape(name), ms.ToString("0.0", inv), (ticks[i] / total).ToString("P1", inv),
                (bytes[i] / (1024.0 * 1024) / runs).ToString("0.00", inv));
        }
        AnsiConsole.Write(table);
    }
}
