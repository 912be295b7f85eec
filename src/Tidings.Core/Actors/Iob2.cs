using System.IO.Compression;
using System.Text;

namespace Tidings.Actors;

/// <summary>One sentence of an IOB2 named-entity file: its ids (when the file gives them), words and tags.</summary>
public sealed record Iob2Sentence(string? DocId, string? SentId, string[] Words, string[] Tags);

/// <summary>
/// Reads CoNLL-like IOB2 named-entity files such as Universal NER's (<c>ID FORM TAG [MISC ANNOTATOR]</c>, tab
/// separated, comment lines <c># sent_id = …</c>, a blank line after each sentence), plain or gzip-compressed
/// (".gz"). Lines of 3 columns are accepted (UNER's 2022 draft writes O tokens so). Entity types outside
/// <see cref="Types"/> (the draft's OTH, its bogus "B-O") become <c>O</c>; an <c>I-X</c> that does not continue
/// an X span is read as <c>B-X</c> (the CoNLL evaluation convention), so every returned sequence is valid IOB2.
/// </summary>
public static class Iob2
{
    /// <summary>The entity types Tidings tags: persons, organisations, locations (UNER v1's classes).</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC"];

    /// <summary>Reads every sentence of <paramref name="path"/>; a malformed line is an <see cref="InvalidDataException"/> naming file:line.</summary>
    public static List<Iob2Sentence> ReadFile(string path)
    {
        using var fs = File.OpenRead(path);
        Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        using var reader = new StreamReader(s, Encoding.UTF8);
        return Read(reader, path);
    }

    public static List<Iob2Sentence> Read(TextReader reader, string sourceName)
    {
        var result = new List<Iob2Sentence>();
        var words = new List<string>();
        var tags = new List<string>();
        string? docId = null, sentId = null;
        int lineNo = 0;
        void Flush()
        {
            if (words.Count > 0)
            {
                var t = tags.ToArray();
                Repair(t);
                result.Add(new Iob2Sentence(docId, sentId, words.ToArray(), t));
            }
            words.Clear(); tags.Clear(); sentId = null;
        }
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line)) { Flush(); continue; }
            if (line[0] == '#')
            {
                if (Comment(line, "newdoc id") is { } d) docId = d;
                else if (Comment(line, "sent_id") is { } sid) sentId = sid;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 3) throw new InvalidDataException($"{sourceName}:{lineNo}: expected at least 3 tab-separated columns (ID FORM TAG), found {f.Length}");
            if (f[1].Length == 0) throw new InvalidDataException($"{sourceName}:{lineNo}: empty word form");
            words.Add(f[1]);
            tags.Add(NormalizeTag(f[2], sourceName, lineNo));
        }
        Flush();
        return result;
    }

    private static string? Comment(string line, string key)
    {
        var s = line.AsSpan(1).TrimStart();
        if (!s.StartsWith(key, StringComparison.Ordinal)) return null;
        s = s[key.Length..].TrimStart();
        if (s.Length == 0 || s[0] != '=') return null;
        return s[1..].Trim().ToString();
    }

    // "B-PER" stays; "B-OTH", "B-O", "I-MISC" become "O"; anything not O/B-/I- is an error.
    private static string NormalizeTag(string tag, string sourceName, int lineNo)
    {
        if (tag == "O") return "O";
        if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-')
        {
            var type = tag.AsSpan(2);
            foreach (var t in Types) if (type.SequenceEqual(t)) return tag;
            return "O";
        }
        throw new InvalidDataException($"{sourceName}:{lineNo}: tag '{tag}' is not IOB2 (O, B-TYPE or I-TYPE)");
    }

    /// <summary>Rewrites an I-X that does not follow B-X or I-X as B-X.</summary>
    public static void Repair(string[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            var t = tags[i];
            if (t.Length < 3 || t[0] != 'I') continue;
            var prev = i > 0 ? tags[i - 1] : "O";
            if (prev.Length < 3 || !prev.AsSpan(2).SequenceEqual(t.AsSpan(2))) tags[i] = "B-" + t[2..];
        }
    }

    /// <summary>The spans of an IOB2 sequence (CoNLL convention: an I-X after anything but X starts a span).</summary>
    public static List<NameSpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<NameSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            bool inside = t.Length > 2 && t[0] == 'I' && type is not null && t.AsSpan(2).SequenceEqual(type);
            if (inside) continue;
            if (type is not null) spans.Add(new NameSpan(start, i, type));
            type = null;
            if (t.Length > 2 && (t[0] == 'B' || t[0] == 'I')) { start = i; type = t[2..]; }
        }
        return spans;
    }

    /// <summary>IOB2 tags for <paramref name="length"/> words with the given spans (overlaps: the later span wins).</summary>
    public static string[] ToTags(IReadOnlyList<NameSpan> spans, int length)
    {
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var s in spans)
            for (int i = Math.Max(0, s.Start); i < Math.Min(length, s.End); i++)
                tags[i] = (i == s.Start ? "B-" : "I-") + s.Type;
        return tags;
    }
}
