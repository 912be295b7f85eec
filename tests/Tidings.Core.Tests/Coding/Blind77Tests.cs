namespace Tidings.Tests.Coding;

/// <summary>
/// Session 59 (blind77): protests, strikes, labour disputes and social movements (decision 071). A general, national,
/// nationwide or public-sector strike, and a strike by the police, presses the strikers' own government (143 aimed at GOV)
/// when no employer is named; strikers and protesters ending or lifting their own strike or blockade ease dissent (082),
/// where an armed side ending air strikes de-escalates (087) and anyone else's "ending the strike" is not coded; a gathering
/// whose purpose infinitive is a demand is the demonstration (141 with the demand's sub-code and addressee, decision 032).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the blind77 gold lines.
/// </summary>
public class Blind77Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // General, national and police strikes press the state; a plain strike keeps no target, and a general strike in
    // solidarity with others presses no government of its own.
    [Theory]
    [InlineData("The Korean Confederation of Trade Unions staged a one-day general strike in Seoul on Wednesday.", "KORLAB→KORGOV:143")]
    [InlineData("Police officers in Liberia went on strike over unpaid salaries.", "LBRCOP→LBRGOV:143")]
    [InlineData("Bus drivers in Lima went on strike on Monday.", "!PERLAB→PERGOV:143")]
    [InlineData("Bus drivers in Lima went on strike on Monday.", "PERLAB→-:143")]
    [InlineData("Italian unions staged a general strike in solidarity with Gaza on Monday.", "!ITALAB→ITAGOV:143")]
    public void Strikes_against_the_state(string sentence, string expected) => AssertCoded(sentence, expected);

    // Strikers and protesters ending their own strike or blockade ease dissent (082); a state's forces lifting a siege or
    // ending air strikes de-escalate (087x); a mediator's purpose "to end the strike" and an agreement "ending the strike"
    // are no act of ending.
    [Theory]
    [InlineData("Nurses in Ghana ended their strike on Friday.", "GHAHLH→*:082")]
    // a party that called a protest strike eases its own dissent too (lead, session 59)
    [InlineData("Kenya's opposition party ODM ended its week-long protest strike on Tuesday.", "KEN*→*:082")]
    [InlineData("Farmers in Peru lifted their blockade of the main highway on Sunday.", "PERAGR→*:082")]
    [InlineData("Farmers in Peru lifted their blockade of the main highway on Sunday.", "!*→*:0872")]
    [InlineData("Myanmar's army lifted its blockade of the town of Bhamo.", "MMRMIL→*:0872")]
    [InlineData("Israel ended its strikes on Gaza after the truce took effect.", "ISR→PSE:087")]
    [InlineData("The church called both sides to talks to try to end the strike.", "!*→*:087")]
    [InlineData("The church called both sides to talks to try to end the strike.", "!*→*:082")]
    [InlineData("Ghana's government and the nurses' union signed an agreement on Friday ending a two-week strike.", "!*→*:087")]
    public void Protesters_ending_their_protest_ease_dissent(string sentence, string expected) => AssertCoded(sentence, expected);

    // People who gather or camp somewhere to demand something demonstrate (141 with the demand's sub-code), aimed at whom the
    // demand is made of; leaders gathering to demand something, and people camping for no demand, are no demonstration.
    [Theory]
    [InlineData("Thousands of people gathered outside parliament in Accra to demand the resignation of the finance minister.", "GHACVL→GHAGOV:1411")]
    [InlineData("Thousands of people gathered outside parliament in Accra to demand the resignation of the finance minister.", "!GHACVL→GHAGOV:1041")]
    [InlineData("Hundreds of Kenyan teachers camped outside the education ministry to demand higher pay.", "KENEDU→*:141*")]
    [InlineData("Displaced families camped near the border crossing.", "!*→*:141")]
    [InlineData("World leaders gathered in Rome to demand a ceasefire in Gaza.", "!*→*:141*")]
    public void Gatherings_for_a_demand_are_demonstrations(string sentence, string expected) => AssertCoded(sentence, expected);
}
