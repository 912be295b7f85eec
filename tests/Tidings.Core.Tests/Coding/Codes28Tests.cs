namespace Tidings.Tests.Coding;

/// <summary>
/// Exact codes whose root was already right (session 28, codes28): a gun battle is small-arms fighting (193) whichever
/// verb carries it, and sparing civilians or keeping the peace asked of armed sides is an appeal to de-escalate (0256),
/// which needs the infinitive after "to" read as a verb, not as an adjective on the following noun.
/// </summary>
public class Codes28Tests
{
    [Theory]
    // "fought a gun battle" is the gun battle's 193, not the bare 190 of "fight"
    [InlineData("Somali troops fought a gun battle with al-Shabaab fighters near Mogadishu.", "SOMMIL→*:193|!*:190")]
    [InlineData("Indian and Pakistani soldiers fought gun battles along the border on Friday.", "INDMIL→PAKMIL:193|PAKMIL→INDMIL:193")]
    [InlineData("Nigerian police engaged in a gun battle with kidnappers in Kaduna state.", "NGACOP→*:193|!*:190")]
    [InlineData("Kenyan police engaged in a firefight with cattle raiders in Baringo.", "KENCOP→*:193|!*:190")]
    // the noun and the exchange of fire stay 193; plain fighting stays 190
    [InlineData("Police exchanged fire with gunmen in Lagos.", "NGACOP→*:193")]
    [InlineData("Kenyan troops fought a gun battle with al-Shabaab militants in Lamu.", "KENMIL→SOMREB:193|SOMREB→KENMIL:193")]
    [InlineData("Thai and Cambodian troops fought along the border on Friday.", "THAMIL→KHMMIL:190|!*:193")]
    public void A_gun_battle_is_small_arms_fighting(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // sparing civilians and keeping the peace, asked of a named side, are an appeal to de-escalate
    [InlineData("The African Union called on the Sudanese army to spare civilians.", "IGOAFR*→SDNMIL:0256|!*:020")]
    [InlineData("The United Nations urged Israel to spare civilians in Gaza.", "IGOUNO→ISR:0256|!*:020")]
    [InlineData("Amnesty International urged the Ethiopian army to spare civilians in Amhara.", "NGOHRIAMN→ETHMIL:0256")]
    [InlineData("Ghana's president urged the opposition to keep the peace after the vote.", "GHAGOV→GHAOPP:0256")]
    [InlineData("The bishops called on the police to keep the peace during the count.", "CHR→COP:0256")]
    [InlineData("Egypt called on Israel to spare civilians in Rafah.", "EGY→ISR:0256|!*:020")]
    // done, they are the de-escalation itself
    [InlineData("The army spared civilians in the town.", "MIL→CVL:087")]
    public void Sparing_civilians_asked_of_a_side_is_an_appeal_to_de_escalate(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // after an object and "to", a verb base the tagger read as an adjective before a plural, article or possessive is the
    // infinitive, so the appeal codes the act asked for
    [InlineData("The European Union urged Belarus to free the political prisoners.", "IGOEUR*→BLR:0253")]
    [InlineData("The United States urged Venezuela to free its political prisoners.", "USA→VEN:0253")]
    [InlineData("Germany urged Iran to free detained journalists.", "DEU→IRN:0253")]
    [InlineData("Qatar urged Hamas to free the hostages.", "QAT→PSEREBHMS:0253")]
    // a noun modified after "to" keeps its adjective: no appeal is invented
    [InlineData("Ukraine's grain exports returned to normal levels in May.", "!*:02*")]
    [InlineData("The villagers finally gained access to clean water.", "!*:02*")]
    public void A_verb_base_after_an_object_and_to_is_the_infinitive(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
