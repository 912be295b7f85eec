using System.Globalization;
using System.Text;

namespace Tidings.Output;

/// <summary>
/// <c>gdelt</c>: the GDELT 2.0 Event table (the "export" file): 61 tab-separated columns per event in
/// GDELT's order, "\n" after each row, no header (GDELT files have none; <c>gdelt-header</c> adds one
/// line of the column names). What Tidings cannot know stays empty: ethnic codes, AvgTone, actor geography,
/// ADM1/ADM2 codes and feature ids. Each <see cref="CodedEvent"/> is one event of one article: NumMentions
/// is its number of mentions in that article (<see cref="CodedEvent.Mentions"/>), NumSources = NumArticles = 1.
/// <list type="bullet">
/// <item>GlobalEventID: <see cref="EventIds.GlobalEventId"/>.</item>
/// <item>Day (YYYYMMDD) is the event date when its precision is "day", else the publication date (GDELT
/// itself dates events by publication); MonthYear, Year and FractionDate follow Day; all four are empty
/// when neither is known. FractionDate = Year + (Month × 30 + Day) / 365, as GDELT's codebook computes it.</item>
/// <item>IsRootEvent is 1 for events mentioned in the headline, the deck or the article's first three sentences
/// (paragraphs are not tracked, so this stands in for GDELT's "lead paragraph").</item>
/// <item>ActionGeo comes from the event's place; Type is 1 (country) without coordinates, 3 (US city) or 4
/// (world city) with them; CountryCode is GDELT's FIPS 10-4 code when the ISO alpha-3 code has one.</item>
/// <item>DATEADDED is <see cref="EventWriterOptions.DateAdded"/> (UTC) when given, else the publication day at 000000.</item>
/// <item>Tabs, line breaks and other control characters inside text are replaced by spaces.</item>
/// </list>
/// </summary>
internal sealed class GdeltEventWriter : IEventWriter
{
    public static readonly string[] Columns = BuildColumns();

    private static string[] BuildColumns()
    {
        var c = new List<string> { "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate" };
        foreach (var a in new[] { "Actor1", "Actor2" })
            foreach (var f in new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                      "Religion2Code", "Type1Code", "Type2Code", "Type3Code" })
                c.Add(a + f);
        c.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        foreach (var g in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
            foreach (var f in new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" })
                c.Add(g + "_" + f);
        c.AddRange(["DATEADDED", "SOURCEURL"]);
        return c.ToArray();
    }

    private readonly TextWriter _out;
    private readonly bool _header;
    private readonly DateTimeOffset? _dateAdded;
    private readonly string?[] _row = new string?[Columns.Length];
    private bool _headerWritten;
    private bool _completed;

    public GdeltEventWriter(TextWriter output, bool header, DateTimeOffset? dateAdded)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _header = header;
        _dateAdded = dateAdded;
    }

    public void Write(CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_completed, this);
        WriteHeader();
        Fill(e, _dateAdded, _row);
        for (int i = 0; i < _row.Length; i++)
        {
            if (i > 0) _out.Write('\t');
            WriteClean(_row[i]);
        }
        _out.Write('\n');
    }

    private void WriteHeader()
    {
        if (!_header || _headerWritten) return;
        _headerWritten = true;
        _out.Write(string.Join('\t', Columns));
        _out.Write('\n');
    }

    private void WriteClean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return;
        int bad = IndexOfControl(s);
        if (bad < 0) { _out.Write(s); return; }
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s) sb.Append(char.IsControl(ch) ? ' ' : ch);
        _out.Write(sb);
    }

    private static int IndexOfControl(string s)
    {
        for (int i = 0; i < s.Length; i++) if (char.IsControl(s[i])) return i;
        return -1;
    }

    /// <summary>Fills the 61 fields of one row (null = empty), unsanitised.</summary>
    internal static void Fill(CodedEvent e, DateTimeOffset? dateAdded, string?[] r)
    {
        Array.Clear(r);
        var inv = CultureInfo.InvariantCulture;
        r[0] = EventIds.GlobalEventId(e).ToString(inv);
        var day = EventDay(e);
        if (day is { } d)
        {
            r[1] = d.ToString("yyyyMMdd", inv);
            r[2] = d.ToString("yyyyMM", inv);
            r[3] = d.ToString("yyyy", inv);
            r[4] = (d.Year + (d.Month * 30 + d.Day) / 365.0).ToString("F4", inv);
        }
        FillActor(e.Source, r, 5);
        FillActor(e.Target, r, 15);
        r[25] = IsRoot(e) ? "1" : "0";
        var cameo = e.Cameo;
        r[26] = cameo;
        r[27] = cameo.Length > 3 ? cameo[..3] : cameo;
        r[28] = cameo.Length > 2 ? cameo[..2] : cameo;
        r[29] = e.QuadClass.ToString(inv);
        r[30] = CsvEventWriter.D(e.Goldstein);
        r[31] = e.Mentions.Count.ToString(inv);
        r[32] = r[33] = "1";
        // 34 AvgTone, 35–42 Actor1Geo, 43–50 Actor2Geo: unknown.
        if (e.Place is { } p)
        {
            bool coords = p.Lat is { } lat && double.IsFinite(lat) && p.Lon is { } lon && double.IsFinite(lon);
            r[51] = coords ? (p.Country == "USA" ? "3" : "4") : p.Country is not null ? "1" : null;
            r[52] = p.Name;
            r[53] = p.Country is null ? null : Fips.FromIso3(p.Country) ?? p.Country;
            if (coords)
            {
                r[56] = p.Lat!.Value.ToString("R", inv);
                r[57] = p.Lon!.Value.ToString("R", inv);
            }
        }
        if (dateAdded is { } added) r[59] = added.UtcDateTime.ToString("yyyyMMddHHmmss", inv);
        else if (ParseDay(e.Published) is { } pub) r[59] = pub.ToString("yyyyMMdd", inv) + "000000";
        r[60] = e.Url;
    }

    private static void FillActor(ActorRef? a, string?[] r, int at)
    {
        if (a is null) return;
        var parts = CameoActorCode.Parse(a.Code);
        r[at] = a.Code;
        var name = a.Name ?? a.Text;
        r[at + 1] = string.IsNullOrEmpty(name) ? null : name.ToUpperInvariant();
        r[at + 2] = parts.Country;
        r[at + 3] = parts.KnownGroup;
        // at + 4: ethnic code, not coded by Tidings.
        r[at + 5] = parts.Religion1;
        r[at + 6] = parts.Religion2;
        r[at + 7] = parts.Type1;
        r[at + 8] = parts.Type2;
        r[at + 9] = parts.Type3;
    }

    private static bool IsRoot(CodedEvent e)
    {
        foreach (var m in e.Mentions)
            if (m.Sentence < 3
                || m.Evidence.Section.Equals("headline", StringComparison.OrdinalIgnoreCase)
                || m.Evidence.Section.Equals("deck", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>The event date when known to the day, else the publication day, else null.</summary>
    internal static DateOnly? EventDay(CodedEvent e) =>
        (e.DatePrecision == "day" ? ParseDay(e.Date) : null) ?? ParseDay(e.Published);

    internal static DateOnly? ParseDay(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    public void Complete()
    {
        if (_completed) return;
        WriteHeader();
        _completed = true;
        _out.Flush();
    }

    public void Dispose() => Complete();
}
