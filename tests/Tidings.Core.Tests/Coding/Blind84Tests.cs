namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (blind84): the English-language domestic press of South Asia, Africa and Southeast Asia (decision 109). Police
/// or soldiers who "pick up" or "book" people arrest or charge them (173), never when the object is no person or the doer no
/// force; the state's "terrorists" are the armed men it fights (REB); a member of a state assembly is a legislator (LEG);
/// "former" before a place and its office makes a former office holder (ELI); "PTI" before a noun for a party's own people
/// is Pakistan's party, elsewhere the Press Trust of India. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the blind84 gold lines.
/// </summary>
public class Blind84Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "pick up" and "book" are arrests only when a force acts on people.
    [Theory]
    [InlineData("Police picked up three opposition activists from their homes in Kampala on Sunday.", "UGACOP→UGAOPP:173")]
    [InlineData("The army picked up the pace of its operations in the north.", "!*→*:173")]
    [InlineData("Police in Chennai booked two journalists for sedition.", "INDCOP→INDMED:173")]
    [InlineData("The delegation booked rooms at a hotel in Delhi.", "!*→*:173")]
    public void Picked_up_and_booked_are_arrests(string sentence, string expected) => AssertCoded(sentence, expected);

    // Roles of this press: the state's "terrorists" (REB), a state assemblyman (LEG), a named drug enforcement commission.
    [Theory]
    [InlineData("Pakistani troops killed nine terrorists in a raid in North Waziristan.", "PAKMIL→PAKREB:190")]
    [InlineData("Pakistani troops killed nine terrorists in a raid in North Waziristan.", "!PAKMIL→-:190")]
    [InlineData("The Malaysian Anti-Corruption Commission detained a state assemblyman in Johor.", "MYSCOP→MYSLEG:173")]
    [InlineData("Zambia's Drug Enforcement Commission arrested a former minister in Lusaka.", "ZMBCOP→ZMBELI:173")]
    public void Roles_of_the_domestic_press(string sentence, string expected) => AssertCoded(sentence, expected);

    // "former" before a place and its office makes an elite; without it the place's office is its government.
    [Theory]
    [InlineData("Police arrested a former Jharkhand minister in Ranchi on Monday.", "INDCOP→INDELI:173")]
    [InlineData("Police arrested a Jharkhand minister in Ranchi on Monday.", "INDCOP→INDGOV:173")]
    [InlineData("Police arrested a Jharkhand minister in Ranchi on Monday.", "!INDCOP→INDELI:173")]
    public void Former_before_a_place_office(string sentence, string expected) => AssertCoded(sentence, expected);

    // "PTI" before a party's people is Pakistan Tehreek-e-Insaf; before a reporter it stays the news agency.
    [Theory]
    [InlineData("Police in Lahore arrested 40 PTI workers after a rally on Sunday.", "PAKCOP→PAK*:173")]
    [InlineData("Police in Lahore arrested 40 PTI workers after a rally on Sunday.", "!*→INDMED:173")]
    [InlineData("Police detained a PTI reporter in Srinagar on Monday.", "INDCOP→INDMED:173")]
    public void PTI_before_party_people_is_the_party(string sentence, string expected) => AssertCoded(sentence, expected);
}
