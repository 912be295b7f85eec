namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (blind85): single wire sentences in the style of the dev and test splits. (1) Coordinated subjects did one
/// act, so each takes the code the act took for its victim: the killing of a few civilians (1823), a massacre at the count
/// bound (202), an assassination (186), not the trigger's residual (190) the first subject's code was refined from.
/// (2) Handing over is an extradition (063) only when a person is handed over; weapons, military craft and relief handed to
/// another side are aid (072, 073), read through a noun of quantity ("a new batch of launchers"). (3) Sides named together
/// as breaking a truce each broke it against the other (196 both ways). (4) A siege an armed side or a state lays to a
/// place no actor names blockades that place's country (191).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the blind85 gold lines.
/// </summary>
public class Blind85Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Every coordinated doer of a killing takes the victims' code; victims that are a force keep 190 for both.
    [Theory]
    [InlineData("Soldiers and allied militiamen killed 12 villagers in a raid in northern Burkina Faso.", "BFAREB→BFACVL:1823")]
    [InlineData("Soldiers and allied militiamen killed 12 villagers in a raid in northern Burkina Faso.", "!BFAREB→BFACVL:190")]
    [InlineData("Rebels and allied militiamen killed more than 60 civilians in a village in Ituri.", "CODREB→CODCVL:202")]
    [InlineData("Rebels and allied militiamen killed more than 60 civilians in a village in Ituri.", "!CODREB→CODCVL:190")]
    [InlineData("Army troops and police officers shot dead the mayor of a town in Guerrero.", "MEXCOP→MEXGOV:186")]
    [InlineData("Police and soldiers killed 14 rebels in a raid on a camp in Cauca.", "COLCOP→COLREB:190")]
    [InlineData("Police and soldiers killed 14 rebels in a raid on a camp in Cauca.", "!COLCOP→COLREB:1823")]
    [InlineData("Police and soldiers arrested 40 opposition supporters in Harare on Monday.", "ZWEMIL→ZWEOPP:173")]
    public void Coordinated_doers_of_a_killing_share_its_code(string sentence, string expected) => AssertCoded(sentence, expected);

    // Handed-over weapons, craft and relief are aid; handed-over people stay an extradition.
    [Theory]
    [InlineData("The Netherlands handed over a new batch of air defence launchers to Ukraine on Monday.", "NLD→UKR:072")]
    [InlineData("The Netherlands handed over a new batch of air defence launchers to Ukraine on Monday.", "!NLD→UKR:063")]
    [InlineData("France handed over a first batch of Mirage jets to Ukraine.", "FRA→UKR:072")]
    [InlineData("The Netherlands handed over four F-16 fighter jets to Ukraine on Monday.", "NLD→UKR:072")]
    [InlineData("Italy handed over four patrol boats to Tunisia's coast guard.", "ITA→TUN*:072")]
    [InlineData("Spain handed over a drug trafficker to Morocco on Tuesday.", "ESP→MAR:063")]
    [InlineData("Spain handed over a drug trafficker to Morocco on Tuesday.", "!ESP→MAR:072")]
    public void Handed_over_things_are_aid(string sentence, string expected) => AssertCoded(sentence, expected);

    // Sides named together as breaking a truce broke it against each other; one side alone keeps the side it fired on, and
    // an accusation of breaking it stays the accusation.
    [Theory]
    [InlineData("Pakistani and Afghan forces broke the truce on Friday with fresh clashes at the Chaman border crossing.", "AFGMIL→PAKMIL:196")]
    [InlineData("Pakistani and Afghan forces broke the truce on Friday with fresh clashes at the Chaman border crossing.", "PAKMIL→AFGMIL:196")]
    [InlineData("Armenia and Azerbaijan breached the truce twice on Sunday.", "AZE→ARM:196")]
    [InlineData("Cambodian troops breached the truce on Saturday by shelling Thai positions.", "KHMMIL→THA:196")]
    [InlineData("Cambodian troops breached the truce on Saturday by shelling Thai positions.", "!THA→KHMMIL:196")]
    [InlineData("Armenia and Azerbaijan accused each other of violating the ceasefire.", "!ARM→AZE:196")]
    public void Sides_named_together_break_a_truce_against_each_other(string sentence, string expected) => AssertCoded(sentence, expected);

    // A siege of a place blockades the place's country; a crowd "laying siege" to a building is no blockade.
    [Theory]
    [InlineData("Islamist fighters laid siege to the town of Arbinda in northern Burkina Faso on Tuesday.", "*→BFA:191")]
    [InlineData("Armed gangs laid siege to the town of Hinche in central Haiti.", "HTI*→HTI:191")]
    [InlineData("Protesters laid siege to the town of Bolgatanga in northern Ghana.", "!*→*:191")]
    [InlineData("The rebels ended their siege of the town of Arbinda in northern Burkina Faso.", "!*→*:191")]
    public void A_siege_of_a_place_blockades_its_country(string sentence, string expected) => AssertCoded(sentence, expected);
}
