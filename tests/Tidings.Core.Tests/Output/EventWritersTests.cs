using System.Text;
using System.Text.Json;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tidings.Output;

namespace Tidings.Tests.Output;

public class EventWritersTests
{
    private static string Render(string format, IEnumerable<CodedEvent> events, EventWriterOptions? options = null)
    {
        var sw = new StringWriter();
        using (var w = EventWriters.Create(format, sw, options))
        {
            foreach (var e in events) w.Write(e);
            w.Complete();
        }
        return sw.ToString();
    }

    private static readonly EventWriterOptions FixedClock = new() { DateAdded = new DateTimeOffset(2025, 3, 11, 14, 5, 9, TimeSpan.Zero) };

    /// <summary>
    /// Output must stay byte-identical to the reviewed files under golden/. To accept an intended change,
    /// run once with TIDINGS_UPDATE_GOLDEN=1, then review the diff of the golden files before committing.
    /// </summary>
    [Theory]
    [InlineData("jsonl", "events.jsonl")]
    [InlineData("json", "events.json")]
    [InlineData("csv", "events.csv")]
    [InlineData("gdelt", "events.gdelt.tsv")]
    [InlineData("gdelt-header", "events.gdelt-header.tsv")]
    public void Output_matches_golden_file(string format, string file)
    {
        Assert.NotNull(SharedData.RepoRoot);
        var path = Path.Combine(SharedData.RepoRoot!, "tests", "Tidings.Core.Tests", "Output", "golden", file);
        var actual = Render(format, SampleEvents.All, FixedClock);
        if (Environment.GetEnvironmentVariable("TIDINGS_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        Assert.True(File.Exists(path), $"golden file {path} is missing");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void Jsonl_has_one_parseable_object_per_line_with_nested_contract_names()
    {
        var text = Render("jsonl", SampleEvents.All);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SampleEvents.All.Count, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var o = first.RootElement;
        Assert.Equal("KENGOV", o.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("ETHGOV", o.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("042", o.GetProperty("cameo").GetString());
        Assert.Equal("CONSULT", o.GetProperty("plover").GetProperty("type").GetString());
        Assert.Equal("ETH", o.GetProperty("place").GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("attribution").ValueKind);
        Assert.Equal("met", o.GetProperty("evidence").GetProperty("trigger").GetString());
        Assert.Equal(SampleEvents.Sentence0, o.GetProperty("evidence").GetProperty("sentence_text").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("target").ValueKind);
        Assert.Equal("KENCOP", second.RootElement.GetProperty("attribution").GetProperty("code").GetString());
    }

    [Fact]
    public void Jsonl_round_trips_every_field()
    {
        var text = Render("jsonl", SampleEvents.All);
        var back = CodedEventJson.ReadLines(new StringReader(text)).ToList();
        Assert.Equal(SampleEvents.All, back);
    }

    [Fact]
    public void Json_is_one_array_that_round_trips()
    {
        var text = Render("json", SampleEvents.All);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        var back = doc.RootElement.EnumerateArray().Select(CodedEventJson.Parse).ToList();
        Assert.Equal(SampleEvents.All, back);
    }

    [Fact]
    public void Jsonl_lists_every_mention_primary_first()
    {
        var lines = Render("jsonl", [SampleEvents.Meeting, SampleEvents.Talks]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var single = JsonDocument.Parse(lines[0]);
        var one = Assert.Single(single.RootElement.GetProperty("mentions").EnumerateArray());
        Assert.Equal(0, one.GetProperty("sentence").GetInt32());
        Assert.Equal("met", one.GetProperty("trigger").GetString());
        using var merged = JsonDocument.Parse(lines[1]);
        var mentions = merged.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal([2, 0], mentions.Select(m => m.GetProperty("sentence").GetInt32()));
        Assert.Equal(["body", "headline"], mentions.Select(m => m.GetProperty("section").GetString()));
        Assert.Equal(SampleEvents.TalksHeadline, mentions[1].GetProperty("sentence_text").GetString());
        Assert.Equal(13, mentions[1].GetProperty("trigger_start").GetInt32());
        Assert.Equal(2, merged.RootElement.GetProperty("sentence").GetInt32()); // the event's sentence is the primary's
    }

    [Fact]
    public void Json_written_before_mentions_existed_reads_as_one_mention()
    {
        var line = Render("jsonl", [SampleEvents.Meeting]);
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        Assert.True(node.Remove("mentions"));
        var back = CodedEventJson.Parse(node.ToJsonString());
        Assert.Equal(SampleEvents.Meeting, back);
        Assert.Equal([new MentionRef(0, SampleEvents.Meeting.Evidence)], back.Mentions);
    }

    [Fact]
    public void An_event_without_mentions_equals_the_same_event_listing_its_one_mention()
    {
        var e = SampleEvents.Meeting;
        var listed = e with { Mentions = [new MentionRef(e.Sentence, e.Evidence)] };
        Assert.Equal(e, listed);
        Assert.Equal(e.GetHashCode(), listed.GetHashCode());
        Assert.NotEqual(e, e with { Mentions = [new MentionRef(e.Sentence, e.Evidence), new MentionRef(4, e.Evidence)] });
        Assert.NotEqual(SampleEvents.Talks, SampleEvents.Talks with { Mentions = SampleEvents.Talks.Mentions.Reverse().ToList() });
    }

    /// <summary>CodedEvent writes its own equality (for Mentions); every other property must take part in it.</summary>
    [Fact]
    public void Equality_covers_every_property()
    {
        var e = SampleEvents.Protest;
        foreach (var p in typeof(CodedEvent).GetProperties().Where(p => p.Name != nameof(CodedEvent.Mentions)))
        {
            var copy = e with { };
            object? other = p.PropertyType switch
            {
                var t when t == typeof(string) => "changed",
                var t when t == typeof(int) => 99,
                var t when t == typeof(double) => 9.5,
                var t when t == typeof(bool) => !(bool)p.GetValue(e)!,
                var t when t == typeof(ActorRef) => new ActorRef("X", "X", "X", "X"),
                var t when t == typeof(PloverRef) => new PloverRef("X", null, null),
                var t when t == typeof(PlaceRef) => new PlaceRef("X", "X", 1, 1),
                var t when t == typeof(Evidence) => new Evidence("x", "x", "x", 1, 2, "deck"),
                var t => throw new InvalidOperationException($"add a changed value for {p.Name} ({t.Name})"),
            };
            // The init accessor is callable by reflection on the copy.
            p.SetValue(copy, other);
            Assert.False(e.Equals(copy), $"changing {p.Name} left the events equal");
        }
    }

    [Fact]
    public void Gdelt_num_mentions_counts_the_mentions_and_a_headline_mention_makes_a_root_event()
    {
        var lead = Render("gdelt", [SampleEvents.Talks]).TrimEnd('\n').Split('\t');
        Assert.Equal("2", lead[31]);                 // NumMentions
        Assert.Equal("1", lead[32]);                 // NumSources
        Assert.Equal("1", lead[33]);                 // NumArticles
        var late = SampleEvents.Talks with { Sentence = 7 };
        late = late with { Mentions = [new MentionRef(7, late.Evidence), new MentionRef(0, SampleEvents.Talks.Mentions[1].Evidence)] };
        Assert.Equal("1", Render("gdelt", [late]).Split('\t')[25]);
        var alone = late with { Mentions = [] };
        Assert.Equal("0", Render("gdelt", [alone]).Split('\t')[25]);
        Assert.Equal("1", Render("gdelt", [alone]).Split('\t')[31]);
    }

    [Fact]
    public void Csv_counts_mentions_in_its_last_column()
    {
        var lines = Render("csv", [SampleEvents.Meeting, SampleEvents.Talks]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",num_mentions", lines[0]);
        Assert.EndsWith(",1", lines[1]);
        Assert.EndsWith(",2", lines[2]);
    }

    [Theory]
    [InlineData("json", "[]\n")]
    [InlineData("jsonl", "")]
    [InlineData("gdelt", "")]
    public void Empty_output_is_still_valid(string format, string expected) =>
        Assert.Equal(expected, Render(format, []));

    [Fact]
    public void Empty_csv_has_its_header()
    {
        var text = Render("csv", []);
        Assert.StartsWith("article,sentence,source.code,", text);
        Assert.EndsWith("url,num_mentions\r\n", text);
    }

    [Fact]
    public void Dispose_completes_an_unfinished_json_array()
    {
        var sw = new StringWriter();
        using (var w = EventWriters.Create("json", sw)) w.Write(SampleEvents.Meeting);
        using var doc = JsonDocument.Parse(sw.ToString());
        Assert.Equal(1, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_never_emits_nan_or_infinity()
    {
        var e = SampleEvents.Meeting with { Goldstein = double.NaN, Place = new PlaceRef("X", "KEN", double.PositiveInfinity, 1) };
        var text = Render("jsonl", [e]);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("goldstein").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("place").GetProperty("lat").ValueKind);
    }

    [Property(MaxTest = 200)]
    public bool Json_round_trips_arbitrary_text(NonNull<string> text, NonNull<string> name, int sentence, int start)
    {
        var e = SampleEvents.Meeting with
        {
            Sentence = sentence,
            Source = new ActorRef(null, name.Get, text.Get, null),
            Evidence = SampleEvents.Meeting.Evidence with { SentenceText = text.Get, TriggerStart = start, Trigger = name.Get },
        };
        var line = Render("jsonl", [e]);
        // One object, one line, whatever the text holds.
        return line.IndexOf('\n') == line.Length - 1 && CodedEventJson.Parse(line) == e;
    }

    [Theory]
    [InlineData("He said \"no\", then left.")]
    [InlineData("Line one\nline two\r\nline three")]
    [InlineData("tab\there, comma, and \"quotes\"")]
    [InlineData(" leading and trailing space ")]
    [InlineData("")]
    public void Csv_escapes_quotes_newlines_and_tabs(string sentence)
    {
        var e = SampleEvents.Meeting with { Evidence = SampleEvents.Meeting.Evidence with { SentenceText = sentence } };
        var text = Render("csv", [e, SampleEvents.Protest]);
        using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = true }, false);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(reader.Current.ToArray());
        Assert.Equal(EventWriters.CsvColumns, reader.Headers);
        Assert.Equal(2, rows.Count);
        int col = EventWriters.CsvColumns.ToList().IndexOf("evidence.sentence_text");
        Assert.Equal(sentence, rows[0][col]);
        Assert.Equal(SampleEvents.Sentence2, rows[1][col]);
        Assert.All(rows, r => Assert.Equal(EventWriters.CsvColumns.Count, r.Length));
    }

    [Fact]
    public void Csv_header_uses_dotted_names()
    {
        Assert.Contains("source.code", EventWriters.CsvColumns);
        Assert.Contains("evidence.sentence_text", EventWriters.CsvColumns);
        Assert.Contains("plover.type", EventWriters.CsvColumns);
        Assert.Equal(EventWriters.CsvColumns.Count, EventWriters.CsvColumns.Distinct().Count());
    }

    [Fact]
    public void Gdelt_has_61_columns_in_gdelt_order()
    {
        var cols = EventWriters.GdeltColumns;
        Assert.Equal(61, cols.Count);
        Assert.Equal("GlobalEventID", cols[0]);
        Assert.Equal("Actor1Code", cols[5]);
        Assert.Equal("Actor2Code", cols[15]);
        Assert.Equal("IsRootEvent", cols[25]);
        Assert.Equal("EventCode", cols[26]);
        Assert.Equal("AvgTone", cols[34]);
        Assert.Equal("Actor1Geo_Type", cols[35]);
        Assert.Equal("ActionGeo_Type", cols[51]);
        Assert.Equal("ActionGeo_FeatureID", cols[58]);
        Assert.Equal("DATEADDED", cols[59]);
        Assert.Equal("SOURCEURL", cols[60]);
    }

    [Fact]
    public void Gdelt_rows_have_61_fields_and_no_stray_tabs_or_newlines()
    {
        var text = Render("gdelt", SampleEvents.All, FixedClock);
        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(SampleEvents.All.Count, lines.Length - 1);
        foreach (var line in lines[..^1])
        {
            Assert.Equal(61, line.Split('\t').Length);
            Assert.DoesNotContain('\r', line);
        }
        var protest = lines[1].Split('\t');
        Assert.Equal("KENCVL", protest[5]);
        Assert.Equal("KEN", protest[7]);
        Assert.Equal("CVL", protest[12]);
        Assert.Equal("", protest[15]); // no target
        Assert.Equal("1451", protest[26]);
        Assert.Equal("145", protest[27]);
        Assert.Equal("14", protest[28]);
        Assert.Equal("4", protest[29]);
        Assert.Equal("-7.5", protest[30]);
        Assert.Equal("20250311", protest[1]); // month precision: the publication day
        Assert.Equal("20250311140509", protest[59]);
    }

    [Fact]
    public void Gdelt_day_is_the_event_day_when_known_to_the_day()
    {
        var fields = Render("gdelt", [SampleEvents.Meeting]).TrimEnd('\n').Split('\t');
        Assert.Equal("20250310", fields[1]);
        Assert.Equal("202503", fields[2]);
        Assert.Equal("2025", fields[3]);
        Assert.Equal("2025.2740", fields[4]); // 2025 + (3*30+10)/365 = 2025 + 100/365
        Assert.Equal("ET", fields[53]);       // FIPS code of Ethiopia
        Assert.Equal("4", fields[51]);
        Assert.Equal("20250311000000", fields[59]); // no clock given: publication day
        Assert.Equal("1", fields[25]);
    }

    [Fact]
    public void Gdelt_header_variant_starts_with_the_column_names()
    {
        var text = Render("gdelt-header", [SampleEvents.Meeting]);
        Assert.StartsWith(string.Join('\t', EventWriters.GdeltColumns) + "\n", text);
    }

    [Property(MaxTest = 200)]
    public bool Gdelt_never_breaks_a_row(NonNull<string> text, NonNull<string> name)
    {
        var e = SampleEvents.Protest with
        {
            Source = new ActorRef("KENCVL", name.Get, text.Get, null),
            Url = text.Get,
            Place = new PlaceRef(name.Get, "KEN", 1, 2),
        };
        var row = Render("gdelt", [e]);
        return row.EndsWith('\n') && row.Count(c => c == '\n') == 1 && row.Count(c => c == '\t') == 60;
    }

    [Fact]
    public void Unknown_format_is_rejected_with_the_known_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => EventWriters.Create("xml", new StringWriter()));
        Assert.Contains("jsonl", ex.Message);
    }

    [Theory]
    [InlineData("JSONL")]
    [InlineData(" csv ")]
    public void Format_names_are_case_insensitive(string format) =>
        Assert.NotNull(EventWriters.Create(format, new StringWriter()));
}

public class EventWritersOddTextTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("gdelt")]
    public void Broken_surrogates_and_control_characters_do_not_throw(string format)
    {
        var text = "lone \uD800 high, lone \uDC00 low, nul \0, bell \a, ok 🇰🇪";
        var e = SampleEvents.Meeting with
        {
            Source = new ActorRef("KENGOV", text, text, null),
            Evidence = SampleEvents.Meeting.Evidence with { SentenceText = text },
        };
        var sw = new StringWriter();
        using (var w = EventWriters.Create(format, sw)) { w.Write(e); w.Complete(); }
        var output = sw.ToString();
        if (format.StartsWith("json", StringComparison.Ordinal))
        {
            using var doc = JsonDocument.Parse(output);
            var o = format == "json" ? doc.RootElement[0] : doc.RootElement;
            Assert.EndsWith("ok 🇰🇪", o.GetProperty("evidence").GetProperty("sentence_text").GetString());
        }
        else if (format == "gdelt") Assert.Equal(61, output.TrimEnd('\n').Split('\t').Length);
        else Assert.Contains("ok 🇰🇪", output);
    }
}
