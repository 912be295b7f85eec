using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Tidings.Reading;

/// <summary>
/// Turns the bytes of an input into text, refusing binary data. Accepts UTF-8 (with or without BOM),
/// UTF-16 with a BOM, and — when the bytes are not UTF-8 but contain no control characters — legacy
/// Latin-1 text, with a warning. Line endings become "\n" (CR LF, lone CR, U+2028/U+2029, NEL).
/// </summary>
public static class TextDecoding
{
    /// <summary>Largest share of invalid UTF-8 sequences tolerated (replaced with U+FFFD) before the input counts as not UTF-8.</summary>
    public const double InvalidUtf8Tolerance = 0.001;

    /// <summary>Largest share of C0 control bytes (other than tab, LF, CR, FF) in text; above it the input is binary.</summary>
    public const double ControlTolerance = 0.001;

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127]);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Returns null and sets <paramref name="error"/> when the bytes are
    /// not text; <paramref name="warning"/> is set when text was recovered with losses.
    /// </summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error, out string? warning)
    {
        error = null;
        warning = null;
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bool little = bytes[0] == 0xFF;
            var enc = new UnicodeEncoding(bigEndian: !little, byteOrderMark: false, throwOnInvalidBytes: false);
            text = enc.GetString(bytes[2..]);
            if (text.Contains('\0')) { error = "not text: UTF-16 content contains NUL characters"; return null; }
            return NormaliseNewlines(text);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "not text: contains NUL bytes (binary data, or UTF-16 without a byte-order mark)";
            return null;
        }
        int controls = CountControls(bytes);
        if (controls > Math.Max(2, bytes.Length * ControlTolerance))
        {
            error = $"not text: {controls} control bytes in {bytes.Length} (binary data)";
            return null;
        }
        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            int invalid = CountInvalidUtf8(bytes);
            if (invalid <= Math.Max(1, bytes.Length * InvalidUtf8Tolerance))
            {
                text = Encoding.UTF8.GetString(bytes); // replaces the few bad sequences with U+FFFD
                warning = $"{invalid} invalid UTF-8 sequence(s) replaced with U+FFFD";
            }
            else if (controls == 0 && LooksLikeLatin1(bytes))
            {
                text = Encoding.Latin1.GetString(bytes);
                warning = "not valid UTF-8 text; decoded as Latin-1";
            }
            else
            {
                error = $"not valid UTF-8 text ({invalid} invalid sequences in {bytes.Length} bytes)";
                return null;
            }
        }
        return NormaliseNewlines(text);
    }

    /// <summary>Replaces CR LF, lone CR, NEL, U+2028 and U+2029 with "\n"; returns the same string when there is nothing to change.</summary>
    public static string NormaliseNewlines(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\u2028', '\u2029') < 0 && !text.Contains('\u0085')) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u2028': sb.Append('\n'); break;
                case '\u2029': sb.Append("\n\n"); break;
                case '\u0085': sb.Append('\n'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static int CountControls(ReadOnlySpan<byte> bytes)
    {
        int n = 0;
        int i;
        while ((i = bytes.IndexOfAny(ControlBytes)) >= 0)
        {
            n++;
            bytes = bytes[(i + 1)..];
        }
        return n;
    }

    private static int CountInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status != OperationStatus.Done) invalid++;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return invalid;
    }

    // Latin-1 / Windows-1252 prose: mostly ASCII, with high bytes scattered singly between letters.
    private static bool LooksLikeLatin1(ReadOnlySpan<byte> bytes)
    {
        int high = 0;
        foreach (byte b in bytes) if (b >= 0x80) high++;
        return high <= bytes.Length / 10;
    }
}
