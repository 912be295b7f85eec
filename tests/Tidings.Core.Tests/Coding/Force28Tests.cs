namespace Tidings.Tests.Coding;

/// <summary>
/// Force and violence (roots 18-20) that were dropped for want of an actor (session 28, force28): an attack noun that a
/// phrase's verb takes as object aims the attack at the place in its own "on"/"against" phrase ("launched an attack on
/// Kharkiv"), and an attack named by a subject noun is done by whom its own "by" phrase names ("air strikes by the
/// military killed ...").
/// </summary>
public class Force28Tests
{
    [Theory]
    // the attacked place hangs on the attack noun the light or phrase verb takes, not on the verb
    [InlineData("Russia launched an attack on Kharkiv overnight.", "RUS→UKR:190")]
    [InlineData("Russian forces launched an offensive on Kharkiv.", "RUSMIL→UKR:190")]
    [InlineData("Israel carried out air strikes on Khan Younis on Tuesday.", "ISR→PSE:195")]
    [InlineData("Russia carried out a drone attack on Kyiv overnight.", "RUS→UKR:1952")]
    [InlineData("Pakistan launched air strikes against Kandahar on Friday.", "PAK→AFG:195")]
    [InlineData("Israel launched a fresh wave of strikes on Beirut.", "ISR→LBN:195")]
    [InlineData("Israel carried out an air strike on Sidon on Sunday.", "ISR→LBN:195")]
    [InlineData("Ukraine launched a drone attack on Belgorod overnight.", "UKR→RUS:1952")]
    // an actor target keeps its old reading
    [InlineData("Russia launched a drone attack on Ukraine overnight.", "RUS→UKR:1952")]
    [InlineData("Israel carried out air strikes on Gaza City on Tuesday.", "ISR→PSE:195")]
    // sport and a thing that is no place stay event-free
    [InlineData("Arsenal launched an attack on the Chelsea goal in the second half.", "!*:19*")]
    public void An_attack_noun_is_aimed_at_the_place_in_its_own_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the "by" phrase of an attack noun that is the subject of a verb of harm names the doer
    [InlineData("Air strikes by Myanmar's military killed at least 40 people in a village in Sagaing region.", "MMRMIL→MMRCVL:195")]
    [InlineData("An attack by gunmen killed five soldiers in Borno state.", "NGAREB→NGAMIL:190")]
    [InlineData("A drone strike by the army killed 12 people at a market in North Darfur.", "SDNMIL→SDNCVL:1952")]
    [InlineData("An ambush by jihadists killed 20 soldiers in northern Burkina Faso.", "BFAREB→BFAMIL:190")]
    [InlineData("A bombing by insurgents killed nine police officers in Quetta.", "PAKREB→PAKCOP:183")]
    // an adjective doer keeps its old reading
    [InlineData("Israeli air strikes killed at least 40 people in Gaza.", "ISR→PSECVL:195")]
    // a "by" phrase under a deeper noun names someone else than the attacker
    [InlineData("Strikes on a camp run by the rebels killed ten people.", "!*REB→*:*")]
    // a report's "by" phrase: the report's authors find (investigate the police), they kill no one
    [InlineData("A report by Amnesty International found that police had killed 20 protesters in Nairobi.", "NGOHRIAMN→KENCOP:093|!NGOHRIAMN→*:18*")]
    public void An_attack_noun_subject_is_done_by_its_by_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an assault launched or mounted is a military attack, not a beating
    [InlineData("Turkey's army launched an assault on Afrin.", "TURMIL→SYR:190|!*:182")]
    [InlineData("Russian troops launched a fresh assault on Kharkiv.", "RUSMIL→UKR:190|!*:182")]
    // a charge of assault is no attack by the one who charges
    [InlineData("The man was charged with assault on a police officer.", "!*:19*")]
    public void A_launched_assault_is_a_military_attack(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
