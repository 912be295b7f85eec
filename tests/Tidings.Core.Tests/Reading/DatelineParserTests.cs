using Tidings.Reading;

namespace Tidings.Tests.Reading;

public class DatelineParserTests
{
    [Theory]
    // body text, expected place, expected outlet (null = none), expected start of the remaining body
    [InlineData("MOSCOW (MNTV) — Syria's ministers met.", "MOSCOW", "MNTV", "Syria's")]
    [InlineData("WASHINGTON, March 3 (Reuters) - The Senate voted.", "WASHINGTON", "Reuters", "The Senate")]
    [InlineData("KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV, Ukraine", "AP", "Drones")]
    [InlineData("BEIRUT — Israeli jets struck a village.", "BEIRUT", null, "Israeli")]
    [InlineData("GAZA CITY, Nov 2 — Aid trucks entered.", "GAZA CITY", null, "Aid trucks")]
    [InlineData("LONDON: Britain summoned the envoy.", "LONDON", null, "Britain")]
    [InlineData("  ANKARA, Turkey, Jan. 14, 2025 (Anadolu) -- Talks resumed.", "ANKARA, Turkey", "Anadolu", "Talks")]
    [InlineData("UNITED NATIONS (AP) — The Security Council met.", "UNITED NATIONS", "AP", "The Security")]
    [InlineData("Moscow (Reuters) - Russia said on Friday.", "Moscow", "Reuters", "Russia")]
    [InlineData("ST. PETERSBURG, Russia — Leaders gathered.", "ST. PETERSBURG, Russia", null, "Leaders")]
    [InlineData("PORT-AU-PRINCE, Haiti (AFP) – Gangs clashed.", "PORT-AU-PRINCE, Haiti", "AFP", "Gangs")]
    [InlineData("N'DJAMENA—Chad closed its border.", "N'DJAMENA", null, "Chad")]
    [InlineData("PARIS, Tuesday — France said.", "PARIS", null, "France")]
    [InlineData("SANA'A, Sept. 9 (Xinhua) -- Houthi forces said.", "SANA'A", "Xinhua", "Houthi")]
    [InlineData("BOGOTÁ, Colombia — Rebels freed hostages.", "BOGOTÁ, Colombia", null, "Rebels")]
    [InlineData("WASHINGTON, D.C. (CNN) — Officials said.", "WASHINGTON, D.C.", "CNN", "Officials")]
    [InlineData("(NEW YORK) — Police officers said.", "NEW YORK", null, "Police")]
    [InlineData("(KYIV, Ukraine) - Drones struck overnight.", "KYIV, Ukraine", null, "Drones")]
    public void Parses_datelines(string body, string place, string? outlet, string rest)
    {
        Assert.True(DatelineParser.TryParse(body, out var dl, out int start));
        Assert.Equal(place, dl.Place);
        Assert.Equal(outlet, dl.Outlet);
        Assert.StartsWith(rest, body[start..]);
    }

    [Theory]
    [InlineData("US President Joe Biden said — after a pause — that talks would go on.")]
    [InlineData("The talks — the first in years — ended on Tuesday.")]
    [InlineData("Moscow said on Tuesday - in a statement - that it had no plans.")]
    [InlineData("Beirut — a city of two million — lost power.")]
    [InlineData("UPDATE: this story has been corrected.")]
    [InlineData("EDITOR'S NOTE — This story contains graphic details.")]
    [InlineData("NATO — which has 32 members — met in Brussels.")]
    [InlineData("NATO said on Monday it would meet.")]
    [InlineData("Israeli jets struck a village, officials said.")]
    [InlineData("(Reuters) - Russia said on Friday.")]
    [InlineData("(AP) — Officials said.")]
    [InlineData("MOSCOW")]
    [InlineData("MOSCOW —")]
    [InlineData("")]
    [InlineData("The U.S. - China talks resumed.")]
    [InlineData("GDP rose 3% - the fastest pace in years.")]
    [InlineData("In LONDON — where it rained — crowds gathered.")]
    public void Rejects_non_datelines(string body)
    {
        Assert.False(DatelineParser.TryParse(body, out _, out _));
    }

    // The regional press prints datelines in ordinary capitalisation: accepted only when asked for (the caller checks the
    // place against the gazetteer), short, and before a spaced dash, or a printed date and a colon or dash.
    [Theory]
    [InlineData("Abuja - The Senate on Tuesday passed a bill.", "Abuja", "The Senate")]
    [InlineData("Jaffna – Tamil fishermen threatened a siege.", "Jaffna", "Tamil")]
    [InlineData("Kathmandu, March 9: Police arrested three men.", "Kathmandu", "Police")]
    [InlineData("Dar es Salaam - Police banned all rallies.", "Dar es Salaam", "Police")]
    [InlineData("Port of Spain - Police said on Wednesday.", "Port of Spain", "Police")]
    public void Parses_title_case_datelines_when_asked(string body, string place, string rest)
    {
        Assert.False(DatelineParser.TryParse(body, out _, out _));
        bool ok = DatelineParser.TryParse(body, out var dl, out int start, out _, titleCasePlace: true);
        Assert.True(ok);
        Assert.Equal(place, dl.Place);
        Assert.StartsWith(rest, body[start..]);
    }

    [Theory]
    [InlineData("Moscow said on Tuesday - in a statement - that it had no plans.")]
    [InlineData("Beirut — a city of two million — lost power.")]
    [InlineData("US President Joe Biden said — after a pause — that talks would go on.")]
    [InlineData("The talks — the first in years — ended on Tuesday.")]
    [InlineData("Abuja-based lawyers filed a suit.")]
    [InlineData("Kathmandu: Police arrested three men.")]
    [InlineData("The Federal Capital Territory Of Nigeria - Police said.")]
    public void Rejects_title_case_non_datelines(string body)
    {
        Assert.False(DatelineParser.TryParse(body, out _, out _, out _, titleCasePlace: true));
    }

    [Theory]
    [InlineData("WASHINGTON, March 3 (Reuters) - Text.", "2025-03-10", "2025-03-03")]
    [InlineData("WASHINGTON, Dec. 30 (Reuters) - Text.", "2025-01-02", "2024-12-30")]
    [InlineData("ANKARA, Jan 14, 2023 — Text.", null, "2023-01-14")]
    [InlineData("GAZA CITY, Nov 2 — Text.", null, null)]
    public void Dateline_dates_resolve_with_a_reference(string body, string? reference, string? expected)
    {
        Assert.True(DatelineParser.TryParse(body, out _, out _, out var date));
        Assert.NotNull(date);
        DateOnly? r = reference is null ? null : DateOnly.Parse(reference);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), date!.Value.Resolve(r));
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Never_throws_on_random_text(string? s)
    {
        s ??= "";
        if (DatelineParser.TryParse(s, out var dl, out int start))
            return dl.Place.Length > 0 && start > 0 && start < s.Length;
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Never_throws_on_dateline_like_text(FsCheck.NonNull<string> tail, bool colon)
    {
        var s = "CAIRO, Egypt (MENA)" + (colon ? ":" : " —") + tail.Get;
        DatelineParser.TryParse(s, out _, out int start);
        return start >= 0 && start <= s.Length;
    }
}
