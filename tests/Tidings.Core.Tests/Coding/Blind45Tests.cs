using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// The registers of the blind45 split (session 27): live blogs and broadcast transcripts whose items open with a clock
/// time or a speaker label ("10:42 GMT –", "ANCHOR:", "BREAKING:"), incident digests whose items open with a date and a
/// place ("8 May –", "Somalia, 4 June:"), "Background:" paragraphs of press releases, and attacks on a force's detachment.
/// </summary>
public class Blind45Tests
{
    [Theory]
    // clock times with a zone, speaker and item labels, dated items, one after another
    [InlineData("10:42 GMT – Police arrested three men .", 3)]
    [InlineData("09.30 local time : Soldiers closed the road .", 4)]
    [InlineData("03:40 GMT – BREAKING : Police say two people died .", 5)]
    [InlineData("ANCHOR : Meanwhile , troops detained two reporters .", 2)]
    [InlineData("Background : The group was founded in 1995 .", 2)]
    [InlineData("8 May – Gang members burned a police station .", 3)]
    [InlineData("Burkina Faso , 30 June : Militants attacked a convoy .", 6)]
    [InlineData("Mali , 1 July 2026 – A convoy came under fire .", 6)]
    // a speaker that is an actor or a person is no label; nor is a time inside the clause, nor a label with no clause after it
    [InlineData("UN : Sudan must protect civilians .", 0)]
    [InlineData("Zelensky : Russia is terrorising civilians", 0)]
    [InlineData("On 9 March , gunmen abducted 14 passengers .", 0)]
    [InlineData("BREAKING : Ceasefire", 0)]
    [InlineData("Police said the blast happened at 10:42 GMT .", 0)]
    public void A_lead_in_label_is_measured_in_words(string tokens, int expected)
    {
        var words = tokens.Split(' ').Select(w => new ParserInput(w,
            w.Length == 1 && !char.IsLetterOrDigit(w[0]) || w is "–" ? "PUNCT" : char.IsUpper(w[0]) ? "PROPN" : "NOUN", "", w)).ToList();
        Assert.Equal(expected, LeadInLabels.Length(words));
    }

    [Theory]
    // the clause after a live blog's time stamp or a transcript's speaker label is coded as if it stood alone
    [InlineData("14:20 GMT – Police in Nairobi arrested two opposition lawmakers, the interior ministry says.", "KENCOP→KENOPP:173")]
    [InlineData("ANCHOR: Meanwhile, Ethiopian troops detained four journalists in Mekele, a press freedom group says.", "ETHMIL→*MED:173")]
    [InlineData("09:15 BST – BREAKING: Sudan's army says it shelled RSF positions north of Omdurman.", "SDNMIL→SDNREB:19*")]
    [InlineData("CORRESPONDENT: Villagers say Myanmar's air force bombed a school near Mandalay.", "MMRMIL→*:19*")]
    [InlineData("UPDATE: Kenya's foreign ministry has summoned the Ugandan envoy.", "KEN*→UGA*:114")]
    // an incident digest's dated item, with or without its place
    [InlineData("12 May – Gunmen abducted six farmers in Zamfara state.", "NGA*→NGA*:181")]
    [InlineData("Somalia, 4 June: Al-Shabaab fighters attacked an army base near Baidoa.", "SOMREB→SOMMIL:190")]
    public void A_labelled_item_codes_its_clause(string item, string expected) =>
        AssertArticle("Security update", "Reports from the region continued to arrive overnight.\n\n" + item, expected);

    [Theory]
    // a paragraph labelled "Background:" tells history, whatever its tense
    [InlineData("Background: Ugandan troops have attacked ADF camps in eastern Congo since 2021.", "!*:19*")]
    [InlineData("Background: The African Union suspended Mali after the coup.", "!*:16*")]
    [InlineData("Context: Kenya's police have arrested dozens of protesters in Nairobi this year.", "!*:17*")]
    // without the label the same clauses are news
    [InlineData("Ugandan troops have attacked ADF camps in eastern Congo.", "UGAMIL→COD*:19*")]
    [InlineData("Kenya's police have arrested dozens of protesters in Nairobi.", "KENCOP→KENCVL:173")]
    public void A_background_paragraph_codes_no_news(string paragraph, string expected) =>
        AssertArticle("Statement", "The ministry issued a statement on Monday.\n\n" + paragraph, expected);

    [Theory]
    // a force's detachment attacked is the force, also when an armed group strikes across its home country's border
    [InlineData("JNIM fighters attacked an army detachment in northern Benin.", "MLIREB→BENMIL:190")]
    [InlineData("Gunmen attacked a police detachment in Zamfara state.", "NGAREB→NGACOP:190")]
    [InlineData("Suspected jihadists attacked a military detachment near Djibo in Burkina Faso.", "*REB→BFAMIL:190")]
    public void An_attacked_detachment_is_its_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    private static void AssertArticle(string headline, string body, string expected) =>
        PipelineEvents.AssertArticleCoded(headline, body, new DateOnly(2026, 6, 5), expected);
}
