using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;
using Tidings.Syntax.Neural;

namespace Tidings.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Tidings.Benchmarks -- cpu [MODEL.bin ...]</c>: the processor time of this
/// thread (getrusage RUSAGE_THREAD, Linux) for tagging and parsing the samples, instead of BenchmarkDotNet's wall time.
/// On a machine shared with other jobs (load 20–30 on 2 cores in session 13) wall times are several times the work and
/// swing by more than the differences measured; the thread's own processor time only grows by what sharing the caches costs.
/// Reports, per configuration, the minimum and the median over passes, in ms and tokens/s.
/// </summary>
internal static class ProcessorTime
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    private const int RUsageThread = 1;

    private static double ThreadMs()
    {
        if (getrusage(RUsageThread, out var u) != 0) throw new InvalidOperationException("getrusage failed");
        return (u.UtimeSec + u.StimeSec) * 1000.0 + (u.UtimeUsec + u.StimeUsec) / 1000.0;
    }

    public static int Run(string[] models, int passes = 15)
    {
        var docs = Samples.Tokenized();
        int tokens = docs.Sum(d => d.TokenCount);
        var tagger = SyntaxStages.Default().First(s => s.Name == "tagger");
        var transition = DependencyParser.Default ?? throw new InvalidOperationException("no transition parser model");
        var configs = new List<(string Name, IPipelineComponent[] Stages)>
        {
            ("tag + lemmatize", [tagger]),
            ("tag + committed transition parser", [tagger, transition]),
        };
        var inv = CultureInfo.InvariantCulture;
        foreach (var m in models)
        {
            var t0 = ThreadMs();
            var withTables = NeuralParser.Load(m);
            var t1 = ThreadMs();
            var plain = NeuralParser.Load(m, inputTables: false);
            var t2 = ThreadMs();
            Console.WriteLine($"{m}: load {(t1 - t0).ToString("0", inv)} ms with input tables ({withTables.InputTableBytes / 1e6:F1} MB), {(t2 - t1).ToString("0", inv)} ms without; {withTables.Description}");
            configs.Add(($"tag + neural {Path.GetFileName(Path.GetDirectoryName(m))}/{Path.GetFileName(m)}", [tagger, withTables]));
            configs.Add(($"tag + neural {Path.GetFileName(Path.GetDirectoryName(m))}/{Path.GetFileName(m)}, no input tables", [tagger, plain]));
            configs.Add(($"tag + committed combined with neural {Path.GetFileName(m)}", [tagger, transition.Single.CombinedWith(new DependencyParser.NeuralMember(withTables))]));
        }
        // Passes interleaved across the configurations, so a change in the machine's load touches them alike.
        var times = configs.Select(_ => new List<double>()).ToArray();
        for (int p = -2; p < passes; p++) // two warm-up passes (tiered JIT)
            for (int c = 0; c < configs.Count; c++)
            {
                double start = ThreadMs();
                foreach (var d in docs)
                    foreach (var s in configs[c].Stages) s.Process(d);
                if (p >= 0) times[c].Add(ThreadMs() - start);
            }
        Console.WriteLine($"{docs.Length} documents, {tokens} tokens, {passes} passes; processor time of the thread per pass");
        for (int c = 0; c < configs.Count; c++)
        {
            var t = times[c].Order().ToList();
            double min = t[0], med = t[t.Count / 2];
            Console.WriteLine($"{configs[c].Name,-70} min {min,8:F1} ms ({tokens / min * 1000,7:F0} tokens/s)   median {med,8:F1} ms ({tokens / med * 1000,7:F0} tokens/s)");
        }
        return 0;
    }
}
