using System.Runtime.InteropServices;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Text;

/// <summary>
/// Rule-based tokenizer and sentence segmenter following UD English (EWT) conventions: clitics and
/// possessives split ("do n't", "Syria ’s"), abbreviations keep their period, URLs/emails/handles stay whole,
/// punctuation and currency symbols are tokens of their own. Works section by section, so a sentence never
/// crosses a section. Allocation-free per token (offsets only); never throws on any input text.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    private Tokenizer(bool splitHyphens) => SplitHyphens = splitHyphens;

    /// <summary>Keeps hyphenated words whole ("high-level", "14-year"): what the later stages' lexicons expect.</summary>
    public static Tokenizer Default { get; } = new(false);

    /// <summary>
    /// Splits hyphenated compounds like UD English-EWT ("14 - year") but keeps prefixed words ("anti-war",
    /// "e-mail") and digit groups ("9-11") whole. Used to score against EWT.
    /// </summary>
    public static Tokenizer UniversalDependencies { get; } = new(true);

    public bool SplitHyphens { get; }
    public string Name => "tokenizer";
    public Annotation Requires => Annotation.None;
    public Annotation Assigns => Annotation.Tokens | Annotation.Sentences;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        string text = document.Text;
        var tokens = new List<(int Start, int End)>();
        var kept = new List<(int Start, int End)>();
        var sentences = new List<(int First, int End)>();
        int lastEnd = document.TokenCount == 0 ? 0 : document.Token(document.TokenCount - 1).End;
        foreach (var section in document.Sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int s = Math.Clamp(section.Start, 0, text.Length);
            int e = Math.Clamp(section.End, s, text.Length);
            tokens.Clear(); kept.Clear(); sentences.Clear();
            Tokenize(text.AsSpan(s, e - s), s, tokens, SplitHyphens);
            // Sections given out of order or overlapping must not break the document's token order invariant.
            foreach (var t in tokens)
                if (t.Start >= lastEnd) kept.Add(t);
            if (kept.Count == 0) continue;
            SentenceSegmenter.Split(text.AsSpan(s, e - s), s, CollectionsMarshal.AsSpan(kept), sentences);
            int baseIndex = document.TokenCount;
            foreach (var t in kept) document.AddToken(t.Start, t.End);
            foreach (var (first, end) in sentences) document.AddSentence(baseIndex + first, baseIndex + end, section.Kind);
            lastEnd = kept[^1].End;
        }
    }

    /// <summary>Tokenizes <paramref name="text"/> with the default rules; offsets added are <paramref name="offset"/> + index in the span.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> tokens) =>
        Tokenize(text, offset, tokens, splitHyphens: false);

    /// <summary>Appends the tokens of <paramref name="text"/> in order: non-empty, non-overlapping, within the span.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<(int Start, int End)> tokens, bool splitHyphens)
    {
        var sink = new Sink(tokens, offset);
        int i = 0, n = text.Length;
        while (i < n)
        {
            if (CharClass.IsSeparator(text[i])) { i++; continue; }
            int ce = i + 1;
            while (ce < n && !CharClass.IsSeparator(text[ce])) ce++;
            TokenizeChunk(text, i, ce, ref sink, splitHyphens);
            i = ce;
        }
    }

    /// <summary>Convenience for tools and tests: the token strings of <paramref name="text"/>.</summary>
    public static List<string> TokenStrings(string text, bool splitHyphens = false)
    {
        var list = new List<(int Start, int End)>();
        Tokenize(text, 0, list, splitHyphens);
        return list.ConvertAll(t => text[t.Start..t.End]);
    }

    private readonly struct Sink(List<(int Start, int End)> list, int offset)
    {
        public void Add(int start, int end)
        {
            if (end > start) list.Add((offset + start, offset + end));
        }
    }

    // Tokenizes one whitespace-free chunk [cs, ce) of text.
    private static void TokenizeChunk(ReadOnlySpan<char> text, int cs, int ce, ref Sink sink, bool splitHyphens)
    {
        int p = cs;
        while (p < ce)
        {
            char c = text[p];
            if (CharClass.IsWordChar(text, p))
            {
                p = ScanWord(text, p, ce, ref sink, splitHyphens);
                continue;
            }
            int q;
            switch (c)
            {
                case '@' or '#' when p + 1 < ce && (c == '@' ? CharClass.IsLetterOrDigit(text, p + 1) : char.IsLetter(text[p + 1])):
                    // @handle, #hashtag: the sign and the following word characters.
                    q = p + 1;
                    while (q < ce && CharClass.IsWordChar(text, q)) q += CharClass.UnitLength(text, q);
                    sink.Add(p, q); p = q; continue;
                case ':' or ';' or '=' when (q = Emoticon(text, p, ce)) > p:
                    sink.Add(p, q); p = q; continue;
                case '.' or '!' or '?' or '‼' or '⁇' or '⁈' or '⁉':
                    // A run of final punctuation is one token: "...", "?!", "!!!", ".?".
                    q = p + 1; while (q < ce && text[q] is '.' or '!' or '?' or '‼' or '⁇' or '⁈' or '⁉') q++;
                    sink.Add(p, q); p = q; continue;
            }
            // "Zambia ’s high court": a possessive set off from its word by a stray space (text extracted from
            // web pages) is still the clitic "’s", not a quote mark and a letter.
            if (CharClass.IsApostrophe(c) && p >= 2 && text[p - 1] == ' ' && char.IsLetterOrDigit(text[p - 2])
                && p + 1 < ce && (char)(text[p + 1] | 0x20) == 's' && (p + 2 == ce || !CharClass.IsLetterOrDigit(text, p + 2)))
            {
                sink.Add(p, p + 2); p += 2; continue;
            }
            if (CharClass.IsQuoteOrBracket(c) || c is ',' or ';' or ':')
            {
                sink.Add(p, p + 1); p++; continue;
            }
            if (c < 0x80 || c is '…' or '—' or '–' or '―' or '•' or '·' or '·')
            {
                // Runs of one repeated punctuation or symbol character are one token: "--", "...", "$$$", "====".
                q = p + 1; while (q < ce && text[q] == c) q++;
                sink.Add(p, q); p = q; continue;
            }
            // Any other unit (emoji, symbol, lone surrogate, other-script punctuation) with its extenders.
            q = p + CharClass.UnitLength(text, p);
            q = Extend(text, q, ce);
            sink.Add(p, q); p = q;
        }
    }

    // Consumes combining marks / format characters / emoji modifiers, and the unit after a ZWJ; regional indicator pairs.
    private static int Extend(ReadOnlySpan<char> text, int q, int ce)
    {
        // Flags: two regional indicators U+1F1E6..U+1F1FF (D83C DDE6..DDFF) form one unit.
        if (q >= 2 && q + 1 < ce && text[q - 2] == '\uD83C' && text[q - 1] is >= '\uDDE6' and <= '\uDDFF'
            && text[q] == '\uD83C' && text[q + 1] is >= '\uDDE6' and <= '\uDDFF')
            q += 2;
        while (q < ce && CharClass.IsExtender(text, q))
        {
            bool zwj = text[q] == '\u200D';
            q += CharClass.UnitLength(text, q);
            if (zwj && q < ce && !CharClass.IsSeparator(text[q])) q += CharClass.UnitLength(text, q);
        }
        return q;
    }

    private static int Emoticon(ReadOnlySpan<char> text, int p, int ce)
    {
        ReadOnlySpan<string> faces = [":-)", ":-(", ":-D", ":-P", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ";)", ":/", "=)", ":o", ":O"];
        var rest = text[p..ce];
        foreach (var f in faces)
        {
            if (!rest.StartsWith(f, StringComparison.Ordinal)) continue;
            int q = p + f.Length;
            // An emoticon must not run into a word ("Note:Decide", "10:30" never get here as words).
            if (q == ce || !CharClass.IsLetterOrDigit(text, q)) return q;
        }
        return p;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> s, string prefix) =>
        s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsUrlStart(ReadOnlySpan<char> rest) =>
        StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://") || StartsWithIgnoreCase(rest, "ftp://")
        || (StartsWithIgnoreCase(rest, "www.") && rest.Length > 4 && char.IsAsciiLetterOrDigit(rest[4]))
        || StartsWithIgnoreCase(rest, "mailto:");

    private static int ScanUrl(ReadOnlySpan<char> text, int p, int ce)
    {
        int q = p;
        while (q < ce && text[q] is not ('"' or '<' or '>' or '“' or '”' or '‘' or '’' or '«' or '»')) q++;
        // Trailing sentence punctuation and unbalanced closing brackets belong to the text, not the URL.
        while (q > p + 1)
        {
            char last = text[q - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'') { q--; continue; }
            if (last is ')' or ']' or '}')
            {
                char open = last == ')' ? '(' : last == ']' ? '[' : '{';
                int bal = 0;
                for (int i = p; i < q; i++) { if (text[i] == open) bal++; else if (text[i] == last) bal--; }
                if (bal < 0) { q--; continue; }
            }
            break;
        }
        return q;
    }

    // Scans a word starting at p (a word character) and emits it, split into stem and clitic when it has one.
    private static int ScanWord(ReadOnlySpan<char> text, int p, int ce, ref Sink sink, bool splitHyphens)
    {
        if (char.IsAsciiLetter(text[p]) && IsUrlStart(text[p..ce]))
        {
            int u = ScanUrl(text, p, ce);
            sink.Add(p, u);
            return u;
        }
        int q = p, segStart = p;
        bool email = false;
        while (true)
        {
            while (q < ce && CharClass.IsWordChar(text, q)) q += CharClass.UnitLength(text, q);
            if (q + 1 >= ce || !CharClass.IsLetterOrDigit(text, q + 1)) break;
            char c = text[q], prev = text[q - 1], next = text[q + 1];
            bool join;
            if (c == '.') join = true;                                       // U.S, 3.5, e.g, amazon.com
            else if (c is ',' or ':') join = char.IsAsciiDigit(prev) && char.IsAsciiDigit(next); // 1,500  10:30
            else if (CharClass.IsHyphen(c)) join = (!splitHyphens || email || KeepHyphen(text[segStart..q], next)) && !IsWireKicker(text, p, segStart, q, next);
            else if (c == '/') join = (char.IsAsciiDigit(prev) && char.IsAsciiDigit(next)) || q - segStart <= 2; // b/c, km/h, 08/16/2000; not and/or
            else if (c == '&') join = char.IsUpper(prev) && char.IsUpper(next); // AT&T, S&P
            else if (c == '@') join = email = true;                          // name@example.org
            else if (CharClass.IsApostrophe(c)) join = char.IsLetter(next);  // O'Brien, don't, it's
            else join = false;
            if (!join) break;
            q++;
            if (CharClass.IsHyphen(c) || c == '/') segStart = q;
        }

        // A period right after the word: kept for abbreviations, initials and dotted letter groups.
        // "Iran-U.S.", "EU-U.K.": an abbreviation after a hyphen keeps its period as it does alone (a letter alone after
        // a hyphen, "Plan-B.", does not).
        if (q < ce && text[q] == '.' && !(q + 2 < ce && text[q + 1] == '.' && text[q + 2] == '.')
            && (KeepsPeriod(text, p, q) || (segStart > p && q - segStart > 1 && KeepsPeriod(text, segStart, q))))
        {
            sink.Add(p, q + 1);
            return q + 1;
        }
        EmitWithClitic(text, p, q, ref sink);
        return q;
    }

    /// <summary>Wire services' headline labels, run into the headline with a hyphen ("EXCLUSIVE-Saudi Arabia weighs ...",
    /// "ANALYSIS-Why ...").</summary>
    private static readonly HashSet<string> WireKickers = new(StringComparer.Ordinal)
    {
        "EXCLUSIVE", "ANALYSIS", "INSIGHT", "FACTBOX", "EXPLAINER", "UPDATE", "WRAPUP", "REFILE", "CORRECTED", "BREAKING",
        "PREVIEW", "TIMELINE", "FEATURE", "INTERVIEW", "COLUMN", "BREAKINGVIEWS", "FOCUS", "SNAPSHOT", "POLL", "RPT",
    };

    /// <summary>
    /// A wire label before a hyphen that opens the chunk ("EXCLUSIVE-Saudi", "INSIGHT-Why"), or the update number after
    /// "UPDATE"/"WRAPUP" ("UPDATE 2-Japan, Australia sign ..."), with a capital after the hyphen: the label is a token of
    /// its own, so the headline's first name is not glued to it.
    /// </summary>
    private static bool IsWireKicker(ReadOnlySpan<char> text, int chunkStart, int segStart, int hyphen, char next)
    {
        if (segStart != chunkStart || !char.IsUpper(next)) return false;
        var left = text[segStart..hyphen];
        if (left.Length is 0 or > 13) return false;
        if (IsAllDigits(left))
        {
            var before = text[..chunkStart].TrimEnd();
            return before.EndsWith("UPDATE", StringComparison.Ordinal) || before.EndsWith("WRAPUP", StringComparison.Ordinal);
        }
        foreach (var ch in left) if (!char.IsAsciiLetterUpper(ch)) return false;
        return WireKickers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left);
    }

    // Hyphen rule of EWT: split compounds, but keep prefixes ("anti-war") and digit groups ("9-11", "2005-03-09").
    private static bool KeepHyphen(ReadOnlySpan<char> left, char next)
    {
        if (left.Length > 0 && char.IsAsciiDigit(left[^1]) && char.IsAsciiDigit(next) && IsAllDigits(left)) return true;
        if (left.Length > 7) return false;
        Span<char> low = stackalloc char[8];
        int n = left.ToLowerInvariant(low);
        if (n < 0) return false;
        return low[..n] switch
        {
            "a" or "e" or "x" or "anti" or "bi" or "co" or "counter" or "de" or "ex" or "extra" or "hyper" or "inter" or "intra"
                or "macro" or "micro" or "mid" or "mini" or "multi" or "neo" or "non" or "over" or "post" or "pre" or "pro"
                or "pseudo" or "re" or "semi" or "sub" or "super" or "trans" or "tri" or "ultra" or "un" or "under" or "vice"
                or "mis" or "cross" or "self" or "all" => true,
            _ => false,
        };
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var ch in s) if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> text, int p, int q)
    {
        var word = text[p..q];
        // Single letter: an initial ("M. Anderson") or a list letter, unless it is a name of its own after a lower-case word
        // ("wrote on X.", see LetterNameAfterLowercase).
        if (word.Length == 1 || (word.Length == 2 && char.IsHighSurrogate(word[0])))
            return (char.IsLetter(word[0]) || char.IsSurrogate(word[0])) && !LetterNameAfterLowercase(text, p, q);
        switch (Abbreviations.Lookup(word))
        {
            case AbbreviationKind.Title or AbbreviationKind.Other: return true;
            case AbbreviationKind.Number:
                int k = q + 1;
                while (k < text.Length && CharClass.IsSeparator(text[k])) k++;
                return k < text.Length && char.IsAsciiDigit(text[k]);
        }
        return IsDottedLetterGroup(word);
    }

    /// <summary>
    /// "the minister wrote on X.", "blocked access to X. Police ...": a capital letter alone after a lower-case word, at the
    /// end of the text or before a capital word, is a name of one letter (the platform X, "plan B") and the period after it
    /// ends the sentence. Initials follow a capitalised name or another initial ("John F. Kennedy", "F. W. de Klerk") or
    /// open one ("M. Anderson"), so they keep their period: the rule holds only for "X" (the one such name news prints
    /// after a preposition) or at the very end of the text, and never when another initial follows ("by J. K. Rowling").
    /// </summary>
    private static bool LetterNameAfterLowercase(ReadOnlySpan<char> text, int p, int q)
    {
        if (!char.IsAsciiLetterUpper(text[p])) return false;
        int b = p - 1;
        if (b < 0 || !CharClass.IsSeparator(text[b])) return false;
        while (b >= 0 && CharClass.IsSeparator(text[b])) b--;
        if (b < 0 || !char.IsLower(text[b])) return false;
        int k = q + 1;
        while (k < text.Length && CharClass.IsSeparator(text[k])) k++;
        if (k >= text.Length) return true;
        // Another initial after it ("J. K."): a name in initials.
        if (k + 1 < text.Length && char.IsUpper(text[k]) && text[k + 1] == '.') return false;
        return text[p] == 'X';
    }

    /// <summary>"U.S", "e.g", "Ph.D", "a.m": letter groups of one or two letters joined by periods.</summary>
    internal static bool IsDottedLetterGroup(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0) return false;
        int run = 0;
        foreach (var ch in word)
        {
            if (ch == '.') { if (run == 0) return false; run = 0; continue; }
            if (!char.IsLetter(ch) || ++run > 2) return false;
        }
        return run > 0;
    }

    private static void EmitWithClitic(ReadOnlySpan<char> text, int p, int q, ref Sink sink)
    {
        var w = text[p..q];
        int n = w.Length;
        int split = -1;
        if (n > 3 && (char)(w[^3] | 0x20) == 'n' && CharClass.IsApostrophe(w[^2]) && (char)(w[^1] | 0x20) == 't')
            split = q - 3;                                                     // do|n't, ca|n't, wo|n't
        else if (n > 2 && CharClass.IsApostrophe(w[^2]) && (char)(w[^1] | 0x20) is 's' or 'm' or 'd')
            split = q - 2;                                                     // Syria|'s, I|'m, we|'d
        else if (n > 3 && CharClass.IsApostrophe(w[^3]) && IsClitic2(w[^2], w[^1]))
            split = q - 3;                                                     // we|'ll, they|'re, I|'ve
        else if (n is 5 or 6)
        {
            if (w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) split = p + 3;
            else if (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("gotta", StringComparison.OrdinalIgnoreCase)) split = p + 3;
        }
        if (split > p && split < q) { sink.Add(p, split); sink.Add(split, q); }
        else sink.Add(p, q);
    }

    /// <summary>
    /// True when <paramref name="token"/> is a clitic the tokenizer splits off a word ("n't", "'s", "'ll", and the
    /// second halves of "cannot", "gonna"): with the word before it, it forms one surface token.
    /// </summary>
    public static bool IsClitic(ReadOnlySpan<char> token)
    {
        if (token.Length is 2 && CharClass.IsApostrophe(token[0])) return (char)(token[1] | 0x20) is 's' or 'm' or 'd';
        if (token.Length is 3 && CharClass.IsApostrophe(token[0])) return IsClitic2(token[1], token[2]);
        if (token.Length is 3 && (char)(token[0] | 0x20) == 'n' && CharClass.IsApostrophe(token[1]) && (char)(token[2] | 0x20) == 't') return true;
        return token.Equals("not", StringComparison.OrdinalIgnoreCase) || token.Equals("na", StringComparison.OrdinalIgnoreCase)
            || token.Equals("ta", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsClitic2(char a, char b)
    {
        a = (char)(a | 0x20); b = (char)(b | 0x20);
        return (a, b) is ('l', 'l') or ('r', 'e') or ('v', 'e');
    }
}
