namespace Tidings.Tests.Coding;

/// <summary>
/// The sub-code of appeals and demands by what they ask for (session 22, appeal22): a policy act asked of a government
/// whose infinitive the parser hangs on the addressee ("called on X's electoral council to publish ...") is 0242 as when
/// it hangs on the verb; an election asked to be held is political reform in general (024, 104), not a change of leader.
/// </summary>
public class Appeals22Tests
{
    [Theory]
    // the "to"-infinitive hung on the addressee of "called on", in a main clause or a participle after a noun
    [InlineData("Argentina and Chile issued a statement calling on Nicaragua's electoral council to publish the vote count.", "ARG→NICGOV:0242|CHL→NICGOV:0242|!*:020")]
    [InlineData("Argentina and Chile issued a statement calling on Venezuela's electoral council to disclose the vote tallies.", "ARG→VENGOV:0242|CHL→VENGOV:0242")]
    [InlineData("Spain called on Venezuela's electoral council to publish the detailed results and offered to help.", "ESP→VENGOV:0242|!*:020")]
    [InlineData("The African Union urged Malawian electoral authorities to resume the count and to publish the results.", "IGOAFRAFU→MWIGOV:0242|!*:020")]
    // a second, coordinated policy verb names the appeal when the first names none
    [InlineData("The United States called on Guatemala's electoral authorities to publish the results and to certify the winner.", "USA→GTMGOV:0242")]
    [InlineData("Ecuador's bishops called on the national assembly to repeal the mining law.", "ECUCHR→ECULEG:0242")]
    [InlineData("Peru's opposition urged the government to scrap the new fuel tax.", "PEROPP→PERGOV:0242")]
    [InlineData("The students demanded that the government withdraw the education bill.", "EDU→GOV:1042")]
    // an act that is no policy leaves the bare appeal
    [InlineData("Honduras's opposition called on the government to stay calm.", "HNDOPP→HNDGOV:020|!*:0242")]
    [InlineData("Argentina and Chile issued a statement calling on Nicaragua's electoral council to resume the count.", "ARG→NICGOV:020|!*:0242")]
    public void A_policy_act_asked_of_a_government_is_an_appeal_for_policy_change(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // holding, calling or organising a vote asked of a government: political reform (024 appealed, 104 demanded)
    [InlineData("Kenya's opposition called on the government to hold the postponed county elections.", "KENOPP→KENGOV:024|!*:0241")]
    [InlineData("Thai student groups urged the military government to hold a general election this year.", "THAEDU→THAGOV:024")]
    [InlineData("Zambia's opposition demanded that the government hold fresh elections.", "ZMBOPP→ZMBGOV:104|!*:1041")]
    [InlineData("The Nigerian Bar Association urged the president to call a referendum on the constitution.", "NGAJUD→NGAGOV:024")]
    [InlineData("Ghana's opposition urged the president to hold a referendum on the new constitution.", "GHAOPP→GHAGOV:024")]
    [InlineData("The European Union urged the Malian junta to organise elections by the end of the year.", "IGOEUREEC→MLIMIL:024")]
    [InlineData("The United Nations urged Myanmar's junta to hold the delayed election.", "IGOUNO→MMRMIL:024")]
    // a demanded resignation is still the change of leader
    [InlineData("Chile's opposition demanded the resignation of the interior minister.", "CHLOPP→CHLGOV:1041")]
    public void An_election_asked_to_be_held_is_political_reform(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what else an appeal asks for sets its sub-code, with no second event for the asked act
    [InlineData("Mexico urged Colombia's government and the rebels to resume talks.", "MEX→COLGOV:026|MEX→COLREB:026|!*:04*")]
    [InlineData("Norway called on Colombia's government and the rebels to return to the negotiating table.", "NOR→COLGOV:026|NOR→COLREB:026|!*:04*")]
    [InlineData("Kenya's opposition called on the government to hold talks on the new tax.", "KENOPP→KENGOV:026|!*:04*")]
    [InlineData("Amnesty International demanded that Egypt release the jailed blogger.", "NGOHRIAMN→*:1053")]
    [InlineData("France urged Russia to agree to a ceasefire.", "FRA→RUS:0256")]
    [InlineData("The Red Cross appealed to donors for food aid for flood victims in Malawi.", "NGOHLHIRC→*:0233")]
    public void The_asked_act_sets_the_appeal_sub_code(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb coordinated with the framed one, no trigger itself, is a second appeal by what it takes up or asks for
    [InlineData("The European Union urged Togo's government to free the arrested journalists and open a dialogue with the opposition.", "IGOEUREEC→TGOGOV:0253|IGOEUREEC→TGOGOV:026|!*:04*")]
    [InlineData("Kenya's opposition called on the government to release the arrested protesters and scrap the new tax.", "KENOPP→KENGOV:0253|KENOPP→KENGOV:0242")]
    [InlineData("Qatar urged Israel to release the detainees and stop the attacks on Gaza.", "QAT→ISR:0253|QAT→ISR:0256|!*:020|!*:19*")]
    public void A_coordinated_asked_act_is_a_second_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
