using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using Tidings.Coding;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Evaluation;

/// <summary>One synthetic story: its prompt headline, body, and the PLOVER event type (and mode) it was written for.</summary>
public sealed record PloverStory(int Row, string Headline, string Text, string Label, string? Mode);

/// <summary>Hit rate of one PLOVER label: stories of that label that got at least one event of that type.</summary>
public sealed record PloverLabelScore(string Label, int Stories, int Hits, int Events, int Sentences)
{
    public double Rate => Metrics.Ratio(Hits, Stories);
}

public sealed record PloverSyntheticReport(IReadOnlyList<PloverLabelScore> Labels, int Stories, int Events, int Sentences, int NewsEvents, double Seconds)
{
    /// <summary>Mean over labels of the per-label hit rate.</summary>
    public double MacroRate => Labels.Count == 0 ? 0 : Labels.Average(l => l.Rate);
    public double MicroRate => Metrics.Ratio(Labels.Sum(l => l.Hits), Stories);
    public double EventsPerStory => Stories == 0 ? 0 : (double)Events / Stories;
    public double EventsPerSentence => Sentences == 0 ? 0 : (double)Events / Sentences;

    public string ToMarkdown()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"{Stories} stories, {Sentences} sentences, {Events} events ({NewsEvents} asserted news events); {Seconds:F1} s");
        sb.AppendLine(inv, $"events per story {EventsPerStory:F2}, per sentence {EventsPerSentence:F2}");
        sb.AppendLine();
        sb.AppendLine("| PLOVER label | stories | with ≥ 1 event of the label | rate |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var l in Labels) sb.AppendLine(inv, $"| {l.Label} | {l.Stories} | {l.Hits} | {l.Rate:P1} |");
        sb.AppendLine(inv, $"| **macro-average** | {Stories} | {Labels.Sum(l => l.Hits)} | **{MacroRate:P1}** (micro {MicroRate:P1}) |");
        return sb.ToString();
    }
}

/// <summary>
/// Scores the coder on the synthetic PLOVER-labelled stories of NGEC (Halterman 2023; ../shared/data/plover-synthetic-ngec):
/// for each story, whether Tidings codes at least one event (not negated) whose PLOVER type is the story's label.
/// The labels are the prompt's intended event, not human judgements, and a story also reports other events, so
/// this measures recall of the main event, not precision; over-production is reported as events per story and
/// per sentence.
/// </summary>
public static class PloverSyntheticEvaluator
{
    /// <summary>Reads the stories from the distributed zip (one CSV inside) or from the CSV itself.</summary>
    public static List<PloverStory> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"'{path}' does not exist", path);
        try
        {
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    ?? throw new InvalidDataException($"'{path}': the zip holds no .csv file");
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                return Parse(reader, path);
            }
            using var text = new StreamReader(path, Encoding.UTF8);
            return Parse(text, path);
        }
        catch (InvalidDataException) { throw; }
        catch (Exception ex) when (ex is IOException or FormatException or KeyNotFoundException)
        {
            throw new InvalidDataException($"'{path}': not a readable synthetic-story CSV ({ex.Message})", ex);
        }
    }

    public static List<PloverStory> Parse(TextReader reader, string name)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true };
        using var csv = CsvReader.Create(reader, options, true);
        csv.ReadHeader();
        int text = Column(csv, "text", name), label = Column(csv, "label", name), prompt = Column(csv, "prompt", name);
        csv.TryGetFieldIndex("mode", out int modeColumn);
        var stories = new List<PloverStory>();
        while (csv.Read())
        {
            int row = (int)csv.RowNumber;
            var l = csv.GetString(label).Trim();
            var body = csv.GetString(text);
            if (l.Length == 0 || body.Trim().Length == 0) continue;
            // The prompt is the filled-in headline, a blank line and "(Source) --": its first line is the story's headline.
            var p = csv.GetString(prompt);
            int nl = p.IndexOf('\n');
            var headline = (nl < 0 ? p : p[..nl]).Trim();
            string? mode = modeColumn >= 0 && !csv.IsEmpty(modeColumn) ? csv.GetString(modeColumn).Trim() : null;
            stories.Add(new PloverStory(row, headline, body, l.ToUpperInvariant(), string.IsNullOrEmpty(mode) ? null : mode));
        }
        return stories;
    }

    private static int Column(CsvReader csv, string column, string name) =>
        csv.TryGetFieldIndex(column, out int i) ? i
            : throw new InvalidDataException($"'{name}': no '{column}' column (expected disclaimer,text,title,source,prompt,label,mode)");

    /// <summary>Codes every story (in parallel; the pipeline is shared and thread-safe) and scores it. <paramref name="onStory"/>,
    /// when given, sees each story with whether it was hit and the events coded for it (from several threads at once).</summary>
    public static PloverSyntheticReport Evaluate(IReadOnlyList<PloverStory> stories, TidingsPipeline pipeline, bool withHeadlines = true,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default,
        Action<PloverStory, bool, IReadOnlyList<Output.CodedEvent>>? onStory = null)
    {
        var catalog = PloverCatalog.Default;
        var hit = new bool[stories.Count];
        var events = new int[stories.Count];
        var news = new int[stories.Count];
        var sentences = new int[stories.Count];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int done = 0;
        Parallel.For(0, stories.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var s = stories[i];
            var article = new Article { Id = "plover-" + s.Row.ToString(CultureInfo.InvariantCulture), Headline = withHeadlines ? s.Headline : null, Body = s.Text };
            Document doc; IReadOnlyList<Output.CodedEvent> coded;
            // Events per story and per sentence count what the coder found in each sentence (mentions), as before merging.
            try { (doc, _, coded) = pipeline.Analyze(article, cancellationToken); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"story at CSV record {s.Row} ({s.Headline}): {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}", ex);
            }
            sentences[i] = doc.SentenceCount;
            events[i] = coded.Count;
            string label = catalog.Canonical(s.Label);
            foreach (var e in coded)
            {
                if (!e.Negated && !e.Background) news[i]++;
                if (!e.Negated && catalog.Canonical(e.Plover.Type) == label) hit[i] = true;
            }
            onStory?.Invoke(s, hit[i], coded);
            int d = Interlocked.Increment(ref done);
            if (d % 100 == 0) progress?.Report(d);
        });
        var labels = stories.Select((s, i) => (s, i)).GroupBy(x => catalog.Canonical(x.s.Label))
            .Select(g => new PloverLabelScore(g.Key, g.Count(), g.Count(x => hit[x.i]), g.Sum(x => events[x.i]), g.Sum(x => sentences[x.i])))
            .OrderBy(l => l.Label, StringComparer.Ordinal).ToList();
        return new PloverSyntheticReport(labels, stories.Count, events.Sum(), sentences.Sum(), news.Sum(), watch.Elapsed.TotalSeconds);
    }
}
