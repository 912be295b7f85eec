namespace Tidings.Tests.Coding;

/// <summary>
/// Targets inside the sentence, round 2 (session 24, targets24b): a business whose seat a participle names ("based in",
/// "registered in") is of that country, each coordinated country a business of its own; a protest whose purpose clause
/// presses someone is aimed at them; the people of a clause of circumstance after an appeal for aid are not whom it asks.
/// </summary>
public class Targets24bTests
{
    [Theory]
    // the seat a participle names is the business's country
    [InlineData("Washington imposed sanctions on three trading firms based in Singapore.", "USA*→SGPBUS:163|!*→BUS:*")]
    [InlineData("The European Union fined two banks headquartered in Cyprus.", "IGOEUR*→CYPBUS:*|!*→BUS:*")]
    [InlineData("The United States blacklisted a shipping company registered in Panama.", "USA*→PANBUS:163|!*→USABUS:*")]
    [InlineData("Ukraine sanctioned a bank registered in Belarus.", "UKR*→BLRBUS:163")]
    [InlineData("Japan imposed sanctions on two trading companies based in China.", "JPN*→CHNBUS:163")]
    [InlineData("Washington sanctioned five firms incorporated in the United Arab Emirates.", "USA*→AREBUS:163")]
    [InlineData("Britain froze the assets of four companies based in Dubai.", "GBR*→AREBUS:*")]
    // each country coordinated in the seat's place is a business of its own, and a side
    [InlineData("Washington imposed sanctions on three trading firms based in Singapore and Malaysia.", "USA*→SGPBUS:163|USA*→MYSBUS:163")]
    [InlineData("The U.S. Treasury sanctioned seven companies based in India and the United Arab Emirates.", "USAGOV→INDBUS:163|USAGOV→AREBUS:163")]
    public void A_business_takes_the_country_of_its_seat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a protest that names no one it is against is aimed at whom its purpose clause presses
    [InlineData("Fishermen in Kerala began a strike on Monday to press New Delhi to act.", "INDAGR→INDGOV:143")]
    [InlineData("Teachers in Kenya went on strike to press the government for higher pay.", "KENEDU→KENGOV:143")]
    [InlineData("Truck drivers in Chile blocked highways to pressure the government over fuel prices.", "CHL*→CHLGOV:144")]
    [InlineData("Nurses in Nigeria began a strike to pressure the federal government over unpaid wages.", "NGAHLH→NGAGOV:143")]
    [InlineData("Farmers in Poland blocked border crossings to pressure Brussels over grain imports.", "POLAGR→IGOEUR*:144")]
    [InlineData("Opposition supporters marched through Dhaka to force the prime minister to resign.", "BGDOPP→BGDGOV:14*")]
    [InlineData("Farmers in France blocked roads around Paris, dumping manure, to pressure the government.", "FRAAGR→FRAGOV:144")]
    public void A_protest_is_aimed_at_whom_its_purpose_presses(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the people and places of a clause of circumstance after an appeal for aid are those the aid is for
    [InlineData("Chad appealed for food aid as refugees poured in from Sudan.", "TCD→-:0233|!*→REF:*|!*→SDN:*")]
    [InlineData("Somalia appealed for emergency food aid while drought displaced thousands of herders in Ethiopia.", "SOM→-:0233|!*→ETH*:*")]
    [InlineData("Niger appealed for international aid as floods swept through the south.", "NER→-:023*")]
    // an addressee the appeal names is still its target
    [InlineData("Chad appealed for food aid from the United Nations.", "TCD→IGOUNO:0233")]
    [InlineData("Kenya appealed to the United Nations for food aid as the drought worsened.", "KEN→IGOUNO:0233")]
    public void An_aid_appeal_is_not_aimed_at_the_needy(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
