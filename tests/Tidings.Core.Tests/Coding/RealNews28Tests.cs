namespace Tidings.Tests.Coding;

/// <summary>
/// Real-news patterns (session 28, realnews28): event nouns that only name an office, a portfolio or the matter of talks,
/// people in need who "require" aid, and a quoted "we" whose appeal is coordinated with a predicate of feeling
/// ("We are worried ... and urge ...").
/// </summary>
public class RealNews28Tests
{
    [Theory]
    // a purpose infinitive on the matter talked about is proposed, not done
    [InlineData("American and Vietnamese officials met in Hanoi on Tuesday to discuss new funding to help the flood victims.", "USAGOV→VNMGOV:04*|!*:07*")]
    [InlineData("Kenyan and Ugandan ministers met in Nairobi to discuss new funding to help the refugees.", "!*:07*")]
    [InlineData("French and German officials met in Berlin to discuss ways to help Ukraine.", "!*:07*")]
    // the help done by the talks' own subject stays an event
    [InlineData("Japan sent doctors to help Turkey after the earthquake.", "JPN→TUR:07*")]
    public void The_purpose_of_the_matter_talked_about_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a multiword event noun that classifies an office or a body names no event
    [InlineData("The head of the UN's humanitarian aid office said the camps were full.", "!*:07*")]
    [InlineData("A spokesman for Britain's humanitarian aid agency said the roads were closed.", "!*:07*")]
    // deliveries, convoys and shipments of aid are events
    [InlineData("Britain's humanitarian aid deliveries to Sudan resumed on Monday.", "GBR→SDN:07*")]
    [InlineData("Egypt's humanitarian aid convoy reached Gaza on Monday.", "EGY→*:07*")]
    [InlineData("Japan sent humanitarian aid to Haiti on Monday.", "JPN→HTI:07*")]
    public void An_aid_noun_naming_an_office_is_no_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the portfolio of an office after "responsible for" names no event
    [InlineData("\"The situation is getting worse,\" said the commissioner responsible for the European Union's humanitarian aid.", "!*:07*")]
    [InlineData("The minister responsible for Britain's foreign aid said the budget would not change.", "!*:07*")]
    // a predicate of responsibility for an attack is still an accusation
    [InlineData("Russia was responsible for the attack on the convoy, the Ukrainian army said.", "UKRMIL→RUS:112")]
    public void An_offices_portfolio_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // counted people who "require" aid are in need; nobody demands anything
    [InlineData("UN figures suggest 7.5 million people in the region now require humanitarian aid.", "!*:10*")]
    [InlineData("Thousands of families in Kenya require food aid after the floods.", "!*:10*")]
    // a body that requires an act of another is still demanding it
    [InlineData("The EU required Serbia to hand over the suspects.", "IGOEUREEC→SRB:10*")]
    public void People_who_require_aid_demand_nothing(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb coordinated with a predicate adjective after "be" shares its subject; a quoted "we" is the speaker
    [InlineData("\"We are worried about the violence and urge Kenya to protect civilians,\" the UN envoy said.", "IGOUNO→KEN:02*")]
    [InlineData("\"We are worried and urge Kenya to protect civilians,\" the UN envoy said.", "IGOUNO→KEN:02*")]
    [InlineData("\"We are worried about the violence and condemn Kenya,\" the UN envoy said.", "IGOUNO→KEN:11*")]
    [InlineData("\"I am shocked by the crisis and urge Zimbabwe to allow aid workers in,\" the EU commissioner said.", "IGOEUREEC→ZWE:02*")]
    // without the coordination nothing changes
    [InlineData("\"We urge Kenya to protect civilians,\" the UN envoy said.", "IGOUNO→KEN:02*")]
    [InlineData("The UN is worried about the violence and urges Kenya to protect civilians.", "IGOUNO→KEN:02*")]
    public void A_verb_coordinated_with_a_feeling_shares_its_quoted_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
