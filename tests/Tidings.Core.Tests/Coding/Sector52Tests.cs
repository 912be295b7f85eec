namespace Tidings.Tests.Coding;

/// <summary>
/// Session 52 (sector52): actors of the right country coded with the wrong sector. A plain country name coordinated before
/// a country possessive shares its plural role; "the X side" a state addresses is that state's government; a capital named
/// in apposition after "capital" is a place, so the court in it keeps the event; a following of a former office holder is
/// the opposition. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Sector52Tests
{
    // "Armenia and Azerbaijan's foreign ministers": English marks joint possession on the last name only, so every name of
    // the coordination owns the plural role. A singular role may be one country and another's minister: the name stays bare.
    [Theory]
    [InlineData("Kenya and Uganda's foreign ministers met in Kampala on Monday to discuss the border dispute.", "KENGOV→UGAGOV:04*|UGAGOV→KENGOV:04*")]
    [InlineData("Kenya and Uganda's foreign ministers met in Kampala on Monday to discuss the border dispute.", "!KEN→UGAGOV:04*")]
    [InlineData("Ghana, Togo and Benin's leaders signed a security pact in Accra on Friday.", "GHAGOV→BENGOV:05*|BENGOV→GHAGOV:05*|TGOGOV→BENGOV:05*")]
    [InlineData("Kenya and Uganda's foreign minister met in Kampala on Monday.", "!KENGOV→UGAGOV:04*")]
    public void A_plain_name_before_a_possessive_shares_its_plural_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "the Chinese side" addressed by a protest, an appeal or a claim is the Chinese government; as the doer of a deed, or
    // with "of" after it (ground, or a deed it is accused of), it stays the bare country.
    [Theory]
    [InlineData("Hanoi lodged a formal protest with the Chinese side over the seizure of a fishing boat.", "VNMGOV→CHNGOV:114")]
    [InlineData("Hanoi lodged a formal protest with the Chinese side over the seizure of a fishing boat.", "!VNMGOV→CHN:114")]
    [InlineData("Tokyo urged the Russian side to release the detained fishermen without delay.", "JPNGOV→RUSGOV:02*")]
    [InlineData("Vietnam accused the Chinese side of ramming a fishing boat near the Paracel Islands.", "VNM→CHN:112*")]
    [InlineData("Vietnam accused the Chinese side of ramming a fishing boat near the Paracel Islands.", "!VNM→CHNGOV:112*")]
    [InlineData("The Chinese side fired water cannon at a Philippine supply boat near the shoal.", "!CHNGOV→PHL:17*")]
    [InlineData("Thai troops said they came under fire from the Cambodian side overnight.", "!KHMGOV→THAMIL:19*")]
    public void The_side_a_state_addresses_is_its_government(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "a court in the Kenyan capital Nairobi": the capital's name only names the city; the court is the doer. A capital as
    // the subject with no "capital" before it is still its government.
    [Theory]
    [InlineData("A court in the Kenyan capital Nairobi sentenced a former energy minister to six years in prison on Monday.", "KENJUD→KENELI:1*")]
    [InlineData("A court in the Kenyan capital Nairobi sentenced a former energy minister to six years in prison on Monday.", "!KENGOV→KENELI:1*")]
    [InlineData("Lusaka jailed two British tourists on Monday.", "ZMBGOV→GBRCVL:173")]
    public void A_capital_named_after_the_word_capital_is_a_place(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Supporters and followers of an opposition figure or of a former office holder are the opposition in events; of the
    // president in office they stay civilians.
    [Theory]
    [InlineData("Police fired tear gas at supporters of the former president in Lusaka on Sunday.", "ZMBCOP→ZMBOPP:175")]
    [InlineData("Riot police dispersed followers of the jailed former prime minister outside parliament in Dhaka.", "BGDCOP→BGDOPP:175")]
    [InlineData("Riot police dispersed followers of the jailed former prime minister outside parliament in Dhaka.", "!BGDCOP→BGDELI:175")]
    [InlineData("Police fired tear gas at supporters of the president in Lusaka on Sunday.", "ZMBCOP→ZMBCVL:175")]
    [InlineData("Police fired tear gas at supporters of the president in Lusaka on Sunday.", "!ZMBCOP→ZMBOPP:175")]
    public void A_following_of_a_former_office_holder_is_the_opposition(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A country's own organ listed as a metonym after its possessive is one mention with the organ's code, not the role
    // words inside its name ("People" civilians, "Liberation" a newspaper).
    [Theory]
    [InlineData("China's People's Liberation Army fired missiles into the sea near Taiwan on Tuesday.", "CHNMIL→TWN:*")]
    [InlineData("China's People's Liberation Army fired missiles into the sea near Taiwan on Tuesday.", "!CHNCVL→TWN:*")]
    [InlineData("China's People's Liberation Army fired missiles into the sea near Taiwan on Tuesday.", "!FRAMED→TWN:*")]
    public void A_countrys_own_organ_after_its_possessive_is_one_mention(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
