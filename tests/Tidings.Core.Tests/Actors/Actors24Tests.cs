using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors real articles name in ways the lexicon alone misses (session 24, actors24): a party's one-word name that is
/// also a ministry's field ("Employment and Labour Minister" is no British Labour Party); a company the lexicon lacks,
/// introduced with its legal suffix and named later by the bare word; and a titled opposition figure of no stated
/// country, who is the opposition of the country the story is filed from, not of a foreign state it names. Sentences
/// written for these tests.
/// </summary>
public class Actors24Tests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    // a party word inside a ministerial title is the portfolio
    // a title of several fields is the government's
    [InlineData("Employment and Labour Minister Thandi Mokoena called both sides to talks in Pretoria.", "Minister Thandi Mokoena", "ZAFGOV")]
    [InlineData("South Africa's Employment and Labour Minister Thandi Mokoena met the unions on Monday.", "Minister Thandi Mokoena", "ZAFGOV")]
    [InlineData("Labour and Employment Minister Grace Banda met the unions in Lusaka.", "Minister Grace Banda", "ZMBGOV")]
    [InlineData("Kenyan Labour Minister Peter Otieno met the striking doctors in Nairobi.", "Kenyan Labour Minister Peter Otieno", "KENGOVLAB")]
    // the listed title that begins with the word keeps its field
    [InlineData("Labour Minister Peter Otieno met the striking doctors in Nairobi.", "Labour Minister Peter Otieno", "KENGOVLAB")]
    // the party itself stays the party (in government on the date)
    [InlineData("The Labour Party criticised the government over the budget.", "Labour Party", "GBRGOVPTY")]
    [InlineData("Labour leader Anna Bright criticised the budget.", "Labour leader Anna Bright", "GBRGOVPTY")]
    public void A_party_word_in_a_ministry_title_is_the_portfolio(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24p"), span, code);

    [Theory]
    // a party word coordinated before a ministry title is no party mention of its own
    [InlineData("Employment and Labour Minister Thandi Mokoena called both sides to talks in Pretoria.")]
    [InlineData("Labour and Pensions Minister Thandi Mokoena met the unions in Pretoria.")]
    [InlineData("The Labour and Social Security Ministry of Ghana rejected the union's demands.")]
    public void A_party_word_in_a_ministry_title_is_no_party(string text)
    {
        var doc = RunPipeline(text, Published, "actors24q");
        Assert.DoesNotContain(doc.Actors, a => (a.Code ?? "").EndsWith("PTY", StringComparison.Ordinal));
    }

    [Theory]
    // a company introduced with its legal suffix is that company when named again by the bare word
    [InlineData("Zentrolix Corp said it would appeal the fine. Regulators said Zentrolix had ignored two warnings.", "Zentrolix", "BUS")]
    [InlineData("Brandvik Ltd said its profit fell on Tuesday. Brandvik blamed the drop on the strike.", "Brandvik", "BUS")]
    [InlineData("Quorvane Inc. rejected the charges. The ministry said Quorvane had misled investors.", "Quorvane", "BUS")]
    [InlineData("Tallmere Holdings won the tender. Critics said Tallmere had ties to the minister.", "Tallmere", "BUS")]
    public void A_company_named_by_its_bare_name_after_its_full_name_is_the_company(string text, string span, string code)
    {
        var doc = RunPipeline(text, Published, "actors24c");
        var bare = doc.Actors.LastOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(bare is not null, $"no mention '{span}': {Dump(doc)}");
        Assert.True((bare.Code ?? "").EndsWith(code, StringComparison.Ordinal), $"'{span}': expected *{code}, got {bare.Code}; {Dump(doc)}");
    }

    [Theory]
    // a generic first word of a company's name is not remembered as the company
    [InlineData("National Holdings said profits rose. National teams will play on Sunday.", "National")]
    [InlineData("Kenya Breweries Ltd raised prices. Kenya said the tax would stay.", "Kenya")]
    public void A_generic_word_of_a_company_name_is_not_the_company(string text, string word)
    {
        var doc = RunPipeline(text, Published, "actors24g");
        int second = text.IndexOf(". ", StringComparison.Ordinal) + 2;
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == word && doc.Token(a.Tokens.FirstToken).Start >= second
            && (a.Code ?? "").EndsWith("BUS", StringComparison.Ordinal));
    }

    [Theory]
    // a titled opposition figure is the opposition of the country the story is filed from
    [InlineData("FREETOWN, March 3 (TNA) - Police in Sierra Leone arrested 20 soldiers. Nigeria and Ghana sent envoys to Freetown, a Nigerian government source said. Opposition leader Musa Kanu condemned the arrests.",
        "Opposition leader Musa Kanu", "SLEOPP")]
    [InlineData("HONIARA, June 2 (TNA) - The Solomon Islands government signed a policing pact with China. Opposition leader Peter Tala said Beijing was buying influence in the Pacific.",
        "Opposition leader Peter Tala", "SLBOPP")]
    [InlineData("DHAKA, May 5 (TNA) - Bangladesh police detained 40 protesters. India said it was watching closely. Opposition leader Rahim Uddin condemned the detentions.",
        "Opposition leader Rahim Uddin", "BGDOPP")]
    public void A_titled_opposition_figure_is_the_filing_countrys(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24o"), span, code);

    [Theory]
    // a story filed from abroad that is about another country's opposition keeps that country
    [InlineData("WASHINGTON, May 5 (TNA) - Venezuela's government jailed two activists on Monday. Venezuela's courts upheld the ban on rallies. Opposition leader Laura Mendez condemned Caracas.",
        "Opposition leader Laura Mendez", "VENOPP")]
    public void A_story_filed_abroad_keeps_the_oppositions_country(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24w"), span, code);

    [Theory]
    // the staff titles and acronyms of a state's army and police chiefs
    [InlineData("The COAS visited troops in North Waziristan, Pakistan, on Tuesday.", "COAS", "PAKMIL")]
    [InlineData("The Chief of Army Staff met tribal elders in Pakistan on Monday.", "Chief of Army Staff", "PAKMIL")]
    [InlineData("Nigeria's Chief of Defence Staff praised the troops.", "Nigeria's Chief of Defence Staff", "NGAMIL")]
    [InlineData("Kenya's Chief of the Defence Staff said the troops held the line.", "Kenya's Chief of the Defence Staff", "KENMIL")]
    [InlineData("The IGP ordered the arrest of the suspects in Kampala, Uganda.", "IGP", "UGACOP")]
    public void Staff_titles_and_acronyms_are_the_state_chiefs(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24s"), span, code);

    [Theory]
    // a state or province acting as the subject of its verb is its country's government
    [InlineData("Montana offered $69 per prisoner, per day, in the new contract.", "Montana", "USAGOV")]
    [InlineData("Ontario announced a freeze on public sector hiring.", "Ontario", "CANGOV")]
    [InlineData("West Bengal has refused to join the scheme.", "West Bengal", "INDGOV")]
    [InlineData("Queensland announced a ban on the drug.", "Queensland", "AUSGOV")]
    [InlineData("Kerala has asked the central government for more flood relief.", "Kerala", "INDGOV")]
    public void A_state_acting_is_its_countrys_government(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24st"), span, code);

    [Theory]
    // a state named as a place, a modifier or a country's name is no state government
    [InlineData("The talks were held in Montana on Monday.", "Montana")]
    [InlineData("Ontario's premier announced a freeze on hiring.", "Ontario")]
    [InlineData("Georgia has asked Russia to withdraw its troops.", "Georgia")]
    public void A_state_named_otherwise_is_no_state_government(string text, string span)
    {
        var doc = RunPipeline(text, Published, "actors24sn");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Rule.StartsWith("state-as-government", StringComparison.Ordinal));
    }

    [Theory]
    // an embassy abroad and the Holy See lend no country to civilians beside them
    [InlineData("Hundreds of protesters rallied near the US embassy in Manila against the military drills.", "protesters", "PHLCVL")]
    [InlineData("Demonstrators gathered outside the French embassy in Bamako on Friday.", "Demonstrators", "MLICVL")]
    [InlineData("Pope Leo prayed for the children killed in the fire in Nigeria.", "children", "NGACVL")]
    public void Civilians_are_not_of_an_embassy_abroad_or_the_Holy_See(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors24cv"), span, code);
}
