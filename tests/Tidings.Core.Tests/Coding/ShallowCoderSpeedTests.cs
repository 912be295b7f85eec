using System.Diagnostics;
using System.Text;
using Tidings.Coding;
using Xunit.Abstractions;

namespace Tidings.Tests.Coding;

public class ShallowCoderSpeedTests(ITestOutputHelper output)
{
    /// <summary>Codes 3,000 sentences in one document and reports throughput; checks every copy yields its events.</summary>
    [Fact]
    public void Codes_thousands_of_sentences_quickly()
    {
        const int copies = 1000;
        var sb = new StringBuilder();
        for (int i = 0; i < copies; i++)
            sb.Append("[Russia|RUSGOV] condemned [Israeli|ISR|mod] strikes on [Syria|SYR]. ")
              .Append("The weather in the capital was mild for most of the week. ")
              .Append("[Egyptian officials|EGYGOV] held talks with [Hamas|PSEREB] in Cairo on Sunday, the agency said. ");
        var coder = ShallowCoder.Default;
        var doc = TestDoc.Create(sb.ToString());
        var sw = new Stopwatch();
        for (int round = 0; round < 3; round++) // the last round is measured: lexicon loaded, JIT tiered up
        {
            doc = TestDoc.Create(sb.ToString());
            sw.Restart();
            coder.Process(doc);
            sw.Stop();
        }
        Assert.Equal(3 * copies, doc.Events.Count);
        output.WriteLine($"{doc.SentenceCount} sentences, {doc.TokenCount} tokens in {sw.Elapsed.TotalMilliseconds:F1} ms " +
                         $"({doc.TokenCount / sw.Elapsed.TotalSeconds:F0} tokens/s)");
    }
}

public class ShallowCoderThreadingTests
{
    /// <summary>One coder serves many threads: results equal the single-threaded ones.</summary>
    [Fact]
    public void Parallel_use_gives_the_same_events()
    {
        string[] sentences =
        [
            "[Russia|RUSGOV] condemned [Israeli|ISR|mod] strikes on [Syria|SYR].",
            "[Armenia|ARMGOV] and [Azerbaijan|AZEGOV] held talks in Washington.",
            "[The United Nations|IGOUNO] urged [Ethiopia|ETHGOV] to release the detained journalists.",
        ];
        var expected = sentences.Select(s => { var d = TestDoc.Create(s); ShallowCoder.Default.Process(d); return string.Join(";", TestDoc.Triples(d)); }).ToArray();
        var results = new string[300];
        Parallel.For(0, results.Length, i =>
        {
            var d = TestDoc.Create(sentences[i % sentences.Length]);
            ShallowCoder.Default.Process(d);
            results[i] = string.Join(";", TestDoc.Triples(d));
        });
        for (int i = 0; i < results.Length; i++) Assert.Equal(expected[i % sentences.Length], results[i]);
    }
}

public class ShallowCoderAttachmentTests
{
    [Fact]
    public void Time_and_place_mentions_in_the_clause_are_attached_when_present()
    {
        var doc = TestDoc.Create("[Egyptian officials|EGYGOV] held talks with [Hamas|PSEREB] in Cairo on Sunday; the rain stopped in Alexandria.");
        int cairo = Enumerable.Range(0, doc.TokenCount).First(i => doc.Token(i).Text == "Cairo");
        int sunday = Enumerable.Range(0, doc.TokenCount).First(i => doc.Token(i).Text == "Sunday");
        int alex = Enumerable.Range(0, doc.TokenCount).First(i => doc.Token(i).Text == "Alexandria");
        doc.Times.Add(new Tidings.Time.TimeMention(new Tidings.Documents.TokenRange(sunday, sunday + 1), new Tidings.Time.TimeValue(new DateOnly(2025, 3, 2), Tidings.Time.DatePrecision.Day), "test"));
        doc.Places.Add(new Tidings.Places.PlaceMention(new Tidings.Documents.TokenRange(alex, alex + 1), null, "test"));
        doc.Places.Add(new Tidings.Places.PlaceMention(new Tidings.Documents.TokenRange(cairo, cairo + 1), null, "test"));
        ShallowCoder.Default.Process(doc);
        var e = Assert.Single(doc.Events);
        Assert.Equal(0, e.Time);
        Assert.Equal(1, e.Place); // Alexandria is in another clause
    }

    [Fact]
    public void A_duration_does_not_date_an_event()
    {
        var doc = TestDoc.Create("[Egyptian officials|EGYGOV] held talks with [Hamas|PSEREB] for three days.");
        int three = Enumerable.Range(0, doc.TokenCount).First(i => doc.Token(i).Text == "three");
        doc.Times.Add(new Tidings.Time.TimeMention(new Tidings.Documents.TokenRange(three, three + 2), Tidings.Time.TimeValue.Unresolved("a duration"), "test"));
        ShallowCoder.Default.Process(doc);
        Assert.Equal(-1, Assert.Single(doc.Events).Time);
    }
}
