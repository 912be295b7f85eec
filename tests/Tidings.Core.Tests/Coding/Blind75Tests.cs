namespace Tidings.Tests.Coding;

/// <summary>
/// Session 57 (blind75): insurgencies, armed groups, kidnappings and hostages (decision 066). Groups designated terrorist
/// (172) or taken off a terrorist list (081); ransoms paid (080) or refused (124); captives rescued (0841, while people
/// rescued from danger stay aid, 073); people carried off (181); fighters handing over any weapon (0873); killings told by a
/// manner phrase whose victims are only counted (202 from 25); and orders to leave given to a population (201). Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for
/// these tests, not taken from the blind75 gold lines.
/// </summary>
public class Blind75Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Designating a group a terrorist organisation is an administrative sanction on it (172); lifting the designation or
    // taking the group off the terrorist list eases it (081). Naming a group a terrorist organisation in a description
    // designates no one.
    [Theory]
    [InlineData("The United States designated Tren de Aragua as a foreign terrorist organization.", "USA→VENCRM:172")]
    [InlineData("Britain designated the Wagner Group as a terrorist organisation on Friday.", "GBR→RUSMIL:172")]
    [InlineData("The United States revoked the terrorist designation of the Houthis.", "USA→YEMREB:081")]
    [InlineData("Canada removed Hezbollah from the terrorist list.", "CAN→LBNREB:081")]
    [InlineData("Canada removed Hezbollah from the terrorist list.", "!CAN→LBNREB:085")]
    [InlineData("The bombing was carried out by a designated terrorist organisation, police said.", "!*→*:172")]
    public void Terrorist_designations_and_delistings(string sentence, string expected) => AssertCoded(sentence, expected);

    // Paying a ransom yields to the captors (080); refusing to pay is a refusal to yield (124).
    [Theory]
    [InlineData("The Nigerian government paid a ransom to the kidnappers, officials said.", "NGAGOV→NGACRM:080")]
    [InlineData("The government of Niger refused to pay a ransom to the kidnappers.", "NERGOV→NERCRM:124")]
    [InlineData("The government of Niger refused to pay a ransom to the kidnappers.", "!NERGOV→NERCRM:080")]
    [InlineData("Farmers in Kano paid a heavy price for the drought this year.", "!*→*:080")]
    public void Ransoms_paid_and_refused(string sentence, string expected) => AssertCoded(sentence, expected);

    // Captives rescued are freed (0841) by their rescuers; people rescued from a boat or a fire are given aid (073).
    [Theory]
    [InlineData("Kenyan troops rescued 14 hostages held by al-Shabaab in Lamu on Friday.", "KENMIL→CVL:0841")]
    [InlineData("Kenyan troops rescued 14 hostages held by al-Shabaab in Lamu on Friday.", "!KENMIL→*:073")]
    [InlineData("Police in Libya rescued 20 migrants from a sinking boat.", "LBYCOP→REF:073")]
    [InlineData("Police in Libya rescued 20 migrants from a sinking boat.", "!LBYCOP→REF:0841")]
    public void Captives_rescued_are_released(string sentence, string expected) => AssertCoded(sentence, expected);

    // People carried off by raiders are abducted (181); things carried off are not, nor people carried "off" a place.
    [Theory]
    [InlineData("Bandits carried off 30 villagers from a village in Katsina state.", "NGACRM→NGACVL:181")]
    [InlineData("Gunmen carried off 25 schoolgirls from a school in Zamfara state.", "NGAREB→NGAEDU:181")]
    [InlineData("The Moroccan team carried off the trophy in Rabat.", "!*→*:181")]
    [InlineData("Italy's coast guard stopped a boat carrying 60 migrants off Lampedusa.", "!*→*:181")]
    public void People_carried_off_are_abducted(string sentence, string expected) => AssertCoded(sentence, expected);

    // Fighters handing over their small arms or handing in any weapon demobilise (0873) toward whoever receives them, not a
    // judicial handover (063), which suspects handed over still are; a state handing over jets gives aid, not its arms up.
    [Theory]
    [InlineData("Hundreds of rebels in Colombia handed over their rifles to UN monitors.", "COLREB→IGOUNO:0873")]
    [InlineData("Hundreds of rebels in Colombia handed over their rifles to UN monitors.", "!COLREB→IGOUNO:063")]
    [InlineData("Former fighters in Mindanao handed in their guns on Tuesday.", "PHLREB→*:0873")]
    [InlineData("Kenya handed over two suspects to Ugandan police.", "KEN→UGACOP:063")]
    [InlineData("Denmark handed over six fighter jets to Ukraine on Monday.", "!DNK→*:0873")]
    public void Weapons_handed_over_are_demobilisation(string sentence, string expected) => AssertCoded(sentence, expected);

    // A killing told by a manner phrase ("hacked to death") whose victims are only counted reaches the mass-killing bound
    // (202 from 25, session 25) as "killed" does; fewer stay 1823.
    [Theory]
    [InlineData("Rebels hacked to death at least 38 people in a village near Beni.", "CODREB→CODCVL:202")]
    [InlineData("Rebels hacked to death eight people in a village near Beni.", "CODREB→CODCVL:1823")]
    [InlineData("Rebels hacked to death eight people in a village near Beni.", "!CODREB→CODCVL:202")]
    public void Counted_victims_of_manner_killings(string sentence, string expected) => AssertCoded(sentence, expected);

    // An order to leave given to a population is a mass expulsion (201); given to journalists it deports individuals
    // (174), to an ambassador it reduces relations (161).
    [Theory]
    [InlineData("Jihadists ordered residents of five villages in Burkina Faso to leave their homes.", "BFAREB→BFACVL:201")]
    [InlineData("Jihadists ordered residents of five villages in Burkina Faso to leave their homes.", "!BFAREB→BFACVL:174")]
    [InlineData("Russia ordered two British journalists to leave the country.", "RUS→GBRMED:174")]
    [InlineData("Niger ordered the French ambassador to leave the country.", "NER→FRAGOV:161")]
    public void Orders_to_leave_given_to_a_population(string sentence, string expected) => AssertCoded(sentence, expected);
}
