namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (appeal65, decision 103): sub-codes of appeals and demands. Calm asked where fighting is told is de-escalation
/// (0256), calm asked otherwise an easing of dissent (0252); goods asked to be sent name the aid's kind (arms 0232, relief
/// 0233); forces asked for to keep the peace are military protection (0234); help asked to rebuild works of the economy is
/// economic aid (0231), to equip an army military aid (0232); a state asked to investigate is the bare appeal (020).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Appeal65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Calm amid fighting is de-escalation; calm after a vote, a labour strike or a protest is an easing of dissent.
    [Theory]
    [InlineData("Nigeria's president appealed for calm after clashes between herders and farmers in Benue state.", "NGAGOV→*:0256")]
    [InlineData("Nigeria's president appealed for calm after clashes between herders and farmers in Benue state.", "!*→*:0252")]
    [InlineData("The Arab League called for calm after Israeli air strikes on Beirut.", "*→*:0256")]
    [InlineData("Kenya's president appealed for calm after the disputed election.", "KENGOV→-:0252")]
    [InlineData("Kenya's president appealed for calm after the disputed election.", "!*→*:0256")]
    // a labour strike is no fighting
    [InlineData("Chile's interior minister called for calm after a dockworkers' strike shut the port of Valparaiso.", "!*→*:0256")]
    [InlineData("Zambia's president urged voters to remain calm on election day.", "ZMBGOV→ZMBCVL:0252")]
    // a state asked to keep calm with no fighting told is asked to stop no protest: the bare appeal (Appeals22Tests)
    [InlineData("Ghana's opposition urged the government to remain calm.", "GHAOPP→GHAGOV:020|!*:0252")]
    [InlineData("Egypt urged Israel and Hezbollah to restore calm after a week of cross-border shelling.", "EGY→ISR:0256")]
    [InlineData("Egypt urged Israel and Hezbollah to restore calm after a week of cross-border shelling.", "!*→*:0252")]
    public void Calm_asked_for(string sentence, string expected) => AssertCoded(sentence, expected);

    // Goods asked for or asked to be sent name the aid's kind.
    [Theory]
    [InlineData("Mali's foreign minister asked Turkey for more armed drones to fight the jihadists.", "MLIGOV→TUR:0232")]
    [InlineData("Mozambique asked Portugal to help rebuild roads and bridges after the cyclone.", "MOZ→PRT:0231")]
    [InlineData("Niger asked Algeria to help equip its army.", "NER→DZA:0232")]
    [InlineData("Uganda asked Kenya to help rebuild homes destroyed by the landslides.", "UGA→KEN:0233")]
    // help to search for missing people names no aid kind of these three
    [InlineData("Chad asked Cameroon to help search for missing fishermen on the lake.", "!*→*:0231")]
    [InlineData("Chad asked Cameroon to help search for missing fishermen on the lake.", "!*→*:0232")]
    public void Aid_kind_from_goods_and_purpose(string sentence, string expected) => AssertCoded(sentence, expected);

    // Forces asked for to keep the peace or protect are military protection; trainers are military aid, and troops
    // addressed by an appeal are its addressee, not the thing asked.
    [Theory]
    [InlineData("Somalia's president requested a new African Union peacekeeping mission.", "SOMGOV→*:0234")]
    [InlineData("The Central African Republic asked the UN Security Council to authorise a larger multinational force.", "CAF→IGOUNO:0234")]
    [InlineData("Mozambique's president appealed to Rwanda for more troops to protect the gas fields.", "MOZGOV→RWA:0234")]
    [InlineData("Chad's president asked France for military trainers.", "!*→*:0234")]
    [InlineData("The UN envoy urged the troops to return to their barracks.", "!*→*:0234")]
    public void Protection_asked_for(string sentence, string expected) => AssertCoded(sentence, expected);

    // A refused request for forces to keep the peace or for an extradition is refused as what it asked for.
    [Theory]
    [InlineData("The Security Council rejected Mali's request for a new UN peacekeeping mission.", "IGOUNO→MLI:1224")]
    [InlineData("Interpol rejected a Russian request for a red notice against an exiled journalist.", "IGOCOPITP→RUS:1213")]
    [InlineData("Iran rejected a request from Oman for talks with Washington.", "!*→*:1213")]
    [InlineData("Iran rejected a request from Oman for talks with Washington.", "!*→*:1224")]
    public void Refused_requests(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 103 A and D: an investigation asked of a state is the bare appeal; forces asked to withdraw, 1056.
    [Theory]
    [InlineData("The European Union urged Georgian authorities to investigate the attack on journalists.", "IGOEUREEC→GEOGOV:020")]
    [InlineData("The European Union urged Georgian authorities to investigate the attack on journalists.", "!*→*:0213")]
    [InlineData("China demanded that Vietnam withdraw its troops from the disputed reef.", "CHN→VNM:1056")]
    public void Investigations_and_withdrawals(string sentence, string expected) => AssertCoded(sentence, expected);
}
