using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tidings.Evaluation;

/// <summary>
/// Reads the NewsReader MEANTIME CAT XML files: one &lt;token t_id sentence&gt; per token and standoff
/// &lt;Markables&gt;&lt;TIMEX3 type value functionInDocument&gt; elements anchored to tokens. The corpus has no raw
/// text, so the text is rebuilt from the tokens: spaces between tokens except before closing punctuation and
/// clitics and after opening brackets and currency signs, a blank line between sentences. Only sentences
/// 0..<see cref="AnnotatedSentences"/>−1 are annotated in MEANTIME (the headline, the dateline and the first four
/// sentences), so only those are read. The DCT (functionInDocument = CREATION_TIME) gives the anchor; its
/// tokens (the dateline) are an ignored range; TIMEX3 without tokens (non-textual) are skipped.
/// </summary>
public static class MeantimeReader
{
    public const int AnnotatedSentences = 6;

    public static IReadOnlyList<TimeCorpusDocument> ReadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ReadFile).ToList();

    public static TimeCorpusDocument ReadFile(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var root = XDocument.Load(reader).Root ?? throw new InvalidDataException($"{path}: empty XML");
        return Read(root, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeCorpusDocument Parse(string xml, string id) =>
        Read(XDocument.Parse(xml).Root ?? throw new InvalidDataException($"{id}: empty XML"), id);

    private static TimeCorpusDocument Read(XElement root, string id)
    {
        var sb = new StringBuilder();
        var offsets = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        int lastSentence = -1;
        string previous = "";
        foreach (var t in root.Elements("token"))
        {
            if (!int.TryParse((string?)t.Attribute("sentence"), out int sentence) || sentence >= AnnotatedSentences) continue;
            string form = t.Value.Trim();
            if (form.Length == 0) continue;
            if (sb.Length > 0)
            {
                if (sentence != lastSentence) sb.Append("\n\n");
                else if (!AttachesLeft(form) && !AttachesRight(previous)) sb.Append(' ');
            }
            int start = sb.Length;
            sb.Append(form);
            offsets[(string?)t.Attribute("t_id") ?? ""] = (start, sb.Length);
            lastSentence = sentence;
            previous = form;
        }
        string text = sb.ToString();
        var gold = new List<GoldTimex>();
        var ignored = new List<(int, int)>();
        string? dctValue = null;
        foreach (var x in root.Element("Markables")?.Elements("TIMEX3") ?? [])
        {
            bool isDct = (string?)x.Attribute("functionInDocument") == "CREATION_TIME";
            if (isDct) dctValue ??= (string?)x.Attribute("value");
            var spans = x.Elements("token_anchor").Select(a => (string?)a.Attribute("t_id") ?? "")
                .Where(offsets.ContainsKey).Select(k => offsets[k]).ToList();
            if (spans.Count == 0) continue;
            int s = spans.Min(p => p.Start), e = spans.Max(p => p.End);
            if (isDct) { ignored.Add((s, e)); continue; }
            gold.Add(new GoldTimex(s, e, text[s..e], (string?)x.Attribute("type") ?? "", (string?)x.Attribute("value") ?? "", (string?)x.Attribute("mod")));
        }
        gold.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TimeCorpusDocument((string?)root.Attribute("doc_name") ?? id, text, TimeMlReader.ParseAnchor(dctValue), dctValue, gold, ignored);
    }

    private static bool AttachesLeft(string form) =>
        form is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "}" or "%" or "'s" or "’s" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "''";

    private static bool AttachesRight(string form) => form is "(" or "[" or "{" or "$" or "£" or "€" or "``";
}
