using System.Collections.Frozen;

namespace Tidings.Syntax;

/// <summary>
/// Labels that open a sentence of a live blog, a broadcast transcript or an incident digest before its clause: a clock
/// time with its zone ("10:42 GMT –", "11:02 PKT –"), a speaker or item label ("ANCHOR:", "CORRESPONDENT:", "BREAKING:",
/// "Background:"), and a dated item with an optional place ("8 May –", "Burkina Faso, 30 June:"), one after another
/// ("03:40 GMT – BREAKING: Police say ..."). The parser, trained on running text, reads the label's noun as the clause's
/// subject ("ANCHOR" nsubj of "detained") and the clause as a modifier of it; the clause after the label is parsed alone
/// and the label hung on its root as <c>dep</c>, as an article's dateline is cut off before parsing.
/// Invariant: a label is taken only when a clause of at least three words follows it, and an all-capital speaker that
/// is an actor ("UN:", "NATO:") is never a label (only the role words below are).
/// </summary>
public static class LeadInLabels
{
    /// <summary>Words that label a transcript's speaker or a live item, never an actor of the clause after them.</summary>
    private static readonly FrozenSet<string> LabelWords = new[]
    {
        "anchor", "presenter", "host", "correspondent", "reporter", "narrator", "breaking", "update", "updated", "correction",
        "clarification", "background", "analysis", "context", "watch", "live", "alert", "urgent", "flash", "exclusive",
        "news", "latest", "recap", "summary", "explainer", "editor's", "note",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number of words at the start of <paramref name="words"/> that are lead-in labels (0 when none).</summary>
    public static int Length(IReadOnlyList<ParserInput> words)
    {
        int n = words.Count, k = 0;
        while (true)
        {
            int next = Clock(words, k);
            if (next < 0) next = Label(words, k);
            if (next < 0) next = DatedItem(words, k);
            if (next < 0) next = DigestLabel(words, k);
            if (next < 0 || n - next < 3) return k;
            k = next;
        }
    }

    private static bool IsSeparator(string form) => form is ":" or "–" or "—" or "-" or "--";

    // "10:42 GMT –", "09.30 local time:", "2:15 p.m. ET –": the separator's index + 1, or -1.
    private static int Clock(IReadOnlyList<ParserInput> words, int i)
    {
        if (i >= words.Count || !IsClockTime(words[i].Form)) return -1;
        int j = i + 1;
        for (int z = 0; z < 3 && j < words.Count && !IsSeparator(words[j].Form); z++, j++)
        {
            var f = words[j].Form;
            bool zone = f.Length is >= 2 and <= 4 && f.All(char.IsAsciiLetterUpper);
            if (!zone && f.ToLowerInvariant() is not ("local" or "time" or "am" or "pm" or "a.m." or "p.m.")) return -1;
        }
        return j < words.Count && IsSeparator(words[j].Form) ? j + 1 : -1;
    }

    private static bool IsClockTime(string f)
    {
        int sep = f.IndexOfAny([':', '.']);
        if (sep is < 1 or > 2 || f.Length != sep + 3) return false;
        for (int c = 0; c < f.Length; c++) if (c != sep && !char.IsAsciiDigit(f[c])) return false;
        return true;
    }

    // "ANCHOR:", "BREAKING NEWS:", "Background:": one or two label words, then a colon.
    private static int Label(IReadOnlyList<ParserInput> words, int i)
    {
        int j = i;
        while (j < words.Count && j - i < 2 && LabelWords.Contains(words[j].Form)) j++;
        return j > i && j < words.Count && words[j].Form == ":" ? j + 1 : -1;
    }

    // "8 May –", "30 June 2026:", "Burkina Faso, 30 June:", "Mali, 1 July:": a day and month (a place and comma before
    // them allowed), then a separator.
    private static int DatedItem(IReadOnlyList<ParserInput> words, int i)
    {
        int n = words.Count, j = i;
        // An optional place of up to three capitalised words and a comma.
        int p = j;
        while (p < n && p - j < 3 && words[p].Form.Length > 1 && char.IsUpper(words[p].Form[0]) && words[p].Upos == "PROPN") p++;
        if (p > j && p < n && words[p].Form == ",") j = p + 1;
        if (j + 1 >= n || !IsDay(words[j].Form) || !Months.Contains(words[j + 1].Form)) return -1;
        j += 2;
        if (j < n && words[j].Form.Length == 4 && words[j].Form.All(char.IsAsciiDigit)) j++;
        return j < n && IsSeparator(words[j].Form) ? j + 1 : -1;
    }

    /// <summary>
    /// Last words of a news digest's item label: "World in brief -", "What happened overnight:", "Europe in brief:",
    /// "Security roundup:", "Weekend wrap:", "Diplomatic notes:", "Headlines -", "Also:", "Quake aftermath:".
    /// </summary>
    private static readonly FrozenSet<string> DigestEnders = new[]
    {
        "brief", "briefs", "briefing", "briefings", "roundup", "round-up", "digest", "wrap", "wrap-up", "notes", "headlines",
        "newsletter", "bulletin", "updates", "recap", "highlights", "aftermath", "overnight", "missed", "today", "also",
        "elsewhere", "more", "ahead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>World regions a digest files its items under ("Africa:", "Middle East brief:", "Asia-Pacific:").</summary>
    private static readonly FrozenSet<string> Regions = new[]
    {
        "world", "africa", "europe", "asia", "americas", "middle east", "south asia", "east asia", "southeast asia",
        "asia-pacific", "asia pacific", "latin america", "south america", "north america", "central america", "east africa",
        "west africa", "southern africa", "north africa", "central africa", "horn of africa", "central asia", "sahel", "gulf",
        "the gulf", "balkans", "the balkans", "caucasus", "pacific", "caribbean",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A digest's item label of one to four words before a colon or dash: a phrase ending in a digest word ("World in
    // brief -", "What happened overnight:"), a region ("Africa:", "Asia-Pacific -"), or a country's name ("Sudan:",
    // "Iraq - a roadside bomb ..."). A country before a dash is a label only when a lower-case word follows ("Russia -
    // Ukraine talks resume" is a headline's pair of actors, not a label). The separator's index + 1, or -1.
    private static int DigestLabel(IReadOnlyList<ParserInput> words, int i)
    {
        int n = words.Count, j = i;
        while (j < n && j - i < 4 && !IsSeparator(words[j].Form))
        {
            if (words[j].Upos == "PUNCT") return -1;
            j++;
        }
        if (j == i || j >= n - 1 || !IsSeparator(words[j].Form)) return -1;
        if (DigestEnders.Contains(words[j - 1].Form)) return j + 1;
        var phrase = string.Join(' ', Enumerable.Range(i, j - i).Select(k => words[k].Form));
        if (Regions.Contains(phrase)) return j + 1;
        bool names = Enumerable.Range(i, j - i).All(k => words[k].Upos == "PROPN" && char.IsUpper(words[k].Form[0]));
        if (!names || !Actors.ActorLexicon.Default.TryGetCountry(phrase, out _)) return -1;
        return words[j].Form == ":" || char.IsLower(words[j + 1].Form[0]) ? j + 1 : -1;
    }

    private static bool IsDay(string f) => f.Length is 1 or 2 && f.All(char.IsAsciiDigit) && int.Parse(f) is >= 1 and <= 31;
}
