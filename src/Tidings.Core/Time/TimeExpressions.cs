using Tidings.Documents;

namespace Tidings.Time;

/// <summary>
/// One time expression found in a text: its character extent [Start, End), its TIMEX3 type and value (null when
/// unresolvable, then <see cref="Reason"/> says why), the calendar reading used for event dates, and the rule that fired.
/// </summary>
public sealed record TimeExpression(int Start, int End, string Text, Timex3Type Type, string? Value, string? Mod,
    TimeValue Date, string Rule)
{
    public string? Reason => Value is null ? Date.Reason ?? "no TIMEX3 value" : null;
}

/// <summary>
/// The pure entry point of the time stage: text plus anchor (the article's publication date, the DCT) in,
/// TIMEX3-normalised expressions out. Tokenizes with <see cref="Text.Tokenizer.Default"/>, tags with
/// <see cref="Syntax.RuleTagger.Default"/> (verb tense cues) and resolves with <see cref="DateResolver.Default"/>.
/// Never reads the clock; never throws on odd input.
/// </summary>
public static class TimeExpressions
{
    public static IReadOnlyList<TimeExpression> Find(string? text, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var doc = new Document(text, new Article { Id = "text", Body = text, Published = anchor });
        Text.Tokenizer.Default.Process(doc, cancellationToken);
        if (doc.TokenCount == 0) return [];
        Syntax.RuleTagger.Default.Process(doc, cancellationToken);
        DateResolver.Default.Process(doc, cancellationToken);
        return From(doc);
    }

    /// <summary>The time mentions of an analysed document as character-offset expressions.</summary>
    public static IReadOnlyList<TimeExpression> From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var list = new List<TimeExpression>(document.Times.Count);
        foreach (var t in document.Times)
        {
            int s = t.Tokens.StartCharIn(document), e = t.Tokens.EndCharIn(document);
            list.Add(new TimeExpression(s, e, document.Text[s..e], t.Type, t.Timex3Value, t.Mod, t.Value, t.Rule));
        }
        return list;
    }
}
