namespace Tidings.Tests.Coding;

/// <summary>
/// Forces that leave a country (0874, PLOVER RETREAT), peacekeepers that arrive in one (0861, RETREAT/access), calls to a
/// named leader (041, CONSULT/phone) and convictions told in a headline's passive or at a court (116, SANCTION), over the
/// default pipeline. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too) and each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class WithdrawalsArrivalsCallsAndConvictionsTests
{
    [Theory]
    // an actor that ends in an adjective the parser hangs on the noun is the noun's doer, not a verb's subject
    [InlineData("The Kenyan military withdrawal from Somalia began on Monday.", "KENMIL→SOM:0874")]
    // a state that leaves another country withdraws its forces; leaving an organisation stays 166
    [InlineData("Kenya's withdrawal from Somalia began on Monday.", "KEN→SOM:0874|!KEN→SOM:166")]
    [InlineData("Britain's withdrawal from the European Union began.", "GBR→IGOEUREEC:166|!GBR→IGOEUREEC:0874")]
    // the force in the "of" phrase of a withdrawal is the one that withdraws
    [InlineData("The withdrawal of Kenyan troops from Somalia began on Monday.", "KENMIL→*:0874")]
    [InlineData("Kenya announced the withdrawal of its troops from Somalia.", "KENMIL→SOM:0874|!KEN→SOM:166")]
    // a name in compound before an event noun is not taken as its doer: the noun is mostly an act referred to
    [InlineData("Venezuela's president condemned the US embargo in a speech.", "VENGOV→USA:111|!USA→*:163")]
    public void Codes_withdrawals(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the country peacekeepers arrive in receives their deployment; they make no visit
    [InlineData("Kenyan peacekeepers arrived in Somalia on Monday.", "SOM→KENMIL:0861|!KENMIL→SOM:042")]
    [InlineData("UN peacekeepers arrived in Mali on Tuesday.", "MLI→IGOUNO*:0861|!IGOUNO*→MLI:042")]
    // a minister who arrives makes a visit
    [InlineData("The Kenyan foreign minister arrived in Uganda on Monday.", "KENGOV→UGA:042")]
    public void Codes_arrivals(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a call to a named leader with nothing asked of him is a telephone call
    [InlineData("Ruto's call to Museveni lasted an hour.", "KENGOV→UGAGOV:041")]
    [InlineData("Ruto made a phone call to Museveni on Monday.", "KENGOV→UGAGOV:041")]
    // a call that asks for something is an appeal, not a telephone call
    [InlineData("The UN's call to Iran to release the sailors went unanswered.", "!IGOUNO→IRN:041")]
    [InlineData("Kenya renewed its call to Uganda for calm.", "!KEN→UGA:041")]
    [InlineData("Myanmar's junta rejected calls from rights groups to free the prisoners.", "MMRMIL→NGOHRI:120|!MMRMIL→NGOHRI:125")]
    public void Codes_calls(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Fact]
    // a headline drops a passive's auxiliary: when it names the doer, its subject is the one acted on
    public void A_headline_passive_with_a_doer_is_aimed_at_its_subject()
    {
        var events = Codes("Kenyan Opposition Leader Arrested by Police in Nairobi", "Nothing more was said.");
        Assert.Contains("KENCOP→KENOPP:173", events);
        Assert.DoesNotContain("KENOPP→-:173", events);
    }

    [Theory]
    // the court where a conviction is handed down hands it down, in a headline's passive as in a sentence's
    [InlineData("Chad General Convicted of War Crimes at UN Tribunal", "Nothing more was said.", "IGOUNO→TCDMIL:116")]
    [InlineData("Verdict in The Hague", "A Chadian general was convicted of war crimes at the UN tribunal in The Hague.", "IGOUNO→TCDMIL:116")]
    public void The_court_where_a_conviction_is_handed_down_convicts(string headline, string body, string expected) =>
        Assert.Contains(expected, Codes(headline, body));

    private static string[] Codes(string headline, string body) =>
        Tidings.Pipeline.TidingsPipeline.Default.Analyze(new Tidings.Documents.Article { Id = "h", Headline = headline, Body = body, Published = new DateOnly(2025, 5, 2) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().ToArray();
}
