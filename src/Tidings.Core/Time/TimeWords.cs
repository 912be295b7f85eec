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

    private TimeWords(FrozenDictionary<string, TimeWord> calendar, FrozenDictionary<string, TimeWord> cues)
    {
        Calendar = calendar;
        Cues = cues;
        _calendar = calendar.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = cues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Months, weekdays, numbers, units and day parts.</summary>
    public FrozenDictionary<string, TimeWord> Calendar { get; }
    /// <summary>Tense cues (future words, irregular past-tense verbs) and named-day prefixes.</summary>
    public FrozenDictionary<string, TimeWord> Cues { get; }

    public TimeWord Find(ReadOnlySpan<char> word) => _calendar.TryGetValue(word, out var w) ? w : default;
    public TimeWord Cue(ReadOnlySpan<char> word) => _cues.TryGetValue(word, out var w) ? w : default;

    public static TimeWords Load(string relativePath)
    {
        using var reader = DataFiles.OpenText(relativePath);
        var calendar = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        var cues = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        bool header = false;
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!header) { header = true; continue; }
            if (f.Length < 3) throw new InvalidDataException($"{relativePath}:{lineNo}: expected 3 columns");
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
        return new TimeWords(calendar.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
