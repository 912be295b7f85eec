namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48 (blind66): causes found in the first run of the split of humanitarian situation reports, rights-group findings
/// and conflict-monitor incident summaries. Such reports give the reasons an actor cites for its act ("closed the border,
/// citing security threats"), accuse several parties at once ("accuses the army and the militia of shelling ..."), lay deaths
/// on a group ("blamed the deaths on terrorist groups"), dismiss reports as fabricated, and name victims by their gathering
/// ("a wedding party") or community ("indigenous groups").
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Blind66Tests
{
    [Theory]
    // what an actor cites is the reason for its act, not a new act
    [InlineData("Chad closed the border with Sudan, citing threats by armed groups.", "TCD→SDN:191|!*→*:13*")]
    [InlineData("The Netherlands suspended its aid to Burundi, citing the government's refusal to free jailed journalists.",
        "NLD→BDI:162|!*→*:12*|!*→*:0841")]
    [InlineData("African Union observers said Gabon's vote fell short of standards, citing intimidation of opposition candidates.",
        "!*→GABOPP:17*")]
    // the act itself, told outside the participle, is still coded
    [InlineData("Kenya threatened to close its border with Somalia.", "KEN→SOM:13*")]
    public void Cited_reasons_are_not_events(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an "of" phrase hung on the last of several accused is still the accusation's alleged act, not news
    [InlineData("A UN report accuses Ethiopia's army and Fano militiamen of shelling schools and clinics in the Amhara region.",
        "IGOUNO→ETHMIL:112*|!ETHREB→*:19*|!*→*:194")]
    // the alleged act, found again, gives the accusation its sub-code for each accused
    [InlineData("A report by Amnesty International accuses Myanmar's army and the Arakan Army of bombing schools and hospitals in Rakhine state.",
        "NGOHRIAMN→MMRMIL:1122|NGOHRIAMN→MMRREB:1122")]
    // a single accused keeps its alleged act uncoded as before
    [InlineData("Amnesty International accused Chad's army of shelling a refugee camp.", "NGOHRIAMN→TCDMIL:112*|!TCDMIL→*:19*")]
    public void Accusations_of_several_accused_keep_the_alleged_act_uncoded(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "blamed X on Y": Y is accused
    [InlineData("Mali's interior ministry blamed the killings on terrorist groups.", "MLIGOV→MLIREB:112*")]
    [InlineData("Kenya's police blamed the ambush on al-Shabaab.", "KENCOP→SOMREB:112*")]
    // "blamed Y for X" keeps the direct object as the accused
    [InlineData("The Sudanese army blamed the Rapid Support Forces for the attack.", "SDNMIL→SDNREB:112*")]
    // blaming a thing on a thing accuses no one
    [InlineData("The governor blamed the floods on heavy rain.", "!*→*:112*")]
    public void Deaths_blamed_on_a_group_accuse_it(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // reports dismissed as fabricated are denied
    [InlineData("Ethiopia's government said the reports of massacres were fabricated.", "ETHGOV→*:016")]
    [InlineData("Israel's foreign ministry said the reports were false.", "ISRGOV→*:016")]
    // a report that is simply published is no denial
    [InlineData("Ethiopia's government said the report would be published next week.", "!*→*:016")]
    public void Reports_said_to_be_fabricated_are_denials(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a wedding party is its guests, civilians, not a political party
    [InlineData("Nigeria's army denied that its jets had bombed a wedding party in Sokoto state.", "NGAMIL→NGACVL:016|!*→NGAPTY:*")]
    [InlineData("A drone struck a wedding party in Yemen's Marib province, the Houthis said.", "!*→YEMPTY:*")]
    // a search party is no party either
    [InlineData("Gunmen attacked a search party near the village in Nigeria's Plateau state.", "!*→NGAPTY:*")]
    // a political party keeps its code
    [InlineData("Police in Uganda raided the offices of the main opposition party.", "UGACOP→UGA*:*")]
    // indigenous groups that block roads are civilians protesting
    [InlineData("Indigenous groups in Peru blocked roads to protest against a new mining law.", "PERCVL→PER*:144*")]
    public void Victims_and_protesters_named_by_their_gathering_or_community(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the UN's rights council named without "UN"
    [InlineData("Kyiv welcomed the Human Rights Council's decision to extend the inquiry.", "UKRGOV→IGOUNOHRI:051")]
    public void The_Human_Rights_Council_is_named_alone(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
