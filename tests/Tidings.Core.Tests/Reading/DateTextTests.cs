using Tidings.Reading;

namespace Tidings.Tests.Reading;

public class DateTextTests
{
    [Theory]
    [InlineData("2025-03-04", "2025-03-04")]
    [InlineData("2025-03-04T23:30:00-04:00", "2025-03-04")]
    [InlineData("2025-03-04T01:30:00.123+09:00", "2025-03-04")]
    [InlineData("2025-03-04 10:00:00", "2025-03-04")]
    [InlineData("20250304", "2025-03-04")]
    [InlineData("Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04")]
    [InlineData("Tue, 4 Mar 2025 22:00:00 -0500", "2025-03-04")]
    [InlineData("Tue, 04 Mar 2025 10:00:00 EST", "2025-03-04")]
    [InlineData("March 4, 2025", "2025-03-04")]
    [InlineData("Mar. 4, 2025", "2025-03-04")]
    [InlineData("4 March 2025", "2025-03-04")]
    [InlineData("September 9, 2025", "2025-09-09")]
    [InlineData("Sept. 9, 2025", "2025-09-09")]
    [InlineData("March 4th, 2025", "2025-03-04")]
    [InlineData("1741082400", "2025-03-04")]
    [InlineData("Foo", null)]
    [InlineData("", null)]
    [InlineData("2025-13-45", null)]
    [InlineData("0001-01-01", null)]
    public void Parses_publication_dates(string text, string? expected)
    {
        bool ok = DateText.TryParse(text, out var d);
        Assert.Equal(expected is not null, ok);
        if (ok) Assert.Equal(DateOnly.Parse(expected!), d);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Never_throws(string? s)
    {
        DateText.TryParse(s, out _);
        return true;
    }
}
