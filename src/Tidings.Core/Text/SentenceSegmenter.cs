using System.Globalization;

namespace Tidings.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? … (with the closing quotes and brackets attached
/// after it) when whitespace and a plausible sentence start follow; titles ("Gen.") and initials never end
/// one; other abbreviations ("U.S.", "Inc.") end one only before a usual sentence opener ("The", "He" …).
/// A blank line always ends a sentence; a single line break ends one only after a heading-like line or
/// before a list item. Sentences are contiguous, non-empty token ranges covering every token in order.
/// </summary>
public static class SentenceSegmenter
{
    /// <summary>Sentences longer than this are cut, so a stray unpunctuated dump cannot stall later stages.</summary>
    public const int MaxSentenceTokens = 1000;

    /// <summary>
    /// Appends sentences as token index ranges [First, End) into <paramref name="tokens"/>. Token offsets are
    /// absolute: <paramref name="text"/> starts at <paramref name="offset"/> and holds every token.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, List<(int First, int End)> sentences)
    {
        int n = tokens.Length;
        int first = 0, linkEnd = -1, stampEnd = -1;
        for (int k = 0; k < n; k++)
        {
            if (k == first) { linkEnd = LinkHeadlineEnd(text, offset, tokens, first); stampEnd = RunningStoryStampEnd(text, offset, tokens, first); }
            if (k == n - 1) { sentences.Add((first, n)); break; }
            int last = k;
            bool end = false;
            var terminal = TerminalKind(text, offset, tokens[k]);
            // "1. Kaduna State – On 9 March, gunmen ...": an item number that opens a sentence is a list marker, not one.
            if (terminal == Terminal.Punctuation && k == first + 1 && IsItemNumber(text, offset, tokens[first], tokens[k])) terminal = Terminal.None;
            if (terminal == Terminal.Abbreviation && k == first && tokens[k].End - tokens[k].Start is >= 2 and <= 4
                && IsItemNumber(text, offset, (tokens[k].Start, tokens[k].End - 1), (tokens[k].End - 1, tokens[k].End))) terminal = Terminal.None;
            if (terminal != Terminal.None)
            {
                // Closing quotes and brackets written right after the final punctuation belong to this sentence.
                int m = k;
                while (m + 1 < n && tokens[m + 1].Start == tokens[m].End && IsCloser(text, offset, tokens[m + 1])) m++;
                if (m == n - 1) { sentences.Add((first, n)); break; }
                // After bare final punctuation (no closing quote: '"Why?" he asked' goes on) informal text often
                // starts the next sentence in lower case; accept that when the next word is a plain word.
                // An ellipsis before a lower-case word is a pause, not an end.
                if (terminal == Terminal.Punctuation && m == k && LowercaseStart && !IsEllipsis(text, offset, tokens[k])) terminal = Terminal.PunctuationLoose;
                if (tokens[m + 1].Start > tokens[m].End && StartsSentence(text, offset, tokens, m + 1, terminal)
                    && !(m > k && QuotedQuestionBeforeSpeaker(text, offset, tokens, first, k, m + 1)))
                {
                    end = true; last = m;
                }
                else if (terminal is Terminal.Punctuation or Terminal.PunctuationLoose && tokens[m + 1].Start == tokens[m].End
                    && m + 2 < n && (IsEmphasisMarker(text, offset, tokens[m + 1]) || IsFootnoteAsterisk(text, offset, tokens[m + 1]))
                    && char.IsUpper(text[tokens[m + 2].Start - offset]))
                {
                    // "... on Monday.**Kenya recalls envoy** Kenya ...", "... a second term.** Update": Markdown emphasis
                    // written against the full stop, before a capitalised word. Marker then word opens the next
                    // sentence; marker then space closes this one. A lone asterisk written against the full stop is a
                    // footnote mark ("... for the world.* The governments ..."), which closes the sentence the same way.
                    end = true;
                    last = tokens[m + 2].Start > tokens[m + 1].End ? m + 1 : m;
                }
            }
            if (!end)
            {
                int breaks = LineBreaks(text[(tokens[k].End - offset)..(tokens[k + 1].Start - offset)]);
                if (breaks >= 2) end = true;
                else if (breaks == 1) end = LineBreakEndsSentence(text, offset, tokens, k);
            }
            // "Read more: Minister sacked over bribes The ministry said on Monday ...": a link to another story, run in
            // before this one's sentence with no full stop, ends where the sentence starts.
            if (!end && k + 1 == linkEnd) end = true;
            // "OKLAHOMA CITY The Latest on ... (all times local): 10:50 a.m. Oklahoma lawmakers will ...": a running story's
            // label ends with the first update's time stamp, which the update's sentence follows.
            if (!end && k + 1 == stampEnd) end = true;
            if (!end && k - first + 1 >= MaxSentenceTokens) end = true;
            if (end)
            {
                sentences.Add((first, last + 1));
                first = last + 1;
                k = last;
            }
        }
    }

    /// <summary>
    /// "Read more: Germany expels envoys over spy case The ministry told the ambassador ...", "Also read: ...", "Related: ...":
    /// a web page's link to another story opens with its label and a colon, and its headline has no final punctuation, so
    /// it runs into the sentence after it. The headline ends before a capitalised determiner or pronoun that opens a
    /// clause ("The", "A", "He", "They", "Its" ...) right after a word, when the headline before it is written in sentence
    /// case (a lower-case word of three letters or more, so a title-case headline's "The" is not taken for a new sentence).
    /// Returns the index of the token that opens the sentence after the link, or -1 when the sentence opens with no link
    /// label or no such token is found before final punctuation.
    /// </summary>
    internal static int LinkHeadlineEnd(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int first)
    {
        int n = tokens.Length;
        int label;
        if ((IsWord(text, offset, tokens, first, "read") && (IsWord(text, offset, tokens, first + 1, "more") || IsWord(text, offset, tokens, first + 1, "also")))
            || (IsWord(text, offset, tokens, first, "also") && IsWord(text, offset, tokens, first + 1, "read"))
            || (IsWord(text, offset, tokens, first, "see") && IsWord(text, offset, tokens, first + 1, "also"))
            || (IsWord(text, offset, tokens, first, "related") && IsAnyWord(text, offset, tokens, first + 1, "stories", "story", "news", "articles")))
            label = first + 2;
        else if (IsWord(text, offset, tokens, first, "related") || IsWord(text, offset, tokens, first, "recommended")) label = first + 1;
        else return -1;
        if (!IsWord(text, offset, tokens, label, ":")) return -1;
        bool sentenceCase = false;
        for (int i = label + 1; i < n && i < label + 40; i++)
        {
            var w = WordAt(text, offset, tokens, i);
            if (w.Length == 0) return -1;
            if (w.Length >= 3 && char.IsLower(w[0]) && char.IsLetter(w[^1])) sentenceCase = true;
            if (CharClass.IsSentenceFinal(w[0])) return -1;
            if (i < label + 3 || !sentenceCase || !IsClauseOpener(w)) continue;
            var before = WordAt(text, offset, tokens, i - 1);
            if (before.Length == 0 || !char.IsLetterOrDigit(before[^1])) continue;
            // A word written right against the one before it ("U.S.-The") opens no sentence.
            if (tokens[i].Start == tokens[i - 1].End) continue;
            return i;
        }
        return -1;
    }

    /// <summary>Longest running-story label, in tokens, from the sentence's start to its "(all times local)".</summary>
    private const int MaxRunningStoryLabelTokens = 60;

    /// <summary>
    /// "OKLAHOMA CITY The Latest on teachers rallying for higher pay (all times local): 10:50 a.m. Oklahoma lawmakers will
    /// convene ...", "NEW YORK (AP) — The Latest on the police shooting (all times local): 11 a.m. The state's attorney general
    /// ...": a wire service's running story opens with a label, "(all times local)", a colon and the first update's time stamp,
    /// with no full stop before the update's own sentence. The label ends after the stamp (a clock time or an hour, then "a.m."
    /// or "p.m."), when a capitalised word follows. Returns the index of the token after the stamp, or -1 when the sentence
    /// has no "(all times local):" within its first words or no stamp after it.
    /// </summary>
    internal static int RunningStoryStampEnd(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int first)
    {
        int n = tokens.Length;
        for (int i = first; i + 8 < n && i - first <= MaxRunningStoryLabelTokens; i++)
        {
            if (!(IsWord(text, offset, tokens, i, "(") && IsWord(text, offset, tokens, i + 1, "all") && IsWord(text, offset, tokens, i + 2, "times")
                && IsWord(text, offset, tokens, i + 3, "local") && IsWord(text, offset, tokens, i + 4, ")") && IsWord(text, offset, tokens, i + 5, ":")))
                continue;
            var hour = WordAt(text, offset, tokens, i + 6);
            if (hour.Length == 0 || !char.IsAsciiDigit(hour[0])) return -1;
            foreach (char c in hour) if (!char.IsAsciiDigit(c) && c != ':') return -1;
            if (!IsAnyWord(text, offset, tokens, i + 7, "a.m.", "p.m.")) return -1;
            var next = WordAt(text, offset, tokens, i + 8);
            return next.Length > 0 && char.IsUpper(next[0]) ? i + 8 : -1;
        }
        return -1;
    }

    /// <summary>Past and present forms of the verbs that attribute a quote to its speaker after it.</summary>
    private static readonly HashSet<string> SpeakerVerbForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "asked", "asks", "told", "tells", "wrote", "writes", "added", "adds", "warned", "warns", "insisted",
        "declared", "replied", "shouted", "cried", "wondered", "demanded", "urged", "tweeted", "posted", "stressed",
    };

    /// <summary>Longest speaker phrase, in tokens, between a quoted question and its verb of saying.</summary>
    private const int MaxSpeakerTokens = 12;

    /// <summary>
    /// "'Is this how a friend behaves?' Hungary's prime minister asked at a rally", "“Who will pay?” President X said": a
    /// question or exclamation closed by its quotation mark, in a sentence that opened the quote, and followed by a speaker
    /// phrase and a verb of saying (or the verb first: "asked the minister") before any final punctuation, is one
    /// sentence with its attribution, as '"Why?" he asked' already is when a lower-case word follows. Split there, the
    /// quote lost its speaker and "asked" alone read as a request. <paramref name="k"/> is the question mark,
    /// <paramref name="next"/> the first token after the closing marks.
    /// </summary>
    private static bool QuotedQuestionBeforeSpeaker(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens,
        int first, int k, int next)
    {
        var mark = WordAt(text, offset, tokens, k);
        if (mark is not ("?" or "!")) return false;
        bool opened = false;
        for (int i = first; i < k && !opened; i++)
        {
            var w = WordAt(text, offset, tokens, i);
            opened = w.Length == 1 && w[0] is '"' or '“' or '\'' or '‘';
        }
        if (!opened) return false;
        for (int i = next; i < tokens.Length && i - next <= MaxSpeakerTokens; i++)
        {
            var w = WordAt(text, offset, tokens, i);
            if (w.Length == 0 || CharClass.IsSentenceFinal(w[0]) || (w.Length == 1 && CharClass.IsQuoteOrBracket(w[0]))) return false;
            if (SpeakerVerbForms.Contains(w.ToString())) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int i) =>
        i < tokens.Length ? text[(tokens[i].Start - offset)..(tokens[i].End - offset)] : default;

    private static bool IsWord(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int i, string word) =>
        WordAt(text, offset, tokens, i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAnyWord(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int i, params ReadOnlySpan<string> words)
    {
        foreach (var w in words) if (IsWord(text, offset, tokens, i, w)) return true;
        return false;
    }

    private static bool IsClauseOpener(ReadOnlySpan<char> s) => s switch
    {
        "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "This" or "These" or "Those" or "His" or "Her"
            or "Its" or "Their" or "Our" => true,
        _ => false,
    };

    private enum Terminal : byte { None, Punctuation, PunctuationLoose, Abbreviation }

    /// <summary>Whether a lower-case word may start a sentence after bare final punctuation (tuning switch).</summary>
    internal static bool LowercaseStart = true;

    private static Terminal TerminalKind(ReadOnlySpan<char> text, int offset, (int Start, int End) t)
    {
        var s = text[(t.Start - offset)..(t.End - offset)];
        bool allFinal = true;
        foreach (var ch in s) if (!CharClass.IsSentenceFinal(ch)) { allFinal = false; break; }
        if (allFinal) return Terminal.Punctuation;
        if (s.Length > 1 && s[^1] == '.')
        {
            var word = s[..^1];
            // Titles ("Gen.") are followed by a name, not a new sentence. Initials ("M. Anderson") usually are
            // too, so like other abbreviations they end a sentence only before a usual opener ("because of X. So").
            if (Abbreviations.Lookup(word) == AbbreviationKind.Title) return Terminal.None;
            return Terminal.Abbreviation;
        }
        return Terminal.None;
    }

    /// <summary>True for one to three digits written right before a lone full stop ("1.", "12.").</summary>
    private static bool IsItemNumber(ReadOnlySpan<char> text, int offset, (int Start, int End) number, (int Start, int End) stop)
    {
        if (stop.Start != number.End || stop.End - stop.Start != 1 || text[stop.Start - offset] != '.') return false;
        var digits = text[(number.Start - offset)..(number.End - offset)];
        if (digits.Length is < 1 or > 3) return false;
        foreach (var c in digits) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsEllipsis(ReadOnlySpan<char> text, int offset, (int Start, int End) t)
    {
        var s = text[(t.Start - offset)..(t.End - offset)];
        return s.Contains('…') || s.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>A Markdown emphasis marker: a token of two or more asterisks or underscores ("**", "__").</summary>
    private static bool IsEmphasisMarker(ReadOnlySpan<char> text, int offset, (int Start, int End) t)
    {
        var s = text[(t.Start - offset)..(t.End - offset)];
        if (s.Length < 2) return false;
        foreach (char c in s) if (c != s[0] || c is not ('*' or '_')) return false;
        return true;
    }

    /// <summary>
    /// A footnote mark: a lone asterisk ("*"). Only read when written against final punctuation and followed by a capitalised
    /// word, where it is neither a multiplication sign ("3 * 4") nor a letter masked inside a word.
    /// </summary>
    private static bool IsFootnoteAsterisk(ReadOnlySpan<char> text, int offset, (int Start, int End) t) =>
        t.End - t.Start == 1 && text[t.Start - offset] == '*';

    private static bool IsCloser(ReadOnlySpan<char> text, int offset, (int Start, int End) t) =>
        t.End - t.Start == 1 && CharClass.IsClosingQuoteOrBracket(text[t.Start - offset]);

    private static bool StartsSentence(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int j, Terminal terminal)
    {
        var s = text[(tokens[j].Start - offset)..(tokens[j].End - offset)];
        if (terminal == Terminal.Abbreviation)
            return IsSentenceOpener(s) || (s.Length == 1 && CharClass.IsOpeningQuoteOrBracket(s[0]) && s[0] != '(' && !LowercaseAfterOpener(text, offset, tokens, j));
        if (terminal == Terminal.PunctuationLoose && char.IsLower(s[0]) && s.Length > 1) return true;
        return IsPlausibleStart(s);
    }

    /// <summary>
    /// "vowed to fight the U.S. \"at any cost\"", "told the U.N. 'no deal'": a quotation opened after an abbreviation
    /// whose first word is in lower case goes on the sentence; a quoted sentence starts with a capital (or a digit).
    /// Invariant: only the word right after the opening mark at <paramref name="j"/> is read, and only a lower-case
    /// letter keeps the sentence going, so '... the U.S. "We will respond," he said' still splits as before.
    /// </summary>
    private static bool LowercaseAfterOpener(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int j)
    {
        var w = WordAt(text, offset, tokens, j + 1);
        return w.Length > 0 && char.IsLower(w[0]);
    }

    private static bool IsPlausibleStart(ReadOnlySpan<char> s)
    {
        char c = s[0];
        if (char.IsDigit(c)) return true;
        if (char.IsLower(c)) return s.Length == 1 && c == 'i';      // the pronoun written "i" in informal text
        if (char.IsLetter(c) || char.IsSurrogate(c)) return true;    // upper/title case, or a script without case
        if (CharClass.IsOpeningQuoteOrBracket(c)) return true;
        if (c is '-' or '*' or '•' or '–' or '—' or '$' or '£' or '€' or '¥' or '<' or '>' or '#' or '@' or '&' or '…') return true;
        var k = CharUnicodeInfo.GetUnicodeCategory(c);
        return k is UnicodeCategory.OtherSymbol or UnicodeCategory.CurrencySymbol;
    }

    /// <summary>Words that usually open a sentence; after an abbreviation like "U.S." they signal a sentence end.</summary>
    private static bool IsSentenceOpener(ReadOnlySpan<char> s) => s switch
    {
        "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "I" or "You" or "This" or "That" or "These"
            or "Those" or "There" or "Here" or "But" or "And" or "Or" or "So" or "Yet" or "In" or "On" or "At" or "For"
            or "As" or "If" or "When" or "While" or "After" or "Before" or "Since" or "Although" or "Though" or "However"
            or "Meanwhile" or "Also" or "His" or "Her" or "Its" or "Their" or "Our" or "My" or "Your" or "Some" or "Many"
            or "Most" or "All" or "No" or "Not" or "Both" or "Each" or "Every" or "Such" or "What" or "Who" or "Which"
            or "Why" or "How" or "Where" or "Then" or "Now" or "Still" or "Even" or "Only" or "Last" or "Earlier"
            or "Later" or "Today" or "Yesterday" or "Tomorrow" or "Officials" or "Thus" or "Instead" or "Moreover"
            or "Furthermore" or "Please" or "Thanks" or "Thank" or "Is" or "Are" or "Do" or "Does" or "Did" or "Can" => true,
        _ => false,
    };

    private static int LineBreaks(ReadOnlySpan<char> gap)
    {
        int count = 0;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c == '\n') count++;
            else if (c == '\r') { count++; if (i + 1 < gap.Length && gap[i + 1] == '\n') i++; }
            else if (c is '\u2028' or '\u0085' or '\u000B' or '\u000C') count++;
            else if (c == '\u2029') count += 2;
        }
        return count;
    }

    // A single line break between tokens k and k+1 ends the sentence when the next line is a list item, or
    // when the line ending at k reads like a heading: no final punctuation, next line starts like a sentence,
    // and the line is short or clearly shorter than the next one (hard-wrapped prose has lines of equal length).
    private static bool LineBreakEndsSentence(ReadOnlySpan<char> text, int offset, ReadOnlySpan<(int Start, int End)> tokens, int k)
    {
        var next = text[(tokens[k + 1].Start - offset)..(tokens[k + 1].End - offset)];
        if (next.Length == 1 && next[0] is '-' or '*' or '•' or '–' or '—' or '·' or '▪' or '►' or '>') return true;
        var lastTok = text[(tokens[k].Start - offset)..(tokens[k].End - offset)];
        if (lastTok.Length == 1 && lastTok[0] is ',' or ';' or '-' or '–' or '—' or '(' or '&' or '/') return false;
        if (!IsPlausibleStart(next)) return false;
        int lineStart = text[..(tokens[k].End - offset)].LastIndexOfAny('\n', '\r') + 1;
        int nextStart = tokens[k + 1].Start - offset;
        int nextEnd = text[nextStart..].IndexOfAny('\n', '\r');
        int nextLen = nextEnd < 0 ? text.Length - nextStart : nextEnd;
        int lineLen = tokens[k].End - offset - lineStart;
        if (lineLen <= 40) return true;
        return lineLen * 4 < nextLen * 3;
    }
}
