using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Tidings.Documents;
using Tidings.Time;
using Xunit.Abstractions;

namespace Tidings.Tests.Time;

/// <summary>
/// Measures the date resolver on MEANTIME (120 Wikinews articles, ../shared, read at test time) using the corpus's
/// own tokens and sentences, so it also checks that the resolver works on another tokenizer's output. Gold: TIMEX3
/// of type DATE whose value is a calendar day, month or year, anchored at the article's creation time.
/// </summary>
public partial class MeantimeTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex CalendarValue();

    [SkippableFact]
    public void Resolves_MEANTIME_dates()
    {
        var root = SharedData.PathOf("data/meantime-english/intra-doc_annotation");
        int gold = 0, found = 0, correct = 0, predicted = 0, onGold = 0, docs = 0;
        var errors = new List<string>();
        var falsePositives = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.xml", SearchOption.AllDirectories).Order())
        {
            var x = XDocument.Load(file).Root!;
            var tokens = x.Elements("token").Select(t => (Id: (string)t.Attribute("t_id")!, Sent: (int)t.Attribute("sentence")!, Text: t.Value)).ToList();
            var timexes = x.Element("Markables")?.Elements("TIMEX3").ToList() ?? [];
            var dct = timexes.FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
            if (tokens.Count == 0 || dct is null || !DateOnly.TryParse((string?)dct.Attribute("value"), System.Globalization.CultureInfo.InvariantCulture, out var anchor)) continue;
            docs++;
            // Text: tokens separated by one space, so the corpus's tokenization is used unchanged.
            var sb = new StringBuilder();
            var starts = new int[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0) sb.Append(tokens[i].Sent != tokens[i - 1].Sent ? '\n' : ' ');
                starts[i] = sb.Length;
                sb.Append(tokens[i].Text.Length == 0 ? "_" : tokens[i].Text);
            }
            var doc = new Document(sb.ToString(), new Article { Id = Path.GetFileName(file), Body = sb.ToString(), Published = anchor });
            var index = new Dictionary<string, int>();
            for (int i = 0; i < tokens.Count; i++) { doc.AddToken(starts[i], starts[i] + Math.Max(1, tokens[i].Text.Length)); index[tokens[i].Id] = i; }
            for (int i = 0, s = 0; i <= tokens.Count; i++)
                if (i == tokens.Count || (i > s && tokens[i].Sent != tokens[i - 1].Sent)) { doc.AddSentence(s, i, SectionKind.Body); s = i; }
            DateResolver.Default.Process(doc);
            // MEANTIME annotates only the headline and the first sentences (sentence numbers 0–5): score precision there.
            var annotated = doc.Times.Where(t => tokens[t.Tokens.FirstToken].Sent <= 5).ToList();
            predicted += annotated.Count;
            var goldSets = timexes.Where(t => t != dct)
                .Select(t => (Type: (string?)t.Attribute("type"), Value: (string?)t.Attribute("value") ?? "",
                              Tokens: t.Elements("token_anchor").Select(a => index.GetValueOrDefault((string)a.Attribute("t_id")!, -1)).Where(n => n >= 0).ToHashSet()))
                .Where(g => g.Tokens.Count > 0).ToList();
            onGold += annotated.Count(t => goldSets.Any(g => g.Tokens.Any(t.Tokens.Contains)));
            var dctTokens = dct.Elements("token_anchor").Select(a => index.GetValueOrDefault((string)a.Attribute("t_id")!, -1)).ToHashSet();
            onGold += annotated.Count(t => dctTokens.Any(t.Tokens.Contains) && !goldSets.Any(g => g.Tokens.Any(t.Tokens.Contains))); // the dateline date is the creation time itself
            foreach (var t in annotated.Where(t => !goldSets.Any(g => g.Tokens.Any(t.Tokens.Contains)) && !dctTokens.Any(t.Tokens.Contains)).Take(3))
                if (falsePositives.Count < 40) falsePositives.Add($"extra '{t.Tokens.TextIn(doc)}' ({t.Rule}) in: {doc.Sentence(doc.SentenceOf(t.Tokens.FirstToken)).Text}");
            foreach (var g in goldSets.Where(g => g.Type == "DATE" && CalendarValue().IsMatch(g.Value)))
            {
                gold++;
                var hit = doc.Times.FirstOrDefault(t => g.Tokens.Any(t.Tokens.Contains));
                string goldText = string.Join(' ', g.Tokens.Order().Select(n => tokens[n].Text));
                if (hit is null) { errors.Add($"missed '{goldText}' = {g.Value} in: {doc.Sentence(doc.SentenceOf(g.Tokens.Min())).Text}"); continue; }
                found++;
                if (hit.Value.Iso == g.Value) correct++;
                else errors.Add($"'{goldText}' gold {g.Value}, got {hit.Value.Iso ?? hit.Value.Reason} ({hit.Rule}), anchor {anchor:yyyy-MM-dd}");
            }
        }
        Skip.If(gold == 0, "no MEANTIME documents read");
        double recall = (double)found / gold, accuracy = (double)correct / Math.Max(1, found), precision = (double)onGold / Math.Max(1, predicted);
        output.WriteLine($"{docs} documents; gold calendar DATEs {gold}; detected {found} (recall {recall:P1}); value correct {correct} ({accuracy:P1} of detected, {(double)correct / gold:P1} of gold); predicted {predicted}, on a gold TIMEX3 {onGold} (precision {precision:P1})");
        foreach (var e in errors.Take(60)) output.WriteLine(e);
        foreach (var e in falsePositives) output.WriteLine(e);
        Assert.True(recall >= 0.8, $"recall {recall:P1}");
        Assert.True(accuracy >= 0.88, $"value accuracy {accuracy:P1}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");
    }
}
