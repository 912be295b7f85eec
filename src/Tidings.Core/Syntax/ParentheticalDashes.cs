namespace Tidings.Syntax;

/// <summary>
/// A pair of dashes that sets an aside off in a sentence ("Russia – which denies targeting civilians – launched 40
/// drones at Kyiv", "Hamas — the group that has ruled Gaza since 2007 — rejected the plan") does what a pair of commas
/// does, and the parser, trained on treebank text where paired commas are far more common, reads the commas right and
/// the dashes wrong: it makes the aside's verb the root and the news verb a conjunct or parataxis of it. The parser is
/// therefore shown paired dashes as commas; the tokens themselves, their tags and their offsets are unchanged.
/// Invariant: dashes are paired left to right within one clause of a sentence (never across a semicolon or colon), and a dash is rewritten only as one of a pair with
/// at least one word between its two dashes; a lone dash (a colon-like dash before an afterthought) is left alone.
/// </summary>
public static class ParentheticalDashes
{
    /// <summary>True for a token that is a dash of its own: em, en, horizontal bar, a double hyphen or a spaced hyphen.</summary>
    public static bool IsDash(ReadOnlySpan<char> form) => form is "—" or "–" or "―" or "--" or "-" or "‒";

    /// <summary>Rewrites the forms of paired dashes in words[from..from+count) to ","; returns how many were rewritten.</summary>
    public static int AsCommas(List<ParserInput> words, int from, int count)
    {
        int open = -1, rewritten = 0;
        for (int i = from; i < from + count; i++)
        {
            // a semicolon or colon ends the clause an aside could be in ("Iraq - a bomb struck a convoy; Iran - ...")
            if (words[i].Form is ";" or ":") { open = -1; continue; }
            if (!IsDash(words[i].Form)) continue;
            if (open < 0)
            {
                // a dash opening the sentence or ending it opens no aside
                if (i > from && i < from + count - 1) open = i;
                continue;
            }
            if (i - open < 2) { open = i; continue; }
            words[open] = words[open] with { Form = ",", Lemma = "," };
            words[i] = words[i] with { Form = ",", Lemma = "," };
            rewritten += 2;
            open = -1;
        }
        return rewritten;
    }
}
