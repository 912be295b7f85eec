namespace Tidings.Syntax;

/// <summary>
/// Word tests shared by the pre-parse splitters of long sentences (<see cref="FrontedAdverbials"/>,
/// <see cref="SubjectRelativeClauses"/>), which look for the comma that closes an adverbial or an aside before the main clause.
/// </summary>
internal static class ClauseScan
{
    /// <summary>A finite verb or a modal by its tag.</summary>
    public static bool Finite(ParserInput w) => w.Xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// Tracks bracket and quote depth over a scan of words: true when <paramref name="form"/> is a bracket or a quotation
    /// mark (the caller skips it), after updating <paramref name="depth"/> and <paramref name="inQuote"/>. A comma counts only
    /// at depth 0 outside quotes; a straight quote toggles, a curly one opens or closes.
    /// </summary>
    public static bool BracketOrQuote(string form, ref int depth, ref bool inQuote)
    {
        switch (form)
        {
            case "(" or "[": depth++; return true;
            case ")" or "]": depth = Math.Max(0, depth - 1); return true;
            case "\"" or "“" or "”": inQuote = form switch { "“" => true, "”" => false, _ => !inQuote }; return true;
            default: return false;
        }
    }
}
