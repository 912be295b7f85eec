using System.Collections.Frozen;

namespace Tidings.Time;

/// <summary>What a word means to the date resolver (see data/time/time-words.tsv).</summary>
internal enum TimeWordKind : byte { None, Month, Weekday, Number, Unit, Daypart, Future, Past, Named }

/// <summary>One row of time-words.tsv: month number, ISO weekday, cardinal or future-cue strength; <see cref="Unit"/> is the unit letter (d w m y D) or 'a' for an abbreviation.</summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, char Unit);

/// <summary>
/// The word tables of data/time/time-words.tsv, loaded once into frozen dictionaries keyed case-insensitively,
/// with a span lookup so the resolver never allocates per token. A word may have several kinds ("may" is only
/// a month here; "sat" is a weekday abbreviation and a past verb), so each kind has its own table.
/// </summary>
internal sealed class TimeWords
{
    private static readonly Lazy<TimeWords> _default = new(() => Load("time/time-words.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);
    public static TimeWords Default => _default.Value;

    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _calendar;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _cues;

    private TimeWords(FrozenDictionary<string, TimeWord> calendar, FrozenDictionary<string, TimeWord> cues, FrozenDictionary<string, int> holidays)
    {
        Calendar = calendar;
        Cues = cues;
        Holidays = holidays;
        HolidayFirstWords = holidays.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _holidayFirst = HolidayFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _calendar = calendar.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = cues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Months, weekdays, numbers, units and day parts.</summary>
    public FrozenDictionary<string, TimeWord> Calendar { get; }
    /// <summary>Tense cues (future words, irregular past-tense verbs) and named-day prefixes.</summary>
    public FrozenDictionary<string, TimeWord> Cues { get; }

    /// <summary>Fixed-date holidays: lower-case name (words separated by one space, "'s" joined: "new year's day") → month × 100 + day.</summary>
    public FrozenDictionary<string, int> Holidays { get; }
    /// <summary>The first word of each holiday name, so the resolver builds a phrase only after one of them.</summary>
    public FrozenSet<string> HolidayFirstWords { get; }
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _holidayFirst;
    public bool StartsHoliday(ReadOnlySpan<char> word) => _holidayFirst.Contains(word);

    public TimeWord Find(ReadOnlySpan<char> word) => _calendar.TryGetValue(word, out var w) ? w : default;
    public TimeWord Cue(ReadOnlySpan<char> word) => _cues.TryGetValue(word, out var w) ? w : default;

    public static TimeWords Load(string relativePath)
    {
        using var reader = DataFiles.OpenText(relativePath);
        var calendar = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        var cues = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        var holidays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        bool header = false;
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!header) { header = true; continue; }
            if (f.Length < 3) throw new InvalidDataException($"{relativePath}:{lineNo}: expected 3 columns");
            if (f[0] == "holiday")
            {
                int mmdd = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                if (mmdd / 100 is < 1 or > 12 || mmdd % 100 is < 1 or > 31 || !holidays.TryAdd(f[1], mmdd))
                    throw new InvalidDataException($"{relativePath}:{lineNo}: bad or repeated holiday '{f[1]}'");
                continue;
            }
            var kind = f[0] switch
            {
                "month" or "month-abbr" => TimeWordKind.Month,
                "weekday" or "weekday-abbr" => TimeWordKind.Weekday,
                "number" => TimeWordKind.Number,
                "unit" => TimeWordKind.Unit,
                "daypart" => TimeWordKind.Daypart,
                "future" => TimeWordKind.Future,
                "past" => TimeWordKind.Past,
                "named" => TimeWordKind.Named,
                _ => throw new InvalidDataException($"{relativePath}:{lineNo}: unknown kind '{f[0]}'"),
            };
            // Unit holds the unit letter for units, and 'a' marks an abbreviation of a month or weekday.
            char unit = kind == TimeWordKind.Unit ? f[2][0] : f[0].EndsWith("-abbr", StringComparison.Ordinal) ? 'a' : '\0';
            int value = kind == TimeWordKind.Unit ? 0 : int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            var target = kind is TimeWordKind.Future or TimeWordKind.Past or TimeWordKind.Named ? cues : calendar;
            if (!target.TryAdd(f[1], new TimeWord(kind, value, unit)))
                throw new InvalidDataException($"{relativePath}:{lineNo}: '{f[1]}' listed twice");
        }
        return new TimeWords(calendar.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            holidays.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
