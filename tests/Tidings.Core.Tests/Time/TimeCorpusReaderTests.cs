using Tidings.Evaluation;

namespace Tidings.Tests.Time;

public class TimeCorpusReaderTests
{
    [SkippableFact]
    public void Reads_TempEval3_platinum()
    {
        var docs = TimeMlReader.ReadDirectory(SharedData.PathOf("data/tempeval3-platinum"));
        Assert.Equal(20, docs.Count);
        Assert.Equal(138, docs.Sum(d => d.Timexes.Count));
        Assert.All(docs, d => Assert.NotNull(d.Anchor));
        // Every gold extent is the text it claims, inside the document.
        Assert.All(docs.SelectMany(d => d.Timexes.Select(t => (d, t))), x => Assert.Equal(x.t.Text, x.d.Text[x.t.Start..x.t.End]));
        var types = docs.SelectMany(d => d.Timexes).GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.Count());
        // SOURCE.md counts 116 DATE over all 158 TIMEX3, of which the 20 creation times are DATEs.
        Assert.Equal(96, types["DATE"]);
        Assert.Equal(34, types["DURATION"]);
        Assert.Equal(4, types["TIME"]);
        Assert.Equal(4, types["SET"]);
    }

    [SkippableFact]
    public void Reads_MEANTIME()
    {
        var docs = MeantimeReader.ReadDirectory(SharedData.PathOf("data/meantime-english/intra-doc_annotation"));
        Assert.Equal(120, docs.Count);
        // 118 documents have a creation time; two have none and one has a non-ISO one.
        Assert.Equal(117, docs.Count(d => d.Anchor is not null));
        Assert.Equal(118, docs.Count(d => d.DctValue is not null));
        // 488 token-anchored TIMEX3, of which 118 are creation times (the datelines) kept aside as ignored ranges.
        Assert.Equal(488 - 118, docs.Sum(d => d.Timexes.Count));
        Assert.Equal(118, docs.Sum(d => d.Ignored.Count));
        Assert.All(docs.SelectMany(d => d.Timexes.Select(t => (d, t))), x => Assert.InRange(x.t.End, x.t.Start + 1, x.d.Text.Length));
    }

    [Fact]
    public void Reads_inline_TimeML()
    {
        const string xml = """
            <TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
            <TEXT>Talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>
            """;
        var d = TimeMlReader.Parse(xml, "x");
        Assert.Equal("Talks ended Thursday after two days.", d.Text);
        Assert.Equal(new DateOnly(2013, 3, 22), d.Anchor);
        Assert.Equal(["Thursday", "two days"], d.Timexes.Select(t => t.Text));
        Assert.Equal(["DATE/2013-03-21", "DURATION/P2D"], d.Timexes.Select(t => $"{t.Type}/{t.Value}"));
    }

    [Fact]
    public void Reads_MEANTIME_standoff_tokens()
    {
        const string xml = """
            <Document doc_name="x">
            <token t_id="1" sentence="0">Boeing</token><token t_id="2" sentence="0">wins</token>
            <token t_id="3" sentence="1">March</token><token t_id="4" sentence="1">1</token><token t_id="5" sentence="1">,</token><token t_id="6" sentence="1">2008</token>
            <token t_id="7" sentence="2">It</token><token t_id="8" sentence="2">won</token><token t_id="9" sentence="2">on</token><token t_id="10" sentence="2">Friday</token><token t_id="11" sentence="2">.</token>
            <Markables>
            <TIMEX3 m_id="20" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
            <TIMEX3 m_id="21" type="DATE" value="2008-02-29" functionInDocument="NONE"><token_anchor t_id="10"/></TIMEX3>
            <TIMEX3 m_id="22" type="DATE" value="2058" functionInDocument="NONE" TAG_DESCRIPTOR="x"/>
            </Markables></Document>
            """;
        var d = MeantimeReader.Parse(xml, "x");
        Assert.Equal("Boeing wins\n\nMarch 1, 2008\n\nIt won on Friday.", d.Text);
        Assert.Equal(new DateOnly(2008, 3, 1), d.Anchor);
        var t = Assert.Single(d.Timexes);
        Assert.Equal("Friday", t.Text);
        Assert.Equal("March 1, 2008", d.Text[d.Ignored[0].Start..d.Ignored[0].End]);
    }
}
