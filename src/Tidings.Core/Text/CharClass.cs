using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tidings.Text;

/// <summary>
/// Character classes for the tokenizer and segmenter. Works on UTF-16 positions: a valid surrogate pair is
/// one unit of length 2; a lone surrogate is one unit of length 1 (category OtherNotAssigned), never split.
/// </summary>
internal static class CharClass
{
    /// <summary>Whitespace, control characters, zero-width space and BOM separate tokens and are never in one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) =>
        c <= ' ' ? true : c < 0x7F ? false : char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';

    /// <summary>Length in chars (1 or 2) of the unit at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int UnitLength(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    public static UnicodeCategory Category(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (!char.IsSurrogate(c)) return char.GetUnicodeCategory(c);
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            return CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1]));
        return UnicodeCategory.OtherNotAssigned;
    }

    /// <summary>Letters, digits, combining marks, connector punctuation and format characters (ZWJ, soft hyphen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c) || c == '_';
        return IsWordCategory(Category(s, i)) && !IsSeparator(c);
    }

    public static bool IsWordCategory(UnicodeCategory k) => k switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.Format => true,
        _ => false,
    };

    /// <summary>A letter or digit (not a mark): what may follow an inner joiner such as '.', '-' or an apostrophe.</summary>
    public static bool IsLetterOrDigit(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c);
        var k = Category(s, i);
        return k is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Characters that attach to the preceding unit: combining marks, format characters, emoji modifiers.</summary>
    public static bool IsExtender(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c < 0x300) return false;
        if (IsSeparator(c)) return false;
        var k = Category(s, i);
        if (k is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return true;
        // Emoji skin-tone modifiers U+1F3FB..U+1F3FF (category Sk).
        return c == '\uD83C' && i + 1 < s.Length && s[i + 1] >= '\uDFFB' && s[i + 1] <= '\uDFFF';
    }

    public static bool IsOpeningQuoteOrBracket(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '„' or '‚' or '(' or '[' or '{' or '`';
    public static bool IsClosingQuoteOrBracket(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';
    public static bool IsQuoteOrBracket(char c) => IsOpeningQuoteOrBracket(c) || IsClosingQuoteOrBracket(c) || c is '〈' or '〉' or '「' or '」' or '『' or '』';
    public static bool IsApostrophe(char c) => c is '\'' or '’';
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。' or '！' or '？';
}
