namespace Tidings.Tests.Coding;

/// <summary>
/// Coder gaps reported by earlier helpers (session 28, gaps28): a document noun with its author as a compound modifier
/// ("A UN report accused ...", "an Amnesty study blamed ...") must stay the subject noun of the verb after it. Read as a
/// verb (the reporting verb "report", after a name that makes a verb context), it hid the verb that follows, and the
/// accusation or criticism was lost.
/// </summary>
public class Gaps28Tests
{
    [Theory]
    // the author named as a compound modifier of the document speaks through it
    [InlineData("A UN report accused Israel of torture.", "IGOUNO→ISR:112*")]
    [InlineData("A UN report accused the army of torture.", "IGOUNO→MIL:112*")]
    [InlineData("An Amnesty report accused the Egyptian police of torturing detainees.", "NGOHRIAMN→EGYCOP:112*")]
    [InlineData("A Human Rights Watch report accused Ethiopian troops of killing civilians.", "NGOHRI→ETHMIL:112*")]
    [InlineData("A UN report criticised Israel.", "IGOUNO→ISR:111")]
    [InlineData("A new UN report blamed Russian forces for the attack on the hospital.", "IGOUNO→RUSMIL:112*")]
    [InlineData("A UN report released on Monday accused Israel of torture.", "IGOUNO→ISR:112*")]
    [InlineData("A UN investigation accused Myanmar's army of genocide.", "IGOUNO→MMRMIL:112*")]
    [InlineData("The Amnesty study accused Kenyan police of killing protesters.", "NGOHRIAMN→KENCOP:112*")]
    [InlineData("An EU audit criticised Hungary over its use of funds.", "IGOEUREEC→HUN:111")]
    [InlineData("A Nigerian army statement accused Boko Haram of killing 20 farmers.", "NGAMIL→NGAREB:112*")]
    // the possessive and "by" authors, which worked before, keep working
    [InlineData("The UN's report accused Israel of torture.", "IGOUNO→ISR:112*")]
    [InlineData("A report by the UN accused Israel of torture.", "IGOUNO→ISR:112*")]
    [InlineData("Amnesty's report accused the Egyptian police of torture.", "NGOHRIAMN→EGYCOP:112*")]
    public void A_document_with_a_compound_author_accuses_for_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the document noun is never read as the reporting verb: no one reports, and no outside reporter swallows the act
    [InlineData("A UN report accused Israel of torture.", "!*:010")]
    [InlineData("An Amnesty report accused the Egyptian police of torturing detainees.", "!*:010")]
    // a document that only appears is no event
    [InlineData("The UN report was published on Monday.", "!*:*")]
    // a real reporting verb after a name stays a verb
    [InlineData("Kenya reports new cases of cholera.", "!*:11*")]
    // the document is not its subject's target
    [InlineData("A UN report accused Israel of torture.", "!*→IGOUNO:*")]
    // a plain subject before an accusing verb is unaffected
    [InlineData("The UN accused Israel of torture.", "IGOUNO→ISR:112*")]
    [InlineData("Kenyan police were accused by a UN report of killing protesters.", "!KENCOP→*:112*")]
    public void The_document_noun_is_no_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
