using Tidings.Cli.Commands;
using Tidings.Evaluation;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary>How <c>tidings eval</c> turns a gold line into the article the pipeline codes.</summary>
public class EvalCommandTests
{
    // A wire dateline opening a gold line is the article's dateline, as the readers make it, so the parser never sees
    // "LUSAKA (Reuters) -" as the subject of the first sentence. Lines without one are coded as written.
    [Theory]
    [InlineData("LUSAKA (Reuters) - Zambia's president sacked two ministers on Monday.", "Zambia's president sacked two ministers on Monday.", "LUSAKA", "Reuters")]
    [InlineData("QUITO, Ecuador (AP) — Soldiers patrolled the port of Guayaquil on Friday.", "Soldiers patrolled the port of Guayaquil on Friday.", "QUITO, Ecuador", "AP")]
    [InlineData("Fiji's parliament passed the budget on Tuesday.", "Fiji's parliament passed the budget on Tuesday.", null, null)]
    public void A_gold_line_opening_with_a_dateline_is_coded_without_it(string text, string body, string? place, string? outlet)
    {
        var article = EvalCommand.LineArticle(new GoldSentence("x1", text, new DateOnly(2025, 3, 3), "dev", []));
        Assert.Equal(body, article.Body);
        Assert.Equal(place, article.Dateline?.Place);
        Assert.Equal(outlet, article.Dateline?.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 3), article.Published);
    }

    // A gold line with no sentence end is read as PlainTextReader reads a one-line text file: a headline with no body, so
    // the coder's headline grammar applies to it as it does in `tidings code`. A line that ends a sentence stays the body.
    [Theory]
    [InlineData("Fiji Police Arrest Two Opposition Senators", true)]
    [InlineData("Uruguay to host Mercosur summit in July", true)]
    [InlineData("Bhutan's king: the border talks will resume", true)]
    [InlineData("Fiji's parliament passed the budget on Tuesday.", false)]
    [InlineData("Will Mongolia's coalition survive?", false)]
    public void A_gold_line_without_a_sentence_end_is_a_headline(string text, bool headline)
    {
        var article = EvalCommand.LineArticle(new GoldSentence("x1", text, new DateOnly(2025, 3, 3), "dev", []));
        Assert.Equal(headline ? text : null, article.Headline);
        Assert.Equal(headline ? "" : text, article.Body);
    }
}
