namespace Tidings.Tests.Coding;

/// <summary>
/// Intents told through a reporting verb (session 19, intents9): "X said it would give N euros for food" is an intent to give
/// aid of the kind the "for" phrase names (0333 humanitarian, 0332 military), as is money earmarked for someone (money allocated stays aid given, 07x, of the kind its "for" phrase names);
/// a junta or leader saying it would hand power to civilians expresses intent to change leadership (0341). A word a verb entry
/// matches, coordinated as a noun with a noun ("food and shelter"), is a thing listed, not a verb. Neutral future facts stay
/// event-free. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too) and each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Intents9Tests
{
    [Theory]
    [InlineData("The EU said it would give 40 million euros for food and shelter in Sudan.", "IGOEUREEC→SDN:0333|!IGOEUREEC→SDN:075")]
    [InlineData("Japan announced it will send 10 million dollars for medicine and tents to Turkey.", "JPN→TUR:0333")]
    [InlineData("Canada pledged that it would provide 30 million dollars for humanitarian aid in Haiti.", "CAN→HTI:0333")]
    [InlineData("Britain told reporters it would give 5 million pounds for weapons to Ukraine.", "GBR→UKR:0332")]
    [InlineData("Norway said Oslo would give 20 million dollars for food in Somalia.", "NORGOV→SOM:0333")]
    public void Money_promised_for_goods_is_an_intent_to_give_aid_of_their_kind(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The EU gave 40 million euros for food and shelter in Sudan.", "IGOEUREEC→SDN:073|!IGOEUREEC→SDN:075")]
    [InlineData("Turkey gave tents and shelter to the refugees.", "TUR→REF:073")]
    public void Money_given_for_relief_goods_is_humanitarian_aid(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Britain earmarked 1.5 billion pounds for air defence missiles for Ukraine.", "GBR→UKR:0332")]
    [InlineData("Japan allocated 20 million dollars to Sri Lanka for flood relief.", "JPN→LKA:073")]
    [InlineData("Australia has allocated 10 million dollars to Tonga.", "AUS→TON:071")]
    public void Money_earmarked_is_aid_pledged_and_allocated_is_aid_given(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The general said he would hand power to civilians within a year.", "MIL→CVL:0341")]
    [InlineData("Mali's junta leader said he would hand power to an elected government next year.", "MLIMIL→-:0341")]
    [InlineData("The junta handed power to a civilian government on Monday.", "MIL→GOV:0831")]
    public void Power_handed_to_civilians_changes_leadership(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Officials said the meeting would take place in May.")]
    [InlineData("The central bank said prices would rise next year.")]
    [InlineData("Forecasters said the storm would hit the coast on Friday.")]
    [InlineData("The Taliban returned to power in 2021.")]
    [InlineData("The families said they needed food and shelter.")]
    public void Neutral_future_facts_stay_event_free(string text) => Assert.Empty(PipelineEvents.Codes(text));
}
