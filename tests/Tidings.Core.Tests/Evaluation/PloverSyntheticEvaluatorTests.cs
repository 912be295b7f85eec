using Tidings.Evaluation;
using Tidings.Pipeline;

namespace Tidings.Tests.Evaluation;

/// <summary>The reader and scorer of the NGEC synthetic PLOVER stories.</summary>
public class PloverSyntheticEvaluatorTests
{
    private const string Csv =
        "disclaimer,text,title,source,prompt,label,mode\n" +
        "x,\"Protesters marched through the capital on Sunday.\n\nPolice watched.\",T,AP,\"Thousands protest in Lima\n\n(AP) --\",PROTEST,DEMO\n" +
        "x,\"The army shelled the town, killing three.\",T,AFP,\"Army shells town\n\n(AFP) --\",ASSAULT,\n" +
        "x,,T,AFP,P,AID,\n";

    [Fact]
    public void Reads_quoted_multiline_fields_and_takes_the_prompt_headline()
    {
        var stories = PloverSyntheticEvaluator.Parse(new StringReader(Csv), "inline");
        Assert.Equal(2, stories.Count); // the row with no text is left out
        Assert.Equal("Thousands protest in Lima", stories[0].Headline);
        Assert.Contains("Police watched.", stories[0].Text);
        Assert.Equal("PROTEST", stories[0].Label);
        Assert.Equal("DEMO", stories[0].Mode);
        Assert.Null(stories[1].Mode);
    }

    [Fact]
    public void A_file_without_the_expected_columns_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PloverSyntheticEvaluator.Parse(new StringReader("a,b\n1,2\n"), "bad.csv"));
        Assert.Contains("bad.csv", ex.Message);
        Assert.Contains("'text'", ex.Message);
    }

    [Fact]
    public void Scores_each_label_by_whether_an_event_of_that_type_was_coded()
    {
        var stories = PloverSyntheticEvaluator.Parse(new StringReader(Csv), "inline");
        var report = PloverSyntheticEvaluator.Evaluate(stories, TidingsPipeline.Default);
        Assert.Equal(2, report.Stories);
        Assert.Equal(["ASSAULT", "PROTEST"], report.Labels.Select(l => l.Label));
        Assert.All(report.Labels, l => Assert.InRange(l.Rate, 0, 1));
        Assert.True(report.Sentences >= 4);
        Assert.Contains("macro-average", report.ToMarkdown());
    }

    [SkippableFact]
    public void Loads_the_4500_stories_of_the_distributed_zip()
    {
        var path = SharedData.PathOf("data/plover-synthetic-ngec/gpt_synthetic_events_2023-10-19_19.csv.zip");
        var stories = PloverSyntheticEvaluator.Load(path);
        Assert.Equal(4500, stories.Count);
        Assert.Equal(16, stories.Select(s => s.Label).Distinct().Count());
        Assert.All(stories, s => Assert.False(string.IsNullOrWhiteSpace(s.Headline)));
    }
}
