namespace Tidings.Tests.Coding;

/// <summary>
/// Right root, wrong CAMEO sub-code (session 37, second pass): the words of the act an accusation names say which
/// accusation it is (ShallowCoder.AllegedKind). Names of war crimes win wherever they stand ("of committing war crimes",
/// "of crimes against humanity": 1124); otherwise the first word of a kind decides: a crime (1121: "of buying votes", "of
/// falsifying the results"), a rights abuse (1122: "of torturing detainees", "of silencing journalists"), spying (1125:
/// "of spying", "of activities incompatible with their diplomatic status"). Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Exact37bTests
{
    [Theory]
    // rows that change code
    [InlineData("Peru's interior minister accused the rebels of committing war crimes in the Andean highlands.", "PERGOV→PERREB:1124")]
    [InlineData("The opposition accused the ruling party of buying votes in the northern provinces.", "*OPP→*:1121")]
    [InlineData("Amnesty International accused the Egyptian government of silencing independent journalists.", "NGOHRIAMN→EGYGOV:1122")]
    [InlineData("A UN panel accused Myanmar's army of crimes against humanity in Rakhine state.", "IGOUNO*→MMRMIL:1124")]
    // rows that keep their present code
    [InlineData("The rights group accused Zambian police of torturing detainees in Lusaka.", "NGOHRI→ZMBCOP:1122")]
    [InlineData("Estonia expelled a Russian diplomat on Monday, accusing him of spying on naval bases.", "EST→RUSGOV:1125")]
    [InlineData("The Nigerian army accused the militants of attacking a military convoy.", "NGAMIL→NGAREB:1123")]
    [InlineData("Chad accused the militia of shelling a school in the east.", "TCD→TCDREB:1124")]
    [InlineData("The union accused the mining company of cutting wages without notice.", "*LAB→*:112")]
    public void The_alleged_act_decides_the_accusation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
