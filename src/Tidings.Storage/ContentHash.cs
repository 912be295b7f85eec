using System.Security.Cryptography;
using System.Text;
using Tidings.Documents;

namespace Tidings.Storage;

/// <summary>
/// The identity of an article's content, used to store each article once however often it is read (a feed
/// polled twice, the same wire story from two crawls). SHA-256, as 64 lower-case hex digits, of the
/// normalised headline, a line feed, and the normalised body. Normalisation removes differences that
/// copies of one story pick up on the way: case, runs of white space (including no-break and zero-width
/// spaces), typographic quotes and dashes. The deck, dateline, URL and dates are not part of the identity.
/// </summary>
public static class ContentHash
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Of(article.Headline, article.Body);
    }

    public static string Of(string? headline, string? body)
    {
        var sb = new StringBuilder((headline?.Length ?? 0) + (body?.Length ?? 0) + 1);
        Normalise(headline, sb);
        sb.Append('\n');
        Normalise(body, sb);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Appends the normalised text: lower case, single spaces, no leading/trailing space, ASCII quotes and hyphens.</summary>
    internal static void Normalise(string? text, StringBuilder sb)
    {
        if (string.IsNullOrEmpty(text)) return;
        int begin = sb.Length;
        bool pendingSpace = false;
        foreach (var raw in text)
        {
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0', // invisible: dropped
                _ => raw,
            };
            if (c == '\0') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { pendingSpace = true; continue; }
            if (pendingSpace && sb.Length > begin) sb.Append(' ');
            pendingSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
    }
}
