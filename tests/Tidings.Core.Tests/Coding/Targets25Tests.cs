namespace Tidings.Tests.Coding;

/// <summary>
/// Targets that used to be left "-" (session 25, targets25): people counted by a noun that gives them no role ("three men",
/// "four suspects", "two teenagers") are the unnamed civilians an arrest or an attack is aimed at, as "three people" were,
/// also when a relative clause on them names an institution ("men who tried to storm parliament") and when the parser hangs
/// the "at" phrase from a second weapon ("tear gas and water cannon at thousands of people"); an investigation into a
/// definite act noun ("opened an inquiry into the kidnapping") looks into the doer of that act told earlier in the article.
/// </summary>
public class Targets25Tests
{
    [Theory]
    // a counted noun of people without a role: civilians of the sentence's country
    [InlineData("Kenyan police detained three men near the central bus station.", "KENCOP→KENCVL:173")]
    [InlineData("Nigerian police arrested four suspects after a bank robbery in Lagos.", "NGACOP→NGACVL:173")]
    [InlineData("Ugandan soldiers detained five youths at a checkpoint near Gulu.", "UGAMIL→UGACVL:173")]
    [InlineData("Police in Peru arrested two teenagers in the port city of Callao.", "PERCOP→PERCVL:173")]
    [InlineData("Turkish police detained seven women during a march in Istanbul.", "TURCOP→TURCVL:173")]
    [InlineData("Gunmen in Burkina Faso killed nine men at a market.", "BFAREB→BFACVL:18*")]
    [InlineData("Three men were arrested by Kenyan police on Sunday.", "KENCOP→KENCVL:173")]
    // counted people named by a role keep that role
    [InlineData("Kenyan police detained three journalists covering the protest.", "KENCOP→KENMED:173|!*→KENCVL:173")]
    [InlineData("Kenyan police detained three protesters outside the court.", "KENCOP→KENCVL:173")]
    public void Counted_people_of_no_role_are_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an institution inside the relative clause on the counted people is not the target
    [InlineData("Kenyan police detained three men who tried to break through a barricade outside parliament.", "KENCOP→KENCVL:173|!*→KENLEG:173")]
    [InlineData("Ghanaian police arrested two men who had tried to force their way into parliament.", "GHACOP→GHACVL:173|!*→GHALEG:173")]
    // the "at" phrase the parser hangs from a second weapon still names whom the force is used on
    [InlineData("Police in Nairobi fired tear gas and water cannon on Tuesday at thousands of young people who marched on parliament.", "KENCOP→KENCVL:175")]
    [InlineData("Riot police in Dhaka fired rubber bullets and tear gas at hundreds of people.", "BGDCOP→BGDCVL:175")]
    public void Counted_people_stay_the_target_of_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an inquiry into a definite act noun looks into the doer of that act, told in an earlier sentence
    [InlineData("Gunmen abducted six women from a village in Zamfara state on Sunday. Police opened an investigation into the kidnapping.", "NGACOP→NGAREB:091")]
    [InlineData("Gunmen in Mexico abducted two journalists on Monday. The prosecutor's office has opened an investigation into the kidnapping.", "MEXJUD→MEXREB:091")]
    [InlineData("Militants attacked an army post in northern Burkina Faso on Friday, killing 12 soldiers. Military prosecutors opened an inquiry into the attack.", "BFAJUD→BFAREB:09*")]
    [InlineData("Rebels killed 30 villagers in an attack in Ituri province on Saturday. Congolese prosecutors opened an investigation into the massacre.", "CODJUD→CODREB:09*")]
    // an investigation whose matter names its own doer keeps it; one with no act told before stays without a target
    [InlineData("Prosecutors in Peru opened an investigation into the killing of a journalist.", "PERJUD→-:09*")]
    public void An_inquiry_into_an_earlier_act_looks_into_its_doer(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
