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
