using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Tidings.Documents;
using Tidings.Places;

namespace Tidings.Evaluation;

/// <summary>One gold toponym: a character span [Start, End) of the article text, its annotation type, and the gold
/// point when the corpus gives one.</summary>
/// <param name="Adjectival">An adjectival use ("Syrian troops", GeoWebNews modifierType=Adjective).</param>
public sealed record GeoToponym(int Start, int End, string Name, string Type, bool Adjectival, double? Latitude, double? Longitude)
{
    public bool HasPoint => Latitude is not null && Longitude is not null;
}

/// <summary>One gold article.</summary>
public sealed record GeoArticle(string Id, string Text, IReadOnlyList<GeoToponym> Toponyms);

/// <summary>A gold geoparsing corpus, with the number of annotations left out because their span did not match the text.</summary>
public sealed record GeoCorpus(string Name, string Format, IReadOnlyList<GeoArticle> Articles, int SkippedSpans);

/// <summary>
/// Reads the two gold corpora of Gritta et al. in their XML form (files are read at evaluation time, never shipped):
/// <list type="bullet">
/// <item>GeoVirus: <c>articles/article</c> with <c>text</c> and <c>location</c> elements (<c>name start end lat lon page</c>).
/// Its offsets are one too high (the span is text[start-1, end-1)); the reader takes whichever of the two readings
/// spells the name. Locations may be (wrongly) nested in one another, so all descendants are read.</item>
/// <item>GeoWebNews: <c>articles/article</c> with <c>text</c> and <c>toponym</c> elements (<c>extractedName type modifierType
/// start end latitude longitude</c>), offsets exact. Only toponym types (the eight types the corpus gives points for:
/// Literal, Mixed, Metonymic, Coercion, Literal_Modifier, Non_Literal_Modifier, Embedded_Literal, Embedded_Non_Lit) are
/// kept; expressions, demonyms, languages, homonyms and non-toponyms are not places to find.</item>
/// </list>
/// A span whose text is not the annotated name is skipped and counted. Broken XML or a malformed number throws
/// <see cref="InvalidDataException"/> naming the file, line and column.
/// </summary>
public static class GeoparseCorpus
{
    public static readonly IReadOnlySet<string> ToponymTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Literal", "Mixed", "Metonymic", "Coercion", "Literal_Modifier", "Non_Literal_Modifier", "Embedded_Literal", "Embedded_Non_Lit",
    };

    public static GeoCorpus Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"gold file '{path}' does not exist", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, path);
    }

    public static GeoCorpus Parse(TextReader reader, string sourceName)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{sourceName}:{ex.LineNumber}:{ex.LinePosition}: not well-formed XML: {ex.Message}", ex);
        }
        if (xml.Root is not { } root || root.Name.LocalName != "articles")
            throw new InvalidDataException($"{sourceName}: expected an <articles> root element, found <{xml.Root?.Name.LocalName}>");

        var articles = new List<GeoArticle>();
        int skipped = 0, index = 0;
        bool anyGwn = false, anyVirus = false;
        foreach (var a in root.Elements("article"))
        {
            var text = a.Element("text")?.Value ?? "";
            var id = (string?)a.Attribute("file") ?? a.Element("source")?.Value.Trim() ?? index.ToString(CultureInfo.InvariantCulture);
            index++;
            var tops = new List<GeoToponym>();
            foreach (var l in a.Descendants("location"))
            {
                anyVirus = true;
                var name = Str(l, "name");
                int start = Int(l, "start", sourceName), end = Int(l, "end", sourceName);
                // Offsets one too high in the published file; accept the exact reading too, for corrected copies.
                if (Matches(text, start - 1, end - 1, name)) { start--; end--; }
                else if (!Matches(text, start, end, name)) { skipped++; continue; }
                tops.Add(new GeoToponym(start, end, name, "Literal", false, Dbl(l, "lat", sourceName), Dbl(l, "lon", sourceName)));
            }
            foreach (var t in a.Descendants("toponym"))
            {
                anyGwn = true;
                var type = Str(t, "type");
                if (!ToponymTypes.Contains(type)) continue;
                var name = Str(t, "extractedName");
                int start = Int(t, "start", sourceName), end = Int(t, "end", sourceName);
                if (!Matches(text, start, end, name)) { skipped++; continue; }
                tops.Add(new GeoToponym(start, end, name, type, Str(t, "modifierType") == "Adjective",
                    Dbl(t, "latitude", sourceName), Dbl(t, "longitude", sourceName)));
            }
            tops.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
            articles.Add(new GeoArticle(id, text, tops));
        }
        if (articles.Count == 0) throw new InvalidDataException($"{sourceName}: no <article> elements");
        return new GeoCorpus(Path.GetFileNameWithoutExtension(sourceName), anyGwn && !anyVirus ? "GeoWebNews" : anyVirus && !anyGwn ? "GeoVirus" : "mixed",
            articles, skipped);
    }

    private static bool Matches(string text, int start, int end, string name) =>
        start >= 0 && end <= text.Length && start < end && text.AsSpan(start, end - start).SequenceEqual(name);

    private static string Str(XElement e, string child) => e.Element(child)?.Value.Trim() ?? "";

    private static int Int(XElement e, string child, string source)
    {
        var c = e.Element(child);
        if (c is not null && int.TryParse(c.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        var li = (IXmlLineInfo)(c ?? e);
        throw new InvalidDataException($"{source}:{li.LineNumber}:{li.LinePosition}: <{e.Name.LocalName}> needs an integer <{child}>, found '{c?.Value}'");
    }

    private static double? Dbl(XElement e, string child, string source)
    {
        var c = e.Element(child);
        if (c is null || c.Value.Trim().Length == 0) return null;
        if (double.TryParse(c.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) <= 180) return v;
        var li = (IXmlLineInfo)c;
        throw new InvalidDataException($"{source}:{li.LineNumber}:{li.LinePosition}: <{child}> '{c.Value}' is not a coordinate");
    }
}

/// <summary>
/// Geoparsing scores. Recognition: a predicted place span against gold toponym spans, exact (same characters) and
/// overlapping. Resolution: for every gold toponym with a point that a prediction overlaps, the great-circle distance
/// from the predicted place's point (an unresolved prediction counts as 20,039 km, half the Earth's circumference);
/// accuracy within 161 km (100 miles), mean and median error, and AUC of the log error curve (Gritta et al. 2018: 0 is
/// perfect, 1 is every answer at the antipode).
/// </summary>
public sealed record GeoparseReport(string Corpus, string Gazetteer, int Articles, int Gold, int Predicted, int ExactMatches,
    int OverlapPredicted, int OverlapGold, int Resolvable, int Within161, double MeanKm, double MedianKm, double Auc, int SkippedSpans,
    TimeSpan Elapsed, IReadOnlyList<string> Errors)
{
    public double Precision => Metrics.Ratio(ExactMatches, Predicted);
    public double Recall => Metrics.Ratio(ExactMatches, Gold);
    public double F1 => Metrics.F1(Precision, Recall);
    public double OverlapPrecision => Metrics.Ratio(OverlapPredicted, Predicted);
    public double OverlapRecall => Metrics.Ratio(OverlapGold, Gold);
    public double OverlapF1 => Metrics.F1(OverlapPrecision, OverlapRecall);
    public double Accuracy161 => Metrics.Ratio(Within161, Resolvable);


    public string ToMarkdown()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"| {Corpus} ({Articles} articles), gazetteer: {Gazetteer} | value |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(inv, $"| gold toponyms / predicted | {Gold} / {Predicted} |");
        sb.AppendLine(inv, $"| recognition exact span P / R / F1 | {Precision:P1} / {Recall:P1} / {F1:P1} |");
        sb.AppendLine(inv, $"| recognition overlapping span P / R / F1 | {OverlapPrecision:P1} / {OverlapRecall:P1} / {OverlapF1:P1} |");
        sb.AppendLine(inv, $"| resolution accuracy@161 km (of {Resolvable} recognised gold points) | {Accuracy161:P1} |");
        sb.AppendLine(inv, $"| mean / median error km | {MeanKm:F0} / {MedianKm:F0} |");
        sb.AppendLine(inv, $"| AUC of log error (lower is better) | {Auc:F3} |");
        sb.AppendLine(inv, $"| spans skipped (text ≠ name) | {SkippedSpans} |");
        sb.AppendLine(inv, $"| time | {Elapsed.TotalSeconds:F2} s |");
        return sb.ToString();
    }
}

public sealed class GeoparseEvaluator(PlaceRecognizer recognizer, string gazetteerLabel = "bundled")
{
    /// <summary>Half the Earth's circumference in km: the error charged for a recognised but unresolved toponym.</summary>
    public const double MaxErrorKm = 20039;

    /// <summary>Tokenizes each article with <see cref="Text.Tokenizer.Default"/>, runs the place recognizer and scores it.
    /// <paramref name="filter"/> selects the gold toponyms that count (default: all read); <paramref name="maxErrors"/>
    /// bounds the listed error lines (0: none).</summary>
    public GeoparseReport Evaluate(GeoCorpus corpus, Func<GeoToponym, bool>? filter = null, int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var watch = Stopwatch.StartNew();
        int gold = 0, predicted = 0, exact = 0, overlapPred = 0, overlapGold = 0;
        var errorsKm = new List<double>();
        var errors = new List<string>();
        foreach (var article in corpus.Articles)
        {
            var goldSpans = filter is null ? article.Toponyms : article.Toponyms.Where(filter).ToList();
            var predictions = Predict(article.Text);
            gold += goldSpans.Count;
            predicted += predictions.Count;
            foreach (var p in predictions)
            {
                bool any = false;
                foreach (var g in goldSpans)
                {
                    if (g.Start == p.Start && g.End == p.End) exact++;
                    if (p.Start < g.End && g.Start < p.End) any = true;
                }
                if (any) overlapPred++;
                else if (errors.Count < maxErrors) errors.Add($"{article.Id}: false place '{article.Text[p.Start..p.End]}' → {Describe(p.Mention.Place)}");
            }
            foreach (var g in goldSpans)
            {
                (int Start, int End, PlaceMention Mention)? hit = null;
                foreach (var p in predictions)
                    if (p.Start < g.End && g.Start < p.End) { hit = p; if (p.Start == g.Start && p.End == g.End) break; }
                if (hit is null)
                {
                    if (errors.Count < maxErrors) errors.Add($"{article.Id}: missed '{g.Name}' ({g.Type})");
                    continue;
                }
                overlapGold++;
                if (!g.HasPoint) continue;
                var place = hit.Value.Mention.Place;
                double km = place?.Latitude is { } lat && place.Longitude is { } lon
                    ? GeoNamesImporter.Km(g.Latitude!.Value, g.Longitude!.Value, lat, lon) : MaxErrorKm;
                errorsKm.Add(km);
                if (km > 161 && errors.Count < maxErrors)
                    errors.Add($"{article.Id}: '{g.Name}' → {Describe(place)} is {km:F0} km from gold ({g.Latitude:F2}, {g.Longitude:F2}) [{hit.Value.Mention.Reason ?? hit.Value.Mention.Rule}]");
            }
        }
        watch.Stop();
        errorsKm.Sort();
        double mean = errorsKm.Count == 0 ? 0 : errorsKm.Average();
        double median = errorsKm.Count == 0 ? 0 : errorsKm[errorsKm.Count / 2];
        return new GeoparseReport(corpus.Name, gazetteerLabel, corpus.Articles.Count, gold, predicted, exact, overlapPred, overlapGold,
            errorsKm.Count, errorsKm.Count(k => k <= 161), mean, median, Auc(errorsKm), corpus.SkippedSpans, watch.Elapsed, errors);
    }

    /// <summary>Area under the sorted log(1 + km) error curve, scaled to [0, 1] by log(1 + 20,039) (trapezoid rule).</summary>
    public static double Auc(IReadOnlyList<double> sortedKm)
    {
        if (sortedKm.Count == 0) return 0;
        if (sortedKm.Count == 1) return Math.Log(1 + sortedKm[0]) / Math.Log(1 + MaxErrorKm);
        double area = 0;
        for (int i = 1; i < sortedKm.Count; i++) area += (Math.Log(1 + sortedKm[i - 1]) + Math.Log(1 + sortedKm[i])) / 2;
        return area / (sortedKm.Count - 1) / Math.Log(1 + MaxErrorKm);
    }

    /// <summary>The recognizer's place mentions with character spans relative to <paramref name="text"/>.</summary>
    public List<(int Start, int End, PlaceMention Mention)> Predict(string text)
    {
        var doc = Document.FromArticle(new Article { Id = "geo", Body = text });
        var result = new List<(int, int, PlaceMention)>();
        if (doc.Sections.Count == 0) return result;
        Tidings.Text.Tokenizer.Default.Process(doc);
        recognizer.Process(doc);
        int shift = doc.Sections[^1].Start;
        foreach (var p in doc.Places)
            result.Add((p.Tokens.StartCharIn(doc) - shift, p.Tokens.EndCharIn(doc) - shift, p));
        return result;
    }

    private static string Describe(Place? p) =>
        p is null ? "unresolved" : string.Create(CultureInfo.InvariantCulture, $"{p.Name} ({p.Country}, {p.Feature}, {p.Latitude:F2}, {p.Longitude:F2})");
}
