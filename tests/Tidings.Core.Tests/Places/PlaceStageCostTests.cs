using System.Diagnostics;
using Tidings.Documents;
using Tidings.Evaluation;
using Tidings.Pipeline;
using Tidings.Places;
using Xunit.Abstractions;

namespace Tidings.Tests.Places;

/// <summary>
/// Reports what share of the default pipeline's time the place stage takes on real news text (GeoVirus articles, read
/// from ../shared), with the bundled gazetteer. Printed, not asserted against a tight bound: shared machines are noisy.
/// </summary>
public class PlaceStageCostTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Place_stage_share_of_pipeline_time()
    {
        var corpus = GeoparseCorpus.Load(SharedData.PathOf("data/geoparsing-gritta/GeoVirus.xml"));
        var pipeline = TidingsPipeline.Default.Pipeline;
        var places = pipeline.Components.OfType<PlaceRecognizer>().Single();
        var before = Pipeline.Pipeline.Create(pipeline.Components.TakeWhile(c => c is not PlaceRecognizer));
        var after = pipeline.Components.SkipWhile(c => c is not PlaceRecognizer).Skip(1).ToList();
        var docs = corpus.Articles.Select(a => new Article { Id = a.Id, Body = a.Text }).ToList();
        // Warm up lexicons and the JIT.
        foreach (var a in docs.Take(10)) pipeline.Process(Document.FromArticle(a));
        long placeTicks = 0, totalTicks = 0;
        var watch = new Stopwatch();
        for (int run = 0; run < 3; run++)
            foreach (var a in docs)
            {
                var doc = Document.FromArticle(a);
                long t0 = Stopwatch.GetTimestamp();
                before.Process(doc);
                long t1 = Stopwatch.GetTimestamp();
                places.Process(doc);
                long t2 = Stopwatch.GetTimestamp();
                foreach (var c in after) c.Process(doc);
                long t3 = Stopwatch.GetTimestamp();
                placeTicks += t2 - t1;
                totalTicks += t3 - t0;
            }
        double share = (double)placeTicks / totalTicks;
        output.WriteLine($"place stage: {placeTicks * 1000.0 / Stopwatch.Frequency:F0} ms of {totalTicks * 1000.0 / Stopwatch.Frequency:F0} ms pipeline time ({share:P1}) over 3 × {docs.Count} articles");
        Assert.True(share < 0.5, $"place stage takes {share:P1} of pipeline time");
    }
}
