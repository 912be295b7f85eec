using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;
using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Headline grammar, session 19 (blind33): reported clauses without "that" after "says", plural names and comma-joined
/// names as a present-tense headline's subject. Sentences written for these tests.
/// </summary>
public class Headlines9Tests
{
    private static IReadOnlyList<CodedEvent> Events(string headline) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Headline = headline, Body = "", Published = new DateOnly(2025, 5, 2) }).Events;

    private static string[] Codes(string headline) =>
        Events(headline).Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}:{e.Modality}").Distinct().Order().ToArray();

    // A present-tense headline's subject may be a plural name ("Houthis") or two names joined by a comma; the base form
    // after it is the verb, and a plural the tagger took for the verb ("rockets" VBZ) is its object.
    [Theory]
    [InlineData("Houthis fire rockets at Saudi border posts", 1, "VBP")]
    [InlineData("Houthis fire rockets at Saudi border posts", 2, "NNS")]
    [InlineData("Russia , Ukraine swap 150 prisoners of war", 3, "VBP")]
    public void Headline_present_verb_after_a_named_subject(string headline, int index, string xpos) =>
        Assert.True(xpos == HeadlineTags.Xpos(headline)[index], string.Join(" ", HeadlineTags.Xpos(headline)));

    // The same as events: a plural name or two comma-joined names, then a base-form verb that is also a noun.
    [Theory]
    [InlineData("Russia, Ukraine swap 150 prisoners of war", "RUS→UKRMIL:0841:asserted|UKR→RUSMIL:0841:asserted")]
    [InlineData("Armenia, Azerbaijan swap prisoners at border", "ARM→AZE*|AZE→ARM*")]
    [InlineData("Houthis fire missiles at Israeli port of Eilat", "YEMREB→ISR:")]
    [InlineData("Houthis fire drones at US warship in Red Sea", "YEMREB→USAMIL:")]
    public void Named_subjects_of_a_present_tense_headline(string headline, string expected) => AssertHas(headline, expected);

    // "X says Y did Z" with no "that": the parser reads Y as the object of "says" and Z as its modifier; the reported
    // clause is coded, with the sayer as attribution.
    [Theory]
    [InlineData("Thailand says Cambodian troops fired rockets across border", "KHMMIL→")]
    [InlineData("Ukraine says Russian troops shelled Kherson overnight", "RUSMIL→")]
    [InlineData("Pakistan says Afghan forces attacked Pakistani troops", "AFGMIL→")]
    [InlineData("Israel says Hamas fighters ambushed troops in Rafah", "PSEREBHMS→")]
    public void A_reported_clause_without_that_is_coded(string headline, string expected) => AssertHas(headline, expected);

    // A reduced relative after "says" with a by-agent or no complement stays a modifier.
    [Theory]
    [InlineData("Police say two officers killed in ambush")]
    public void A_reduced_relative_after_says_stays_agentless(string headline) =>
        Assert.DoesNotContain(Codes(headline), c => c.Contains(":18", StringComparison.Ordinal) || c.Contains(":19", StringComparison.Ordinal));

    // Wire labels glued to the headline by a hyphen ("UPDATE 2-", "EXCLUSIVE-") are tokens of their own.
    [Theory]
    [InlineData("UPDATE 2-Japan, Australia sign defence pact", "JPN→AUS:057:asserted|AUS→JPN:057:asserted")]
    [InlineData("EXCLUSIVE-Saudi Arabia weighs troop deployment to Sudan", "SAU→")]
    [InlineData("WRAPUP 1-Israel strikes Houthi port of Hodeidah", "ISR→")]
    public void A_wire_label_does_not_swallow_the_first_name(string headline, string expected) => AssertHas(headline, expected);

    [Theory]
    [InlineData("UPDATE 2-Japan, Australia sign defence pact", "UPDATE|2|-|Japan")]
    [InlineData("EXCLUSIVE-Saudi Arabia weighs troop deployment", "EXCLUSIVE|-|Saudi")]
    [InlineData("NATO-Russia council meets in Brussels", "NATO-Russia|council")]
    [InlineData("A 3-Day Summit Opens In Nairobi", "A|3-Day|Summit")]
    public void Wire_label_tokens(string headline, string firstTokens)
    {
        var want = firstTokens.Split('|');
        Assert.Equal(want, Tidings.Text.Tokenizer.TokenStrings(headline).Take(want.Length).ToArray());
    }

    // A currency is money, not a doer: its country is no source of "hits", "slumps", "plunges".
    [Theory]
    [InlineData("Kenya's shilling hits record low against dollar")]
    [InlineData("Turkish lira hits new low as inflation soars")]
    [InlineData("Nigeria's naira hits weakest level in a year")]
    public void A_currency_that_hits_a_low_is_no_attack(string headline) => Assert.Empty(Codes(headline));

    // "Speaker: clause": the clause after the colon is coded with its own subject, even when the parser first hung its
    // verb on the speaker as a relative clause.
    [Theory]
    [InlineData("Ramaphosa: South Africa will mediate in Zimbabwe", "ZAF→-:039:intended")]
    [InlineData("Macron: France will send troops to Ukraine", "FRA→UKR:0334:intended")]
    [InlineData("Erdogan: Turkey will expel Swedish envoy", "TUR→")]
    public void A_speaker_colon_headline_codes_the_clause(string headline, string expected) => AssertHas(headline, expected);

    // Sending mediators is mediation (045; announced, 039 intended); sending Patriot air defence is military aid (072).
    [Theory]
    [InlineData("Ramaphosa: South Africa will send mediators to Zimbabwe", "ZAF→ZWE:039:intended")]
    [InlineData("Qatar sends mediators to Kinshasa", "QAT→COD:045:asserted")]
    [InlineData("Germany to send two more Patriot systems to Ukraine", "DEU→UKR:0332:intended")]
    [InlineData("Netherlands sends Patriot batteries to Poland", "NLD→POL:072:asserted")]
    public void Sending_mediators_or_air_defence(string headline, string expected) => AssertHas(headline, expected);

    private static void AssertHas(string headline, string expected)
    {
        var got = Codes(headline);
        foreach (var want in expected.Split('|'))
        {
            bool prefix = want.EndsWith('*') || want.EndsWith('→') || want.EndsWith(':');
            var w = want.TrimEnd('*');
            Assert.True(prefix ? got.Any(g => g.StartsWith(w, StringComparison.Ordinal)) : got.Contains(w),
                $"{headline}\n  expected {want}\n  got {string.Join(", ", got)}");
        }
    }
}
