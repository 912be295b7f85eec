namespace Tidings.Tests.Coding;

/// <summary>
/// Session 46 (precision): events the coder made where a careful human coder codes none. A reduced passive relative that
/// tells what befell its noun is background; owning an attack already told is a claim of responsibility; a thing
/// received is no meeting; what a thing may bring about is speculation. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Precision46Tests
{
    // "the relatives of four police officers killed in a gunfight with bandits": the participle picks its noun out by what
    // befell it, background to the clause that governs the noun. A headline's passive with its "was" dropped, a finite
    // clause and a participle whose "by" phrase names the doer are left as they were.
    [Theory]
    [InlineData("The governor visited the relatives of four police officers killed in a gunfight with bandits near Gusau.", "!*→*:19*")]
    [InlineData("The governor visited the relatives of four police officers killed in a gunfight with bandits near Gusau.", "NGAGOV→*:04*")]
    [InlineData("Japan shipped tents and blankets to families displaced by fighting between the army and separatist rebels in Myanmar.", "!*→*:190")]
    [InlineData("Japan shipped tents and blankets to families displaced by fighting between the army and separatist rebels in Myanmar.", "JPN→*:07*")]
    [InlineData("Four police officers were killed in a gunfight with bandits near Gusau on Sunday.", "*→*:19*")]
    [InlineData("Soldiers fought separatist rebels in the hills above the town on Sunday.", "*MIL→*REB:190")]
    public void A_reduced_passive_relative_on_a_noun_is_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "the group said it had carried out the attack": an attack already told, owned by its doer, is the claim (015); an
    // attack told for the first time, with what it hit, stays an attack.
    [Theory]
    [InlineData("A car bomb killed six soldiers at a checkpoint near Gao on Friday, and JNIM said its fighters had carried out the attack.", "!MLIREB→-:190")]
    [InlineData("A car bomb killed six soldiers at a checkpoint near Gao on Friday, and JNIM said its fighters had carried out the attack.", "MLIREB→*:015")]
    [InlineData("Gunmen stormed a police post in Borno on Monday, and Boko Haram said it carried out the attack.", "NGAREB→*:015")]
    [InlineData("Al-Shabaab said it carried out an attack on a police station in Mandera.", "SOMREB→*:19*")]
    [InlineData("Al-Shabaab said it carried out an attack on a police station in Mandera.", "!SOMREB→*:015")]
    public void Saying_one_carried_out_the_attack_is_a_claim(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "receive" is a meeting only with someone received: care, funds or a letter received are things got.
    [Theory]
    [InlineData("Patients in the flooded district will receive free treatment at state hospitals, the health minister said.", "!*→*:03*")]
    [InlineData("Patients in the flooded district will receive free treatment at state hospitals, the health minister said.", "!*→*:04*")]
    [InlineData("The ministry of education received a letter from the teachers' union on Tuesday.", "!*→*:04*")]
    [InlineData("Kenya's president received Uganda's foreign minister at State House on Tuesday.", "KENGOV→UGAGOV:04*")]
    public void A_thing_received_is_no_meeting(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // What a ruling, a slide or a figure "could", "may" or "might" bring about is speculation; a doer's own possible act
    // is not read here and keeps its reading.
    [Theory]
    [InlineData("The court's decision could force the government to hold a snap election, analysts say.", "!*→*:03*")]
    [InlineData("The court's decision could force the government to hold a snap election, analysts say.", "!*→*:034*")]
    [InlineData("A sharp fall in oil prices might push Nigeria to ask the World Bank for an emergency loan.", "!NGA*→*:02*")]
    [InlineData("Ghana could suspend fuel exports to Togo if the debt is not paid, the energy minister warned.", "GHA*→TGO:1*")]
    public void What_a_thing_may_bring_about_is_speculation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // CAMEO 015 is owning responsibility: a fact conceded about a disease, the weather or another side's act is no such
    // claim; a fault named, or an admitted act of the speaker's own people, stays 015.
    [Theory]
    [InlineData("The health ministry admitted that four more patients had caught the virus at the clinic.", "!*→*:015")]
    [InlineData("Flooding has cut the region's grain harvest by a third, the agriculture ministry acknowledged.", "!*→*:015")]
    [InlineData("Ghana's navy admitted responsibility for the sinking of a fishing canoe off Tema.", "GHAMIL→*:015")]
    [InlineData("The police chief admitted that officers had fired live rounds at the marchers.", "*COP→*:015")]
    public void A_fact_admitted_is_no_responsibility_owned(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
