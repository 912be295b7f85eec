using FsCheck;
using FsCheck.Fluent;
using Tidings.Time;

namespace Tidings.Tests.Time;

/// <summary>TIMEX3 normalisation through the pure entry point <see cref="TimeExpressions.Find"/> (own tokenizer and tagger).</summary>
public class Timex3Tests
{
    private static TimeExpression First(string text, string anchor, string span)
    {
        var found = TimeExpressions.Find(text, DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(found);
        return found.FirstOrDefault(t => t.Text == span) ?? throw new Xunit.Sdk.XunitException(
            $"no expression '{span}' in: {string.Join(" | ", found.Select(t => $"{t.Text}={t.Value}"))}");
    }

    // 2013-03-22 is a Friday (ISO week 12); 2013-03-24 a Sunday (still week 12).
    [Theory]
    [InlineData("Talks ended on March 5, 2013.", "2013-03-22", "March 5, 2013", "DATE", "2013-03-05")]
    [InlineData("Talks ended on 5 March 2013.", "2013-03-22", "5 March 2013", "DATE", "2013-03-05")]
    [InlineData("The report is dated 2013-03-05.", "2013-03-22", "2013-03-05", "DATE", "2013-03-05")]
    [InlineData("The decree of 03/05/2013 was published.", "2013-03-22", "03/05/2013", "DATE", "2013-03-05")]
    [InlineData("The envoy arrived on Mar. 5 with aides.", "2013-03-22", "Mar. 5", "DATE", "2013-03-05")]
    [InlineData("The minister met the rebels on Tuesday.", "2013-03-22", "Tuesday", "DATE", "2013-03-19")]
    [InlineData("The minister will meet the rebels on Tuesday.", "2013-03-22", "Tuesday", "DATE", "2013-03-26")]
    [InlineData("The strike began last December.", "2013-03-22", "last December", "DATE", "2012-12")]
    [InlineData("The war began in 2009.", "2013-03-22", "2009", "DATE", "2009")]
    [InlineData("Prices rose sharply earlier this month.", "2013-03-22", "earlier this month", "DATE", "2013-03")]
    [InlineData("Rebels seized the town two days ago.", "2013-03-22", "two days ago", "DATE", "2013-03-20")]
    [InlineData("The ministers will meet again next week.", "2013-03-22", "next week", "DATE", "2013-W13")]
    [InlineData("Gunmen attacked a church over the weekend.", "2013-03-24", "the weekend", "DATE", "2013-W12-WE")]
    [InlineData("Troops withdrew yesterday.", "2013-03-22", "yesterday", "DATE", "2013-03-21")]
    [InlineData("Protests broke out today.", "2013-03-22", "today", "DATE", "2013-03-22")]
    [InlineData("The country is now at peace.", "2013-03-22", "now", "DATE", "PRESENT_REF")]
    [InlineData("The army has recently moved north.", "2013-03-22", "recently", "DATE", "PAST_REF")]
    [InlineData("Inflation doubled over the past decade.", "2013-03-22", "the past decade", "DURATION", "P10Y")]
    [InlineData("Talks resumed Tuesday morning.", "2013-03-22", "Tuesday morning", "TIME", "2013-03-19TMO")]
    [InlineData("The president will speak tonight.", "2013-03-22", "tonight", "TIME", "2013-03-22TNI")]
    [InlineData("Crops failed last summer.", "2013-03-22", "last summer", "DATE", "2012-SU")]
    [InlineData("Profits fell in the first quarter of 2013.", "2013-03-22", "the first quarter of 2013", "DATE", "2013-Q1")]
    [InlineData("Sales rose in the fourth quarter.", "2013-03-22", "the fourth quarter", "DATE", "2012-Q4")]
    [InlineData("Debt soared in the 1990s.", "2013-03-22", "1990s", "DATE", "199")]
    [InlineData("Wars marked the 20th century.", "2013-03-22", "the 20th century", "DATE", "19")]
    [InlineData("He ruled the province for three years.", "2013-03-22", "three years", "DURATION", "P3Y")]
    [InlineData("The siege lasted two weeks.", "2013-03-22", "two weeks", "DURATION", "P2W")]
    [InlineData("Hostages were held for 48 hours.", "2013-03-22", "48 hours", "DURATION", "PT48H")]
    [InlineData("The council meets every week.", "2013-03-22", "every week", "SET", "P1W")]
    [InlineData("The figures are published weekly.", "2013-03-22", "weekly", "SET", "P1W")]
    [InlineData("Elections are held each year.", "2013-03-22", "each year", "SET", "P1Y")]
    [InlineData("The market opens every Monday.", "2013-03-22", "every Monday", "SET", "XXXX-WXX-1")]
    [InlineData("The envoys meet twice a month.", "2013-03-22", "twice a month", "SET", "P1M")]
    [InlineData("The vote is set for 3 p.m. on Friday.", "2013-03-22", "3 p.m.", "TIME", "2013-03-22T15:00")]
    [InlineData("The ceasefire took effect at 18:00 GMT.", "2013-03-22", "18:00 GMT", "TIME", "2013-03-22T18:00")]
    [InlineData("The treaty will expire in the future.", "2013-03-22", "the future", "DATE", "FUTURE_REF")]
    [InlineData("Prices fell in early December.", "2013-03-22", "early December", "DATE", "2012-12")]
    [InlineData("Output grew at the end of last year.", "2013-03-22", "the end of last year", "DATE", "2012")]
    [InlineData("Unemployment fell this year.", "2013-03-22", "this year", "DATE", "2013")]
    [InlineData("The agency was founded in May 2010.", "2013-03-22", "May 2010", "DATE", "2010-05")]
    [InlineData("The budget for this fiscal year was cut.", "2013-03-22", "this fiscal year", "DATE", "2013")]
    [InlineData("The project was delayed for months.", "2013-03-22", "months", "DURATION", "PXM")]
    [InlineData("The talks could take several days.", "2013-03-22", "several days", "DURATION", "PXD")]
    [InlineData("Fighting has worsened in recent weeks.", "2013-03-22", "recent weeks", "DURATION", "PXW")]
    [InlineData("He signed a 25-year lease.", "2013-03-22", "25-year", "DURATION", "P25Y")]
    [InlineData("The winner finished in 2:05:30 on the course.", "2013-03-22", "2:05:30", "DURATION", "PT2H5M30S")]
    [InlineData("The bill passed last week.", "2013-03-22", "last week", "DATE", "2013-W11")]
    [InlineData("Turnout was low this week.", "2013-03-22", "this week", "DATE", "2013-W12")]
    [InlineData("The army withdrew last night.", "2013-03-22", "last night", "TIME", "2013-03-21TNI")]
    [InlineData("Talks will resume next month.", "2013-03-22", "next month", "DATE", "2013-04")]
    [InlineData("The company was founded in 1987.", "2013-03-22", "1987", "DATE", "1987")]
    [InlineData("Violence spread across the country in 2011 and 2012.", "2013-03-22", "2012", "DATE", "2012")]
    [InlineData("Drought returned in the spring of 2011.", "2013-03-22", "the spring of 2011", "DATE", "2011-SP")]
    [InlineData("Troops will stay for the time being.", "2013-03-22", "the time being", "DATE", "PRESENT_REF")]
    [InlineData("The ceasefire agreed on March 4-5 collapsed.", "2013-03-22", "March 4-5", "DATE", "2013-03-04")]
    [InlineData("The law was drafted in the mid-1990s.", "2013-03-22", "mid-1990s", "DATE", "199")]
    [InlineData("The population will double by the end of the decade.", "2013-03-22", "the end of the decade", "DATE", "201")]
    [InlineData("A truce began at midnight on Tuesday.", "2013-03-22", "midnight", "TIME", "2013-03-19T24:00")]
    [InlineData("Rebels attacked on Monday and withdrew the next day.", "2013-03-22", "the next day", "DATE", "2013-03-19")]
    [InlineData("Sales had doubled the previous year.", "2013-03-22", "the previous year", "DATE", "2012")]
    [InlineData("Markets were shut until Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22")]
    [InlineData("The war lasted from 1957 to 58.", "2013-03-22", "58", "DATE", "1958")]
    [InlineData("Output hit a low not seen since '82.", "2013-03-22", "'82", "DATE", "1982")]
    [InlineData("The talks could last between two and three weeks.", "2013-03-22", "two", "DURATION", "P2W")]
    [InlineData("Stocks fell for six straight days.", "2013-03-22", "six straight days", "DURATION", "P6D")]
    [InlineData("The decades-long dispute ended.", "2013-03-22", "decades-long", "DURATION", "PXDE")]
    [InlineData("Shops stayed open on Christmas Eve.", "2013-03-22", "Christmas Eve", "DATE", "2012-12-24")]
    [InlineData("The truce will begin on New Year's Day.", "2013-11-20", "New Year's Day", "DATE", "2014-01-01")]
    [InlineData("The parade was held on Bastille Day 2012.", "2013-03-22", "Bastille Day 2012", "DATE", "2012-07-14")]
    [InlineData("The summit opens on Tuesday in Geneva.", "2013-03-20", "Tuesday", "DATE", "2013-03-26")]
    [InlineData("Ministers are meeting on Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22")]
    [InlineData("Ministers were meeting on Friday.", "2013-03-20", "Friday", "DATE", "2013-03-15")]
    public void Normalises_to_TIMEX3(string text, string anchor, string span, string type, string value)
    {
        var t = First(text, anchor, span);
        Assert.Equal(type, Tidings.Evaluation.TimeEvaluator.TypeName(t.Type));
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void A_range_of_years_gives_two_dates()
    {
        var found = TimeExpressions.Find("The rebels held the city from 2011 to 2024.", new DateOnly(2025, 1, 10));
        Assert.Equal(["2011", "2024"], found.Select(t => t.Value));
    }

    [Fact]
    public void Relative_expressions_without_anchor_are_unresolved_with_a_reason()
    {
        var t = Assert.Single(TimeExpressions.Find("The minister met the rebels last week.", null));
        Assert.Null(t.Value);
        Assert.Contains("no publication date", t.Reason);
    }

    [Fact]
    public void Time_mentions_keep_their_calendar_value_for_event_dates()
    {
        var t = Assert.Single(TimeExpressions.Find("Talks resumed Tuesday morning.", new DateOnly(2013, 3, 22)));
        Assert.Equal("2013-03-19", t.Date.Iso);
        Assert.Equal(DatePrecision.Day, t.Date.Precision);
        var d = Assert.Single(TimeExpressions.Find("He ruled for three years.", new DateOnly(2013, 3, 22)));
        Assert.Null(d.Date.Date);
    }

    [Theory]
    [InlineData("Room 2019 was empty.")]
    [InlineData("About 2000 people marched.")]
    [InlineData("The score was 3:1 after extra play.")]
    [InlineData("Spring water is clean.")]
    [InlineData("The Daily Telegraph reported it.")]
    public void Ignores_non_times(string text) => Assert.Empty(TimeExpressions.Find(text, new DateOnly(2013, 3, 22)));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Random_strings_never_throw(string? s, int dayOffset)
    {
        var found = TimeExpressions.Find(s, new DateOnly(2013, 3, 22).AddDays(dayOffset % 5000));
        return found.All(t => t.Start >= 0 && t.End <= (s?.Length ?? 0) && t.Start < t.End && (t.Value is not null || t.Reason is not null));
    }

    private static readonly string[] Pieces =
        ["every", "each", "week", "weekly", "the", "past", "decade", "3", "p.m.", "15:00", "GMT", "Tuesday", "morning", "first", "quarter",
         "of", "2013", "last", "summer", "twice", "a", "month", "for", "years", "now", "recently", "end", "58", "'", "80s", "and", "1957",
         "fiscal", "year", "2:05:30", "twenty-five", "-", "to", "days", "ago", "until", "Friday", "20th", "century", "spring", "early", "this"];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Random_time_words_never_throw() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).ToArbitrary(), Gen.Choose(-800000, 800000).ToArbitrary(), (words, offset) =>
        {
            var text = string.Join(' ', words);
            var found = TimeExpressions.Find(text, DateOnly.FromDayNumber(Math.Clamp(new DateOnly(2013, 3, 22).DayNumber + offset, 0, DateOnly.MaxValue.DayNumber)));
            return found.All(t => t.Start < t.End && t.End <= text.Length);
        });

    [Fact]
    public void Huge_text_does_not_throw()
    {
        var text = string.Concat(Enumerable.Repeat("On Tuesday, 3 p.m., every week for 48 hours \u0000\uD800 ", 4000));
        Assert.NotEmpty(TimeExpressions.Find(text, new DateOnly(2013, 3, 22)));
    }
}
