namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (protest62): root 14, missed and false (decision 086). A protest word whose doer is lent by another word (a
/// relative or participle clause on the police's object, a noun under a minister's warning) is not the act of the police
/// or the government that framed it; nationals named by their plural demonym who protest address their own government as
/// the country's other people do (decision 005); a courthouse is the court whose building it is, and a rally outside it is
/// aimed at that court. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must
/// not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Protest62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The police who detain or disperse marchers, and a minister who warns people against rallies, are no protesters; a
    // force whose own coordinated verb is the protest still is its doer.
    [Theory]
    [InlineData("Police in Lusaka detained 25 people on Thursday as students tried to march to the finance ministry.", "!ZMBCOP→*:14*")]
    [InlineData("Police in Lusaka detained 25 people on Thursday as students tried to march to the finance ministry.", "ZMBCOP→*:173")]
    [InlineData("Police in Quito detained dozens of miners protesting over unpaid wages outside a copper smelter, a rights group said.", "!ECUCOP→*:14*")]
    [InlineData("Riot police in Lima baton-charged supporters of the jailed former president as they tried to march on Congress.", "!PERCOP→*:14*")]
    [InlineData("The interior minister of Peru warned that anyone who joined unauthorised rallies would be arrested.", "!PERGOV→*:14*")]
    [InlineData("Police officers in Monrovia walked off the job over unpaid allowances and marched on parliament.", "LBRCOP→*:141")]
    public void Protests_lent_to_the_police_are_not_theirs(string sentence, string expected) => AssertCoded(sentence, expected);

    // "Thousands of Bulgarians rallied": nationals named by their demonym protest against their own government when the
    // sentence names no target; a named target still wins.
    [Theory]
    [InlineData("Thousands of Bulgarians rallied in Sofia on Sunday against a plan to raise electricity prices.", "BGRCVL→BGRGOV:141*")]
    [InlineData("Thousands of Bulgarians rallied in Sofia on Sunday against a plan to raise electricity prices.", "!BGRCVL→-:141*")]
    [InlineData("Thousands of Bulgarians fled the floods in the north of the country on Sunday.", "!BGRCVL→BGRGOV:*")]
    public void Demonym_protesters_address_their_government(string sentence, string expected) => AssertCoded(sentence, expected);

    // A rally outside a courthouse is aimed at the court; one outside a city hall is not.
    [Theory]
    [InlineData("About 200 people rallied outside the federal courthouse in Seattle on Friday after the verdict.", "USACVL→USAJUD:141")]
    [InlineData("About 200 people rallied outside the city hall in Seattle on Friday after the verdict.", "!USACVL→USAJUD:141")]
    public void Rallies_at_a_courthouse_address_the_court(string sentence, string expected) => AssertCoded(sentence, expected);

    // A protest against imported goods presses the protesters' own government, not the country the goods come from; a
    // trade measure on imports from a country is still aimed at that country.
    [Theory]
    [InlineData("Romanian farmers drove their tractors into Bucharest on Monday to protest against cheap grain imports from Ukraine.", "ROUAGR→ROUGOV:141*")]
    [InlineData("Romanian farmers drove their tractors into Bucharest on Monday to protest against cheap grain imports from Ukraine.", "!ROUAGR→UKR:14*")]
    [InlineData("The European Union imposed duties on steel imports from China.", "IGOEUREEC→CHN:163")]
    public void Protests_against_imports_press_the_own_government(string sentence, string expected) => AssertCoded(sentence, expected);

    // A demand for wages "from" someone is made of them (1031), and a protest for it is aimed at them; without "from" the
    // protest keeps its own target.
    [Theory]
    [InlineData("Hundreds of textile workers in Karachi blocked a main road on Monday to demand unpaid wages from factory owners.", "PAKLAB→PAKBUS:144*")]
    [InlineData("Hundreds of textile workers in Karachi blocked a main road on Monday to demand unpaid wages from factory owners.", "!PAKLAB→PAKGOV:144*")]
    [InlineData("Hundreds of nurses in Accra marched to the health ministry on Monday to demand higher wages.", "GHAHLH→GHAGOV:141*")]
    public void Wage_demands_name_whom_they_are_made_of(string sentence, string expected) => AssertCoded(sentence, expected);

    // A neighbour named only as where a protest's crossings or border are is no target of the protest; a force massed near
    // a neighbour's border still is aimed at it.
    [Theory]
    [InlineData("Romanian farmers blocked border crossings with Moldova with their tractors on Friday to protest against low grain prices.", "ROUAGR→ROUGOV:144*")]
    [InlineData("Romanian farmers blocked border crossings with Moldova with their tractors on Friday to protest against low grain prices.", "!ROUAGR→MDA:144*")]
    [InlineData("Romanian farmers blocked roads near the Hungarian border on Friday.", "!ROUAGR→HUN:144*")]
    // not a protest: a posture keeps the neighbour its "border with" phrase names (decision 085 reads a bare border adjective as a place)
    [InlineData("Russia massed troops near its border with Finland on Monday.", "RUSMIL→FIN:154")]
    public void Neighbours_named_as_the_place_of_a_protest_are_not_its_target(string sentence, string expected) => AssertCoded(sentence, expected);
}
