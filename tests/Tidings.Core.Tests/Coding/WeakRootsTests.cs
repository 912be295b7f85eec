namespace Tidings.Tests.Coding;

/// <summary>
/// Session 10's rows and rules for the roots the coder was weakest on (03, 08, 09, 12, 13, 14, 15), over the default
/// pipeline, on sentences written for these tests: what is handed over or back (captives 0841, property 0842), eased
/// sanctions, drills and ordered mobilisations, warnings of consequences, sit-ins and street protests for a demand,
/// snubbed invitations, what an investigation looks into (its sub-code and whose act it is), threats to expel diplomats,
/// and loans promised. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not.
/// </summary>
public class WeakRootsTests
{
    [Theory]
    // captives handed over are released, not extradited; property handed or sent back is returned property
    [InlineData("Belarus handed over three Lithuanian soldiers to Vilnius.", "BLR→LTUMIL:0841|!BLR→LTUMIL:063")]
    [InlineData("Germany returned 20 looted objects to Cameroon.", "DEU→CMR:0842")]
    [InlineData("France handed back dozens of looted artefacts to Benin.", "FRA→BEN:0842")]
    // sanctions scrapped are eased
    [InlineData("Canada scrapped its sanctions on Venezuela.", "CAN→VEN:085")]
    // plural drills after a light verb show force; joint drills with a partner stay military cooperation
    [InlineData("Russia's navy held drills off the coast of Norway.", "RUSMIL→-:150")]
    [InlineData("Greece and Cyprus held joint military drills near Crete.", "GRC→CYP:062|!GRC→-:150")]
    // what a drill simulates is not done
    [InlineData("North Korea's army staged drills simulating an attack on the South.", "PRKMIL→-:150|!PRKMIL→KOR:190")]
    // an ordered mobilisation is the mobilisation, not a demand
    [InlineData("Armenia's prime minister ordered the mobilisation of reservists.", "ARMMIL→-:154|!ARMGOV→-:100")] // session 48: reservists MIL; the ordered posture is the force's (decision 018)
    // a warning of consequences is a threat
    [InlineData("Iran warned of serious consequences if Israel struck its oil terminals.", "IRN→ISR:130|!IRN→ISR:012")]
    // street protests and sit-ins; a sit-in for a demand is one protest with the demand's sub-code
    [InlineData("Thousands of Serbians took to the street in Novi Sad.", "SRBCVL→SRBGOV:141")] // session 62 (protest62): nationals named by their demonym protest against their own government (decision 086)
    [InlineData("Teachers in Kenya staged a sit-in outside the education ministry to demand the scrapping of the new exam rules.", "KENEDU→KENGOVEDU:1412|!KENEDU→KENGOVEDU:100|!KENEDU→KENGOVEDU:1042")]
    // a demand for a noun of change names the change
    [InlineData("Farmers in Kenya demanded the repeal of the new seed law.", "KENAGR→KENGOV:1042")]
    // a snubbed invitation rejects a proposal to meet, aimed at who invited
    [InlineData("Mali's junta snubbed an invitation from ECOWAS to talks in Abuja.", "MLIMIL→IGOWAFWAS:125")]
    // what an investigation looks into gives its sub-code, and whose act it is its target
    [InlineData("Peru's prosecutors opened an investigation into extrajudicial killings by the army.", "PERJUD→PERMIL:092")]
    [InlineData("Mexican prosecutors launched a probe into a bribery scheme at the state oil company Pemex.", "MEXJUD→MEXBUS:091")]
    [InlineData("Kenya's parliament set up a commission of inquiry into the killing of demonstrators by the police.", "KENLEG→KENCOP:092")]
    // a threat to expel diplomats threatens relations
    [InlineData("Poland threatened to expel the Russian ambassador.", "POL→RUSGOV:1313|!POL→RUSGOV:136")]
    // loans promised are economic aid
    [InlineData("Norway promised to provide Moldova with 200 million euros in loans.", "NOR→MDA:0331")]
    // a deadline to act "or face" a penalty is one ultimatum to whom it is given; neither the act nor the penalty is coded
    [InlineData("Rebels in Chad gave the president 48 hours to resign or face an assault on the capital.", "TCDREB→TCDGOV:139|!TCDGOV→-:0831")]
    // beheading villagers or farmers kills them (1823); assassination is of office holders
    [InlineData("Militants beheaded six farmers in northern Mozambique.", "MOZREB→MOZAGR:1823|!MOZREB→MOZAGR:186")]
    // property youths destroy is destroyed in a riot
    [InlineData("Youths torched the headquarters of the ruling party in Lusaka.", "ZMBCVL→ZMBGOVPTY:145|!ZMBCVL→ZMBGOVPTY:1712")]
    // what an ended or changed thing is names the protest's sub-code
    [InlineData("Jailed journalists in Iran went on hunger strike to demand an end to their solitary confinement.", "IRNMED→IRNGOV:1423")]
    // a warning coded as a threat is no pessimistic comment too; a rally after "any" did not happen
    [InlineData("Bolivia's interior minister warned that police would break up any opposition march in La Paz.", "BOLGOV→BOLOPP:137|!BOLGOV→-:012|!BOLOPP→BOLGOV:141")]
    // a cooperative act told as intended is coded as the intent, however the modality reached it
    [InlineData("Ghana and Togo agreed to reopen the border and resume trade.", "TGO→GHA:0311|!TGO→GHA:061")]
    // a riot in a clash with the police takes the sub-code of what it is over, even on a coordinated verb
    [InlineData("Protesters in Lima clashed with police and burned cars over fuel prices.", "PERCVL→PERCOP:1452|!PERCVL→PERCOP:145")]
    public void Codes_the_weak_roots(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
