using FsCheck;
using FsCheck.Fluent;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Time;

namespace Tidings.Tests.Time;

public class DateResolverTests
{
    private static Document Run(string text, string? anchor)
    {
        var doc = TestDocuments.Make(text, anchor is null ? null : DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture));
        DateResolver.Default.Process(doc);
        return doc;
    }

    // Anchor 2025-07-30 is a Wednesday.
    [Theory]
    [InlineData("The talks ended on July 29, 2025.", "2025-07-30", "2025-07-29", "day", "July 29, 2025")]
    [InlineData("The talks ended on 29 July 2025.", "2025-07-30", "2025-07-29", "day", "29 July 2025")]
    [InlineData("He arrived on Jul. 29 with aides.", "2025-07-30", "2025-07-29", "day", "Jul. 29")]
    [InlineData("He arrived on July 29.", "2025-07-30", "2025-07-29", "day", "July 29")]
    [InlineData("The vote was held on December 20.", "2025-01-10", "2024-12-20", "day", "December 20")]
    [InlineData("The vote is set for January 3.", "2025-12-28", "2026-01-03", "day", "January 3")]
    [InlineData("The report is dated 2025-07-29.", "2025-07-30", "2025-07-29", "day", "2025-07-29")]
    [InlineData("The decree of 29/07/2025 was published.", "2025-07-30", "2025-07-29", "day", "29/07/2025")]
    [InlineData("The decree of 07/29/2025 was published.", "2025-07-30", "2025-07-29", "day", "07/29/2025")]
    [InlineData("The decree of 03/04/2025 was published.", "2025-07-30", "2025-04-03", "day", "03/04/2025")]
    [InlineData("Prices rose in July 2025.", "2025-07-30", "2025-07", "month", "July 2025")]
    [InlineData("The war began in 2019.", "2025-07-30", "2019", "year", "2019")]
    [InlineData("He has ruled since 2011.", "2025-07-30", "2011", "year", "2011")]
    [InlineData("The goal is net zero by 2030.", "2025-07-30", "2030", "year", "2030")]
    [InlineData("Inflation peaked in the 1990s.", "2025-07-30", "1990", "year", "1990s")]
    [InlineData("Prices fell in mid-2024.", "2025-07-30", "2024", "year", "mid-2024")]
    [InlineData("The minister met rebels on Tuesday.", "2025-07-30", "2025-07-29", "day", "Tuesday")]
    [InlineData("The minister met rebels Tuesday.", "2025-07-30", "2025-07-29", "day", "Tuesday")]
    [InlineData("The minister met rebels last Tuesday.", "2025-07-30", "2025-07-29", "day", "last Tuesday")]
    [InlineData("The minister will meet rebels next Tuesday.", "2025-07-30", "2025-08-05", "day", "next Tuesday")]
    [InlineData("The council met on Wednesday.", "2025-07-30", "2025-07-30", "day", "Wednesday")]
    [InlineData("He will travel on Friday.", "2025-07-30", "2025-08-01", "day", "Friday")]
    [InlineData("The minister said on Tuesday he will travel to Moscow.", "2025-07-30", "2025-07-29", "day", "Tuesday")]
    [InlineData("Clashes erupted on Monday night.", "2025-07-30", "2025-07-28", "day", "Monday night")]
    [InlineData("Talks resumed Tuesday morning.", "2025-07-30", "2025-07-29", "day", "Tuesday morning")]
    [InlineData("On Friday, the president will address parliament.", "2025-07-30", "2025-08-01", "day", "Friday")]
    [InlineData("The president is to visit Ankara on Thursday.", "2025-07-30", "2025-07-31", "day", "Thursday")]
    [InlineData("The envoy plans to arrive on Saturday.", "2025-07-30", "2025-08-02", "day", "Saturday")]
    [InlineData("Protesters gathered on Sunday.", "2025-07-30", "2025-07-27", "day", "Sunday")]
    [InlineData("Protests broke out today.", "2025-07-30", "2025-07-30", "day", "today")]
    [InlineData("Troops withdrew yesterday.", "2025-07-30", "2025-07-29", "day", "yesterday")]
    [InlineData("The summit opens tomorrow.", "2025-07-30", "2025-07-31", "day", "tomorrow")]
    [InlineData("The army shelled the town last week.", "2025-07-30", "2025-07-21", "day", "last week")]
    [InlineData("Elections will be held next week.", "2025-07-30", "2025-08-04", "day", "next week")]
    [InlineData("The law passed last month.", "2025-07-30", "2025-06", "month", "last month")]
    [InlineData("Talks began earlier this month.", "2025-07-30", "2025-07", "month", "earlier this month")]
    [InlineData("The ceasefire collapsed last year.", "2025-07-30", "2024", "year", "last year")]
    [InlineData("Elections are due next year.", "2025-07-30", "2026", "year", "next year")]
    [InlineData("The economy shrank this year.", "2025-07-30", "2025", "year", "this year")]
    [InlineData("Two days ago rebels seized the town.", "2025-07-30", "2025-07-28", "day", "Two days ago")]
    [InlineData("The deal was signed three weeks ago.", "2025-07-30", "2025-07-09", "day", "three weeks ago")]
    [InlineData("A year ago the city fell.", "2025-07-30", "2024", "year", "A year ago")]
    [InlineData("Six months ago the talks collapsed.", "2025-07-30", "2025-01", "month", "Six months ago")]
    [InlineData("A decade ago the country was at peace.", "2025-07-30", "2015", "year", "A decade ago")]
    [InlineData("The government collapsed last December.", "2025-07-30", "2024-12", "month", "last December")]
    [InlineData("The government collapsed last March.", "2025-07-30", "2025-03", "month", "last March")]
    [InlineData("The strike began in March.", "2025-07-30", "2025-03", "month", "March")]
    [InlineData("The treaty was signed in December.", "2025-07-30", "2024-12", "month", "December")]
    [InlineData("Elections will take place in December.", "2025-07-30", "2025-12", "month", "December")]
    [InlineData("Elections will take place in May.", "2025-07-30", "2026-05", "month", "May")]
    [InlineData("Turnout dropped earlier this year.", "2025-07-30", "2025", "year", "earlier this year")]
    [InlineData("Gunmen attacked a church over the weekend.", "2025-07-30", "2025-07-26", "day", "the weekend")]
    [InlineData("Talks were held Tuesday, July 29, 2025.", "2025-07-30", "2025-07-29", "day", "Tuesday, July 29, 2025")]
    [InlineData("The army shelled the city last night.", "2025-07-30", "2025-07-29", "day", "last night")]
    [InlineData("The decision came on the 29th of July.", "2025-07-30", "2025-07-29", "day", "29th of July")]
    [InlineData("He left office in early 2024.", "2025-07-30", "2024", "year", "early 2024")]
    [InlineData("Violence flared in late March.", "2025-07-30", "2025-03", "month", "late March")]
    [InlineData("The regime fell on 8 December 2024.", "2025-07-30", "2024-12-08", "day", "8 December 2024")]
    [InlineData("The offensive began on Sept. 3, 2024.", "2025-07-30", "2024-09-03", "day", "Sept. 3, 2024")]
    [InlineData("The talks will resume next month.", "2025-07-30", "2025-08", "month", "next month")]
    [InlineData("The rally took place on Sunday.", "2025-08-03", "2025-08-03", "day", "Sunday")]
    [InlineData("The law passed on February 29.", "2024-03-01", "2024-02-29", "day", "February 29")]
    [InlineData("Syria’s parliament met Tuesday’s deadline.", "2025-07-30", "2025-07-29", "day", "Tuesday")]
    [InlineData("Fighting has raged since mid-December.", "2025-07-30", "2024-12", "month", "mid-December")]
    [InlineData("The ceasefire took effect on 1 January.", "2025-07-30", "2025-01-01", "day", "1 January")]
    [InlineData("Rebels attacked on Monday and withdrew the next day.", "2025-07-30", "2025-07-28", "day", "Monday")]
    [InlineData("Talks open on Monday and close next week.", "2025-07-30", "2025-08-04", "day", "Monday")]
    [InlineData("The 1991 agreement still holds.", "2025-07-30", "1991", "year", "1991")]
    [InlineData("The decree of 7/8/07 was published.", "2007-07-09", "2007-07-08", "day", "7/8/07")]
    [InlineData("Production is expected to resume in early June.", "2009-05-14", "2009-06", "month", "early June")]
    [InlineData("Production stopped in early June.", "2009-05-14", "2009-06", "month", "early June")]
    [InlineData("The new law will take effect on 1 January.", "2025-07-30", "2026-01-01", "day", "1 January")]
    [InlineData("Talks are due to resume on Feb. 3.", "2025-12-28", "2026-02-03", "day", "Feb. 3")]
    public void Resolves_news_dates(string text, string anchor, string iso, string precision, string span)
    {
        var doc = Run(text, anchor);
        Assert.NotEmpty(doc.Times);
        var t = doc.Times[0];
        Assert.Equal(span, t.Tokens.TextIn(doc));
        Assert.Equal(iso, t.Value.Iso);
        Assert.Equal(precision, TimeValue.PrecisionName(t.Value.Precision));
    }

    [Theory]
    [InlineData("May I ask a question?")]
    [InlineData("Room 2019 was empty.")]
    [InlineData("Output fell by 2500 barrels.")]
    [InlineData("Markets recalled Black Monday.")]
    [InlineData("Pilgrims marked Good Friday.")]
    [InlineData("Flight 1549 landed with 2500 kg of cargo.")]
    [InlineData("He will march in the parade.")]
    [InlineData("Jan Smith arrived with 300 troops.")]
    [InlineData("Nothing happened at all.")]
    [InlineData("The score was 3-1 and 2/3 of fans left.")]
    public void Ignores_non_dates(string text)
    {
        var doc = Run(text, "2025-07-30");
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void Relative_dates_without_anchor_are_unresolved_with_a_reason()
    {
        var doc = Run("The minister met rebels on Tuesday.", null);
        var t = Assert.Single(doc.Times);
        Assert.Null(t.Value.Date);
        Assert.Equal(DatePrecision.Unknown, t.Value.Precision);
        Assert.Equal("no publication date to anchor 'Tuesday'", t.Value.Reason);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Extreme_anchors_do_not_throw(string anchor)
    {
        var doc = Run("He left last Tuesday, two weeks ago, on July 29 and next year; it ends in December.", anchor);
        Assert.All(doc.Times, t => Assert.Null(t.Value.Date));
    }

    [Fact]
    public void Absolute_dates_resolve_without_anchor()
    {
        var doc = Run("The talks ended on July 29, 2025.", null);
        Assert.Equal("2025-07-29", Assert.Single(doc.Times).Value.Iso);
    }

    [Fact]
    public void Impossible_day_is_unresolved()
    {
        var doc = Run("It was signed on February 30, 2025.", "2025-07-30");
        var t = Assert.Single(doc.Times);
        Assert.Null(t.Value.Date);
        Assert.Contains("no such day", t.Value.Reason);
    }

    [Fact]
    public void Year_ranges_give_two_mentions()
    {
        var doc = Run("Fighting continued from 2019 to 2021.", "2025-07-30");
        Assert.Equal(["2019", "2021"], doc.Times.Select(t => t.Value.Iso));
    }

    [Fact]
    public void Event_date_is_nearest_expression_in_sentence_else_publication()
    {
        var doc = Run("Rebels seized the town on Monday. The army retreated.", "2025-07-30");
        var (v0, idx0, fromText0) = DateResolver.EventDate(doc, 0, 1);
        Assert.Equal("2025-07-28", v0.Iso);
        Assert.True(fromText0);
        Assert.Equal(0, idx0);
        var (v1, _, fromText1) = DateResolver.EventDate(doc, 1, doc.Sentence(1).FirstToken + 2);
        Assert.Equal("2025-07-30", v1.Iso);
        Assert.False(fromText1);
    }

    [Fact]
    public void Declares_its_pipeline_contract()
    {
        Assert.Equal("dates", DateResolver.Default.Name);
        Assert.Equal(Annotation.Tokens | Annotation.Sentences, DateResolver.Default.Requires);
        Assert.Equal(Annotation.TimeExpressions, DateResolver.Default.Assigns);
    }

    [Fact]
    public void Time_words_file_loads()
    {
        var w = TimeWords.Default;
        Assert.Equal(12, w.Calendar.Values.Where(v => v.Kind == TimeWordKind.Month && v.Unit != 'a').Select(v => v.Value).Distinct().Count());
        Assert.Equal(7, w.Calendar.Values.Where(v => v.Kind == TimeWordKind.Weekday).Select(v => v.Value).Distinct().Count());
        Assert.Equal(20, w.Calendar.Values.Where(v => v.Kind == TimeWordKind.Number && v.Value is >= 1 and <= 20).Select(v => v.Value).Distinct().Count());
        Assert.Equal(TimeWordKind.Number, w.Find("twenty").Kind);
        Assert.Equal('y', w.Find("years").Unit);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Random_text_never_throws_and_spans_stay_in_bounds(string? s, int dayOffset)
    {
        var text = s ?? "";
        var doc = TestDocuments.Make(text.Length == 0 ? "x" : text, new DateOnly(2025, 7, 30).AddDays(dayOffset % 4000));
        DateResolver.Default.Process(doc);
        return doc.Times.All(t => t.Tokens.FirstToken >= 0 && t.Tokens.EndToken <= doc.TokenCount && t.Tokens.Length > 0
            && (t.Value.Date is not null || t.Value.Reason is not null));
    }

    private static readonly string[] Pieces =
        ["on", "Tuesday", "last", "next", "December", "May", "29", "2025", ",", ".", "in", "since", "ago", "two", "weeks",
         "a", "year", "mid-2024", "the", "1990s", "will", "said", "29/07/2025", "2025-07-29", "weekend", "over", "this",
         "earlier", "month", "Jul.", "night", "31", "February", "30", "'", "90s", "-", "mid", "today",
         // boundary, range, duration and set words: every rule family gets random neighbours, and sentence ends
         "end", "of", "start", "beginning", "middle", "until", "early", "late", "by", "at", "morning", "spring", "every",
         "for", "from", "to", "between", "and", "decade", "century", "week", "day", "days", "hours", "quarter", "fiscal",
         "first", "half", "second", "2019", "tonight", "yesterday", "tomorrow", "past", "coming", "Q3", "9", "p.m."];

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Random_date_words_never_throw() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).ToArbitrary(), Gen.Choose(-40000, 40000).ToArbitrary(), (words, offset) =>
        {
            var doc = TestDocuments.Make(words.Length == 0 ? "x" : string.Join(' ', words), new DateOnly(2025, 7, 30).AddDays(offset));
            DateResolver.Default.Process(doc);
            return doc.Times.All(t => t.Tokens.Length > 0 && t.Tokens.EndToken <= doc.TokenCount);
        });

    /// <summary>A boundary phrase at the very end of a sentence ("until the end of") once read past the sentence.</summary>
    [Theory]
    [InlineData("The fighting went on until the end of")]
    [InlineData("Talks resume at the start of")]
    [InlineData("by the middle of")]
    public void A_sentence_that_ends_inside_a_time_phrase_does_not_crash(string text)
    {
        var doc = Run(text, "2025-07-30");
        Assert.All(doc.Times, t => Assert.True(t.Tokens.EndToken <= doc.TokenCount));
    }
}
