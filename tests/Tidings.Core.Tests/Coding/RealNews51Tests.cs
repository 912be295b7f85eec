using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 51 (realnews51): false events on real articles. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class RealNews51Tests
{
    // A quotation opened after an abbreviation ("the U.S.", "the U.N.") whose first word is in lower case goes on the
    // sentence; a quote that opens with a capital after a sentence-final abbreviation still starts a new one.
    [Theory]
    [InlineData("Beijing vowed to resist the U.S. \"at every step\" on Friday.", "Beijing vowed to resist the U.S. \"at every step\" on Friday.")]
    [InlineData("Iran told the U.N. 'no inspections' would be allowed.", "Iran told the U.N. 'no inspections' would be allowed.")]
    [InlineData("Talks stalled over aid to the U.S. \"We will respond,\" the minister said.", "Talks stalled over aid to the U.S. || \"We will respond,\" the minister said.")]
    public void A_lower_case_quote_after_an_abbreviation_goes_on(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }

    // Split there, the "after" clause became a sentence of its own and its act was coded as news; kept whole, the cause
    // told in the "after" clause is background (gold/README.md).
    [Theory]
    [InlineData("Beijing vowed to resist the U.S. \"at every step\" after Washington imposed new tariffs on Chinese steel.", "CHN*→USA*:*")]
    [InlineData("Beijing vowed to resist the U.S. \"at every step\" after Washington imposed new tariffs on Chinese steel.", "!USA*→CHN*:163")]
    public void The_after_clause_of_a_quoted_sentence_stays_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A country does not cut relations with itself: "diplomats" with no nationality of their own, lent the expeller's
    // country from the sentence, are no target; diplomats whose country is written are.
    [Theory]
    [InlineData("Norway expelled 15 diplomats on Thursday.", "NOR→-:161")]
    [InlineData("Norway expelled 15 diplomats on Thursday.", "!NOR→NOR*:161")]
    [InlineData("Norway expelled 15 Russian diplomats on Thursday.", "NOR→RUS*:161")]
    public void An_expulsion_is_not_aimed_at_the_expeller(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // The injured or dead of a protest or clash are not its doers: "be" as the auxiliary of a passive lends no subject to
    // the event noun after the participle; as a copula it still does ("were on strike").
    [Theory]
    [InlineData("More than 80 demonstrators and police officers were injured in Sunday's protests in the capital.", "!*COP→*:14*")]
    [InlineData("More than 80 demonstrators and police officers were injured in Sunday's protests in the capital.", "!*→*:14*")]
    [InlineData("Nurses in Kenya were on strike for a second week.", "KEN*→*:14*")]
    public void The_injured_are_not_the_protesters(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A counted or listed passive subject in a clash that names no other side is a casualty count, no party to the clash;
    // with the other side named, the dead soldiers' army fought it.
    [Theory]
    [InlineData("Officials said 12 villagers, nine policemen and 30 gunmen have been killed in the clashes near Jos since Monday.", "!*→*:19*")]
    [InlineData("At least 15 people were killed in the fighting in the northern town.", "!*→*:19*")]
    [InlineData("Three Nigerian soldiers were killed during clashes with Boko Haram fighters.", "NGAMIL→NGAREB:19*")]
    public void A_casualty_count_is_no_clash(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An act in the complement of a threat that no frame took in (a light verb and its noun, quoted words between) is
    // threatened: coded in the threat category (13x) with the flag, not as the material act.
    [Theory]
    [InlineData("Pyongyang threatened on Monday to take \"merciless military action\" against Japan.", "PRK*→JPN:1384")]
    [InlineData("Pyongyang threatened on Monday to take \"merciless military action\" against Japan.", "!PRK*→JPN:19*")]
    [InlineData("Venezuela threatened to take military action against Guyana.", "VEN*→GUY:1384")]
    [InlineData("Venezuela threatened to take military action against Guyana.", "!VEN*→GUY:19*")]
    [InlineData("Venezuela took military action against Guyana.", "VEN*→GUY:19*")]
    public void A_threatened_act_is_coded_as_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
    // Page text that is no news: a call to the reader opening with an imperative of the reader's own action. A sentence that
    // merely starts with such a word, and a photo caption with its credit, are still coded.
    [Theory]
    [InlineData("Subscribe to our newsletter for updates on Israel's war in Gaza.", "!*→*:19*")]
    [InlineData("Sign up for our alerts on Russia's invasion of Ukraine.", "!*→*:*")]
    [InlineData("Indian soldiers raided a village in Kashmir on Monday. Photo: AFP", "IND*→*:*")]
    [InlineData("Subscribers in Kenya protested against the new tax on Monday.", "KEN*→*:14*")]
    public void Reader_calls_are_no_news(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
