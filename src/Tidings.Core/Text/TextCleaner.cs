using System.Text;

namespace Tidings.Text;

/// <summary>
/// What the document text is cleaned of before tokenizing (<see cref="Documents.Document.FromArticle"/>).
/// <para>Invisible characters: those that web and agency copy carry but no reader sees, removed so that a word keeps its
/// spelling for every lexicon: soft hyphens that a CMS puts inside long words ("nego&amp;shy;tiations"), zero-width spaces
/// and word joiners used as line-break hints, a byte-order mark pasted mid-text, and the bidirectional marks, embeddings
/// and isolates that right-to-left pages wrap around Latin names. Left in, "at­tacked" is not the verb "attacked" and
/// "‮Israel‬" is no actor. Zero-width (non-)joiners are removed only where they touch an ASCII character or a space:
/// between two non-ASCII characters they shape Persian, Arabic and Indic words and join emoji, so they stay there.</para>
/// <para>Look-alike apostrophes: an acute accent, a modifier-letter apostrophe or an opening single quote typed between
/// two letters ("Russia´s", "Russiaʼs", "Russia‘s", common in copy typed on non-English keyboards or auto-corrected) is
/// the apostrophe ’, so that the possessive and the clitic split off as they do after ’; each is one character for one, so
/// no offset moves.</para>
/// </summary>
public static class TextCleaner
{
    /// <summary>True for the characters removed wherever they are.</summary>
    public static bool IsAlwaysRemoved(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF' => true, // soft hyphen, zero-width space, word joiner, invisible operators, BOM
        '\u200E' or '\u200F' or '\u061C' => true,                                                       // LRM, RLM, ALM
        >= '\u202A' and <= '\u202E' => true,                                                          // embeddings and overrides
        >= '\u2066' and <= '\u2069' => true,                                                          // isolates
        _ => false,
    };

    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    private static bool IsLookAlikeApostrophe(char c) => c is '\u00B4' or '\u02BC' or '\u2018';

    private static bool ApostropheBetweenLetters(string text, int i) =>
        IsLookAlikeApostrophe(text[i]) && i > 0 && i < text.Length - 1 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool Changes(string text, int i) =>
        IsAlwaysRemoved(text[i]) || (IsJoiner(text[i]) && TouchesAscii(text, i)) || ApostropheBetweenLetters(text, i);

    /// <summary>
    /// The text without invisible characters and with look-alike apostrophes as ’; <paramref name="text"/> itself when
    /// there is nothing to change. Never throws. (No
    /// Unicode normalisation: the build runs with invariant globalization, where <c>string.Normalize</c> changes nothing.)
    /// </summary>
    public static string Clean(string text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
            if (Changes(text, i)) { first = i; break; }
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (ApostropheBetweenLetters(text, i)) { sb.Append('\u2019'); continue; }
            if (Changes(text, i)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A joiner at a text edge or beside an ASCII character (a letter, a digit or a space) joins nothing that needs it.</summary>
    private static bool TouchesAscii(string text, int i) =>
        i == 0 || i == text.Length - 1 || text[i - 1] < 0x80 || text[i + 1] < 0x80;
}
