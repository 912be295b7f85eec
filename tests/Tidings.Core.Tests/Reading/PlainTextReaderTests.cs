using Tidings.Reading;

namespace Tidings.Tests.Reading;

public class PlainTextReaderTests
{
    private const string Wire = """
        Ministers meet in Ankara over border crossings
        Talks focus on trade corridors and refugee returns
        ANKARA (TNA) — Turkish and Iraqi ministers met on Tuesday to discuss border crossings, officials said.

        The talks lasted four hours.
        """;

    [Fact]
    public void Splits_headline_deck_dateline_body()
    {
        var a = Read.Single(Wire);
        Assert.Equal("Ministers meet in Ankara over border crossings", a.Headline);
        Assert.Equal("Talks focus on trade corridors and refugee returns", a.Deck);
        Assert.Equal(new Tidings.Documents.Dateline("ANKARA", "TNA"), a.Dateline);
        Assert.Equal("TNA", a.Source);
        Assert.Equal("Turkish and Iraqi ministers met on Tuesday to discuss border crossings, officials said.\n\nThe talks lasted four hours.", a.Body);
        Assert.Equal("a.txt", a.Id);
        Assert.Equal("a.txt", a.Origin);
    }

    [Fact]
    public void Crlf_and_bom_are_normalised()
    {
        var a = Read.Single("\uFEFF" + Wire.Replace("\n", "\r\n"));
        Assert.Equal("Ministers meet in Ankara over border crossings", a.Headline);
        Assert.DoesNotContain('\r', a.Body);
    }

    [Fact]
    public void Second_line_ending_a_sentence_is_body_not_deck()
    {
        var a = Read.Single("Strikes hit port\nJets struck the port of Hodeidah on Monday, residents said.\nNo casualties were reported.");
        Assert.Equal("Strikes hit port", a.Headline);
        Assert.Null(a.Deck);
        Assert.StartsWith("Jets struck", a.Body);
        Assert.Contains("\n\nNo casualties", a.Body);
    }

    [Fact]
    public void Single_long_paragraph_is_body_without_headline()
    {
        var text = string.Join(' ', Enumerable.Repeat("The delegation met officials and discussed the border.", 8));
        var a = Read.Single(text);
        Assert.Null(a.Headline);
        Assert.Equal(text, a.Body);
    }

    [Fact]
    public void Headline_only_gives_an_empty_body()
    {
        var a = Read.Single("Talks collapse in Doha\n\n");
        Assert.Equal("Talks collapse in Doha", a.Headline);
        Assert.Equal("", a.Body);
    }

    [Fact]
    public void First_line_with_a_dateline_is_body()
    {
        var a = Read.Single("BEIRUT — Jets struck a village on Monday, residents said.\nTwo people were hurt.");
        Assert.Null(a.Headline);
        Assert.Equal("BEIRUT", a.Dateline!.Place);
        Assert.StartsWith("Jets struck", a.Body);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_rejoined()
    {
        var text = "Envoys meet\n\nThe envoys met in Geneva on Friday and agreed to\nmeet again next week, a spokesman said.\n\nNo date was set.";
        var a = Read.Single(text);
        Assert.Equal("The envoys met in Geneva on Friday and agreed to meet again next week, a spokesman said.\n\nNo date was set.", a.Body);
    }

    [Fact]
    public void Hard_wrapped_text_without_blank_lines_is_rejoined_at_soft_breaks()
    {
        var text = "Envoys meet\n"
            + "The envoys met in Geneva on Friday and agreed to meet again next week, a\n"
            + "spokesman for the foreign ministry said.\n"
            + "No date was set.\n"
            + "The next round is expected in Vienna, where both delegations have offices.\n";
        var a = Read.Single(text);
        Assert.Equal("Envoys meet", a.Headline);
        Assert.StartsWith("The envoys met in Geneva on Friday and agreed to meet again next week, a spokesman", a.Body);
        Assert.Contains("said.\n\nNo date was set.\n\nThe next round", a.Body);
    }

    [Theory]
    [InlineData("2025-03-04-ankara-talks.txt", null, "2025-03-04")]
    [InlineData("2025-03-04-ankara-talks.txt", "2025-05-01", "2025-05-01")]
    [InlineData("ankara-talks.txt", null, null)]
    [InlineData("2025-13-04-bad.txt", null, null)]
    [InlineData("20250304.txt", null, null)]
    public void Published_comes_from_options_then_file_name(string name, string? option, string? expected)
    {
        var o = new ReadOptions { Published = option is null ? null : DateOnly.Parse(option) };
        var a = Read.Single(Wire, name, o);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), a.Published);
    }

    [Fact]
    public void Dateline_with_a_year_dates_the_article()
    {
        var a = Read.Single("Talks end\nANKARA, Jan. 14, 2025 — The talks ended.\nMore text.");
        Assert.Equal(new DateOnly(2025, 1, 14), a.Published);
    }
}

public class PlainTextMetadataLineTests
{
    [Fact]
    public void Byline_and_date_lines_are_metadata_not_deck_or_body()
    {
        var a = Read.Single("Envoys meet in Geneva\nBy Jane Doe and John Roe\nUpdated: March 4, 2025 10:02 GMT\nGENEVA — The envoys met on Tuesday.\nMore text follows.\nReporting by Jane Doe; Editing by John Roe");
        Assert.Equal("Envoys meet in Geneva", a.Headline);
        Assert.Null(a.Deck);
        Assert.Equal("GENEVA", a.Dateline?.Place);
        Assert.Equal("The envoys met on Tuesday.\n\nMore text follows.", a.Body);
        Assert.Equal(new DateOnly(2025, 3, 4), a.Published);
    }

    [Theory]
    [InlineData("By Jane Doe", true)]
    [InlineData("By Jane Doe and John Roe, Reuters", true)]
    [InlineData("By the end of the week talks had failed.", false)]
    [InlineData("By Tuesday, troops had withdrawn from the town", false)]
    [InlineData("Byzantine politics return", false)]
    public void Bylines(string line, bool expected) => Assert.Equal(expected, PlainTextReader.IsByline(line));

    [Theory]
    [InlineData("March 4, 2025", "2025-03-04")]
    [InlineData("Published: 4 March 2025", "2025-03-04")]
    [InlineData("Updated on Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04")]
    [InlineData("2025-03-04T10:00:00+03:00", "2025-03-04")]
    [InlineData("March talks end", null)]
    [InlineData("Talks on 4 March 2025 ended without a deal", null)]
    public void Date_lines(string line, string? expected)
    {
        bool ok = PlainTextReader.TryDateLine(line, out var d);
        Assert.Equal(expected is not null, ok);
        if (ok) Assert.Equal(DateOnly.Parse(expected!), d);
    }
}
