namespace Tidings.Tests.Coding;

/// <summary>
/// What real copy does that our own sentences rarely do (session 35, realnews35, from the errors on realnews-gold dev to
/// dev8). A predicate of necessity with an extraposed clause ("it is imperative that the authorities facilitate aid", "said
/// it was vital for Iran to return to talks") asks the act of the clause's subject as "must" does: an appeal (02x by the
/// act) from the speaker to that subject, never the act itself as done; told in the past ("it was important that Russia
/// withdrew") it is no appeal. A judgement told with a copula takes any event noun of the lexicon as the judged act, not
/// only "decision" or "move" ("said Russia's annexation of Crimea was illegal": 111 of the speaker toward the annexer).
/// An honour awarded or bestowed praises its receiver (051), as one conferred does; a contract awarded is no honour. A plural
/// charge noun set off after an accusation with no article (", allegations the government denies") is denied by the relative
/// clause's subject as ", a charge the government denies" is (016 toward the accuser).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class RealNews35Tests
{
    [Theory]
    [InlineData("\"It is imperative that the Chadian authorities facilitate humanitarian aid,\" said a Red Cross official.",
        "NGOHLHIRC→TCDGOV:023*|!TCDGOV→*:073")]
    [InlineData("The British minister said it was essential that Russia withdraw its troops from Georgia.",
        "GBRGOV→RUS:025*|!RUS→GEO:0874")]
    // the parser hangs the "that" clause on "said": the predicate before it still governs it
    [InlineData("It is essential that Russia withdraw its troops from Georgia, the British minister said.",
        "GBRGOV→RUS:025*|!RUS→GEO:0874")]
    [InlineData("It is important for Russia to withdraw its troops from Georgia, the British minister said.",
        "GBRGOV→RUS:025*|!RUS→GEO:0874")]
    [InlineData("The British minister said it was vital that Iran resume talks with the EU.", "GBRGOV→IRN:026")]
    [InlineData("\"It is crucial that Kenyan leaders hold talks with the opposition,\" the UN envoy said.", "IGOUNO→KENGOV:026")]
    // with no speaker it is an opinion: no appeal, and no act done either
    [InlineData("It is essential that Russia withdraw its troops from Georgia.", "!*:0874|!*:025*")]
    // a done act judged important is no appeal
    [InlineData("The British minister said it was important that Russia withdrew its troops from Georgia.", "!GBRGOV→RUS:025*")]
    [InlineData("It is important that Russia has withdrawn its troops from Georgia, the British minister said.", "!GBRGOV→RUS:025*")]
    public void A_predicate_of_necessity_asks_the_act_of_its_subject(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Dutch minister said Russia's annexation of Crimea was illegal.", "NLDGOV→RUS:111")]
    [InlineData("Israel's blockade of Gaza is a crime, the Turkish foreign minister said.", "TURGOV→ISR:111")]
    [InlineData("The Polish president said the Russian annexation of Crimea was a violation of international law.", "POLGOV→RUS:111")]
    // still only a disapproving predicate: an act called important is no judgement
    [InlineData("The Dutch minister said Russia's talks with Iran were important.", "!NLDGOV→RUS:111")]
    // negated or hypothetical judgements judge nothing
    [InlineData("The Dutch minister said Russia's annexation of Crimea was not illegal.", "!NLDGOV→RUS:111")]
    [InlineData("The Dutch minister said a Russian annexation of Crimea would be a mistake.", "!NLDGOV→RUS:111")]
    public void A_copular_judgement_takes_any_event_noun_as_the_judged_act(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Armenian president awarded the Italian senator a medal.", "ARMGOV→ITALEG:051")]
    [InlineData("The Italian senator was awarded a medal by the Armenian president.", "ARMGOV→ITALEG:051")]
    [InlineData("The Pope bestowed an honour on the Kenyan president.", "VATREL→KENGOV:051")]
    [InlineData("The Kenyan president awarded a medal to the Ugandan ambassador.", "KENGOV→UGAGOV:051")]
    // a contract or a damages sum awarded is no honour
    [InlineData("The Armenian government awarded the contract to an Italian firm.", "!*:051")]
    [InlineData("A Kenyan court awarded the family damages of $2 million.", "!*:051")]
    public void An_honour_awarded_praises_its_receiver(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The UN accused the South Sudanese government of buying arms, allegations that the government denies.",
        "IGOUNO→SSDGOV:112|SSDGOV→IGOUNO:016")]
    [InlineData("Kenya accused Uganda of arming the rebels, allegations the Ugandan government rejects.", "UGAGOV→KEN:016")]
    // the singular keeps its article, as before
    [InlineData("Kenya accused Uganda of arming the rebels, a charge the Ugandan government rejects.", "UGAGOV→KEN:016")]
    // not set off by a comma: the allegations are the object of an act, no appositive denial
    [InlineData("The Ugandan government denied allegations that Kenya had repeated.", "!UGAGOV→KEN:016")]
    public void A_plural_charge_denied_in_its_relative_clause_is_a_denial(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
