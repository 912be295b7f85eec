using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tidings.Evaluation;

/// <summary>One gold TIMEX3: its character extent [Start, End) in <see cref="TimeCorpusDocument.Text"/>, type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Text, string Type, string Value, string? Mod = null);

/// <summary>
/// A document of a time-expression corpus: the raw text the system reads, the creation time (DCT, the anchor), the
/// gold TIMEX3 in the text (the DCT itself excluded: it is metadata), and character ranges where predictions are
/// neither right nor wrong (a MEANTIME dateline that is the DCT).
/// </summary>
public sealed record TimeCorpusDocument(string Id, string Text, DateOnly? Anchor, string? DctValue,
    IReadOnlyList<GoldTimex> Timexes, IReadOnlyList<(int Start, int End)> Ignored);

/// <summary>
/// Reads TimeML 1.2 files (.tml, as in TempEval-3): the DCT from &lt;DCT&gt;&lt;TIMEX3 value&gt;, the raw text from
/// &lt;TEXT&gt; with every tag stripped, and the inline TIMEX3 of the text with their character offsets.
/// </summary>
public static class TimeMlReader
{
    public static IReadOnlyList<TimeCorpusDocument> ReadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ReadFile).ToList();

    public static TimeCorpusDocument ReadFile(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root ?? throw new InvalidDataException($"{path}: empty XML");
        return Read(root, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeCorpusDocument Parse(string xml, string id)
    {
        var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root ?? throw new InvalidDataException($"{id}: empty XML");
        return Read(root, id);
    }

    private static TimeCorpusDocument Read(XElement root, string id)
    {
        var dct = root.Element("DCT")?.Element("TIMEX3") ?? root.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
        string? dctValue = (string?)dct?.Attribute("value");
        var text = root.Element("TEXT") ?? throw new InvalidDataException($"{id}: no <TEXT>");
        var sb = new StringBuilder();
        var timexes = new List<GoldTimex>();
        Walk(text, sb, timexes, dct);
        return new TimeCorpusDocument((string?)root.Element("DOCID") ?? id, sb.ToString(), ParseAnchor(dctValue), dctValue, timexes, []);
    }

    private static void Walk(XElement e, StringBuilder sb, List<GoldTimex> timexes, XElement? dct)
    {
        foreach (var node in e.Nodes())
        {
            if (node is XText t) sb.Append(t.Value);
            else if (node is XElement child)
            {
                int start = sb.Length;
                Walk(child, sb, timexes, dct);
                if (child.Name.LocalName == "TIMEX3" && child != dct && (string?)child.Attribute("functionInDocument") != "CREATION_TIME")
                    timexes.Add(new GoldTimex(start, sb.Length, sb.ToString(start, sb.Length - start), (string?)child.Attribute("type") ?? "",
                        (string?)child.Attribute("value") ?? "", (string?)child.Attribute("mod")));
            }
        }
    }

    /// <summary>The calendar day of a DCT value ("2013-03-22", "2013-03-22T10:00"), null when it names none.</summary>
    public static DateOnly? ParseAnchor(string? value)
    {
        if (value is null || value.Length < 10) return null;
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
