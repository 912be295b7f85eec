using Tidings.Tests.Coding;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 50 (realnews50): actors a real article names in full once and then by surname, pronoun or "the &lt;office&gt;".
/// Mentions are checked by their exact text and code; events are written "SOURCE→TARGET:CODE", each listed event must be
/// coded and each "!"-prefixed one must not. Texts written for these tests (no article's sentence); the people in them are
/// invented unless the test is about the lexicon's periods.
/// </summary>
public class RealNews50Tests
{
    // An organisation, a field noun and a title ("UN refugee spokesman") take the holder's name after them, so the article
    // remembers it and a later surname is that organisation's; a plural last noun ("UN refugee officials") takes no name.
    [Theory]
    [InlineData("UN refugee spokesman Karel Ondrusek said the camps were flooded. Ondrusek said more tents were needed.", "Ondrusek", "IGOUNO")]
    [InlineData("WHO health envoy Marta Lindqvist arrived in Goma on Monday. Lindqvist said the clinics were full.", "Lindqvist", "IGOUNOHLHWHO")]
    public void A_holder_named_after_an_organisations_field_and_title_is_remembered(string text, string span, string code) =>
        ActorDocs.AssertMentionCode(ActorDocs.Run(text, parsed: true), span, code);

    [Fact]
    public void A_plural_role_after_an_organisations_field_takes_no_name()
    {
        var doc = ActorDocs.Run("UN refugee officials met Karel Ondrusek in Nairobi.", parsed: true);
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc).Contains("UN refugee officials Karel", StringComparison.Ordinal));
    }

    // A portfolio whose capitalised name joins two fields with "and" ("Minister of Trade and Industry") still sets off its
    // holder's name with a comma; a later surname is that office's.
    [Theory]
    [InlineData("Kenya's Minister of Trade and Industry, Peter Wambugu, opened the fair. Wambugu said the border would stay open.", "Wambugu", "KENGOV")]
    [InlineData("The UN Chief of Humanitarian Affairs and Emergency Relief, Ines Varga, flew to Juba. Varga said aid was late.", "Varga", "IGOUNO")]
    public void A_holder_named_after_a_portfolio_with_and_is_remembered(string text, string span, string code) =>
        ActorDocs.AssertMentionCode(ActorDocs.Run(text, parsed: true), span, code);

    // "The president of <country>" is that country's president, not the holder of the office the article named earlier for
    // another country or an organisation; with no country after it, "the president" is still the one named before.
    [Theory]
    [InlineData("The president of Kenya opened the summit on Monday. The president of Uganda criticised Rwanda for closing the border.", "UGAGOV→RWA:111|!KENGOV→RWA:111")]
    [InlineData("The president of the European Commission opened the summit. The president of Chile praised Peru for the new trade deal.", "CHLGOV→PER:051|!IGO*→PER:051")]
    [InlineData("The president of Kenya opened the summit on Monday. The president criticised Rwanda for closing the border.", "KENGOV→RWA:111")]
    [InlineData("The president of Kenya opened the summit on Monday. The president of Kenya criticised Rwanda for closing the border.", "KENGOV→RWA:111")]
    public void The_office_of_a_named_country_is_not_another_countrys_remembered_holder(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    // With no publication date, the office an article sets off before a listed person's name says which of the person's
    // lexicon periods is meant, and the later surname keeps it; a dated article keeps the lexicon's period for its date.
    [Theory]
    [InlineData(null, "BRAGOV", "BRAGOV")]
    [InlineData("2024-03-01", "BRAOPP", "BRAOPP")]
    public void An_undated_person_takes_the_period_of_the_office_apposed_to_him(string? published, string full, string surname)
    {
        var doc = ActorDocs.Run("The president of Brazil, Jair Bolsonaro, spoke in Brasilia. Bolsonaro said the border would stay open.", published, parsed: true);
        ActorDocs.AssertMentionCode(doc, "Jair Bolsonaro", full);
        ActorDocs.AssertMentionCode(doc, "Bolsonaro", surname);
    }

    [Fact]
    public void An_undated_person_keeps_the_latest_period_without_an_apposed_office()
    {
        var doc = ActorDocs.Run("Jair Bolsonaro spoke in Brasilia on Monday.", published: null, parsed: true);
        ActorDocs.AssertMentionCode(doc, "Jair Bolsonaro", "BRAOPP");
    }

    // A "they" whose only fitting antecedent is the "them" of the sentence before (its subject a person, who cannot be
    // "they") is what that "them" stands for; two fitting plural actors there leave it unresolved.
    [Theory]
    [InlineData("Sudan's army detained twelve Kenyan journalists in March. The governor of Khartoum released them on Monday. They accused Sudan's army of beating them.", "KENMED→SDNMIL:112*")]
    [InlineData("Sudan's army detained twelve Kenyan journalists in March. The governor of Khartoum released them. All twelve flew home. They accused Sudan's army of beating them.", "KENMED→SDNMIL:112*")]
    // two fitting groups in the sentence before: the reader cannot tell which "they" means
    [InlineData("Sudan's army detained twelve Kenyan journalists in March. The governor of Khartoum released them and three Ugandan students on Monday. They accused Sudan's army of beating them.", "!KENMED→SDNMIL:112*|!UGAEDU→SDNMIL:112*")]
    // the subject of the sentence before fits "they": it is the antecedent, as before
    [InlineData("Sudan's army detained twelve Kenyan journalists in March. Sudanese soldiers released them on Monday. They accused Kenya of spying.", "SDNMIL→KEN:112*")]
    public void A_they_after_a_resolved_them_is_the_same_group(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
