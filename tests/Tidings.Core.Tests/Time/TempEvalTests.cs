using System.Text;
using System.Text.RegularExpressions;
using Tidings.Documents;
using Tidings.Time;
using Xunit.Abstractions;

namespace Tidings.Tests.Time;

/// <summary>
/// Measures the date resolver on the TempEval-3 platinum test set (../shared, evaluation only): the gold DATE
/// expressions whose value is a calendar date, month or year, anchored at each document's creation time.
/// </summary>
public partial class TempEvalTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tag();
    [GeneratedRegex(@"value=""([^""]*)""")]
    private static partial Regex ValueAttr();
    [GeneratedRegex(@"type=""([^""]*)""")]
    private static partial Regex TypeAttr();
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex CalendarValue();

    [SkippableFact]
    public void Resolves_TempEval3_platinum_dates()
    {
        var dir = SharedData.PathOf("data/tempeval3-platinum");
        int gold = 0, found = 0, correct = 0, predicted = 0, predictedOnGold = 0;
        var errors = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.tml").Order())
        {
            var xml = File.ReadAllText(file);
            int t0 = xml.IndexOf("<TEXT>", StringComparison.Ordinal), t1 = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
            var dct = Regex.Match(xml, @"functionInDocument=""CREATION_TIME""[^>]*value=""(\d{4}-\d{2}-\d{2})""|value=""(\d{4}-\d{2}-\d{2})""[^>]*functionInDocument=""CREATION_TIME""");
            if (t0 < 0 || t1 < 0 || !dct.Success) continue;
            var anchor = DateOnly.Parse(dct.Groups[1].Success ? dct.Groups[1].Value : dct.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var sb = new StringBuilder();
            var timexes = new List<(int Start, int End, string Type, string Value)>();
            int last = t0 + 6;
            foreach (Match m in Tag().Matches(xml[..t1], t0 + 6))
            {
                sb.Append(System.Net.WebUtility.HtmlDecode(xml[last..m.Index]));
                if (m.Groups[2].Success)
                {
                    int s = sb.Length;
                    sb.Append(System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")));
                    timexes.Add((s, sb.Length, TypeAttr().Match(m.Groups[1].Value).Groups[1].Value, ValueAttr().Match(m.Groups[1].Value).Groups[1].Value));
                }
                last = m.Index + m.Length;
            }
            sb.Append(xml[last..t1]);
            var doc = TestDocuments.Make(sb.ToString().Trim('\n'), anchor);
            // Make() may trim nothing here (body starts at 0); offsets are relative to the body section.
            int shift = doc.Sections[^1].Start - (sb.ToString().Length - sb.ToString().TrimStart('\n').Length);
            DateResolver.Default.Process(doc);
            var spans = doc.Times.Select(t => (S: t.Tokens.StartCharIn(doc) - shift, E: t.Tokens.EndCharIn(doc) - shift, t)).ToList();
            predicted += spans.Count;
            predictedOnGold += spans.Count(p => timexes.Any(g => p.S < g.End && g.Start < p.E));
            foreach (var g in timexes.Where(g => g.Type == "DATE" && CalendarValue().IsMatch(g.Value)))
            {
                gold++;
                var hit = spans.FirstOrDefault(p => p.S < g.End && g.Start < p.E);
                if (hit.t is null) { errors.Add($"missed '{sb.ToString()[g.Start..g.End]}' = {g.Value}"); continue; }
                found++;
                if (hit.t.Value.Iso == g.Value) correct++;
                else errors.Add($"'{sb.ToString()[g.Start..g.End]}' gold {g.Value}, got {hit.t.Value.Iso ?? hit.t.Value.Reason} ({hit.t.Rule})");
            }
        }
        Skip.If(gold == 0, "no TimeML files read");
        double recall = (double)found / gold, accuracy = found == 0 ? 0 : (double)correct / found, precision = predicted == 0 ? 0 : (double)predictedOnGold / predicted;
        output.WriteLine($"gold calendar DATEs {gold}; detected {found} (recall {recall:P1}); value correct {correct} ({accuracy:P1} of detected, {(double)correct / gold:P1} of gold); predicted {predicted}, on a gold TIMEX3 {predictedOnGold} (precision {precision:P1})");
        foreach (var e in errors) output.WriteLine(e);
        Assert.True(recall >= 0.8, $"recall {recall:P1}");
        Assert.True(accuracy >= 0.9, $"value accuracy {accuracy:P1}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");
    }
}
