namespace Tidings.Tests.Coding;

/// <summary>
/// Right root and actors, wrong sub-code (session 34, exact34). An attack noun or a bomb as the subject of a generic attack,
/// or as the "in" phrase it happened in, names its weapon ("an Israeli strike killed" 195, "rocket fire hit" 194, "glide
/// bombs struck" 195, "killed … in a strike on a village" 195); a labour strike does not. A lifted ban takes the sub-code of
/// what it banned: trade 085, rallies and the press 0811, parties 0812; a ban on anything else stays 081. Expelled
/// diplomats or embassy staff are a reduction of relations (161), other people or groups keep 174 and 166. An accusation
/// of backing, arming or sheltering an armed group is one of aggression (1123), whatever the group went on to do. An
/// investigation of a purchase, a contract or a tender is one of possible graft (091), of a downing a military one (093).
/// An appeal to open schooling or work to women, girls or workers is one for rights (0243, refused 1233), while letting
/// outsiders in stays 0255 and reopening schools for everyone stays a plain appeal. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Exact34Tests
{
    [Theory]
    // the attack noun or bomb that is the subject names the weapon
    [InlineData("An Israeli strike killed four Hamas fighters in Khan Younis on Tuesday.", "ISR→PSEREB*:195|!ISR→PSEREB*:190")]
    [InlineData("Russian glide bombs struck a hospital in Kherson overnight.", "RUS→UKR*:195|!RUS→UKR*:190")]
    [InlineData("Ukrainian rocket fire hit Russian positions near Belgorod.", "UKR→RUS:194|!UKR→RUS:190")]
    // the strike the act happened in
    [InlineData("Turkey killed a PKK commander in a strike on a village in northern Iraq.", "TUR→*:195|!TUR→*:190")]
    [InlineData("Turkish warplanes killed a PKK commander in an air raid on a village in northern Iraq.", "TURMIL→*:195")]
    // no weapon named: the verb keeps 190; a strike by workers is no attack from the air
    [InlineData("Russian forces struck a power plant in the Odesa region.", "RUSMIL→UKR:190|!RUSMIL→UKR:195")]
    [InlineData("Police killed two miners during a strike at a platinum mine.", "!COP→*:195")]
    [InlineData("A general strike hit ports across Greece on Thursday.", "!*:195")]
    public void Attack_noun_names_the_weapon(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("India lifted its ban on imports of Bangladeshi textiles on Monday.", "IND→BGD:085|!IND→BGD:081")]
    [InlineData("Senegal's government lifted a ban on opposition rallies ahead of the vote.", "SENGOV→SENOPP:0811|!SENGOV→SENOPP:081")]
    [InlineData("Nigeria's regulator lifted a ban on an independent broadcaster after two months.", "NGAGOV→NGAMED:0811")]
    [InlineData("Ethiopia lifted its ban on the main opposition party.", "ETH→ETHOPP:0812")]
    // a curfew keeps its own row; a ban on something that is neither trade nor a freedom stays 081
    [InlineData("Kenya lifted the curfew in Nairobi on Friday.", "KEN→-:0813")]
    [InlineData("Poland's government lifted its ban on fishing in the river.", "POLGOV→POL:081|!POLGOV→POL:085|!POLGOV→POL:0811")]
    public void Lifted_ban_takes_what_it_banned(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Mali ordered diplomats from France and Germany to leave the country within 72 hours.", "MLI→FRAGOV:161|MLI→DEUGOV:161|!MLI→DEUGOV:166")]
    [InlineData("Burkina Faso expelled three French embassy staff on Tuesday.", "BFA→FRAGOV:161|!BFA→FRAGOV:166")]
    // journalists and peacekeepers are no diplomats
    [InlineData("Nicaragua expelled two Spanish journalists on Monday.", "NIC→ESPMED:174|!NIC→ESPMED:161")]
    [InlineData("Rwanda expelled United Nations peacekeepers from the border zone.", "!RWA→IGOUNO:161")]
    public void Expelled_diplomats_reduce_relations(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Niger accused Benin of sheltering militant leaders near the border.", "NER→BEN:1123|!NER→BEN:112")]
    [InlineData("Mali accused Algeria of supplying weapons to the rebels in the north.", "MLI→DZA:1123|!MLI→DZA:112")]
    [InlineData("Chad accused Sudan of arming the rebels who attacked its border posts.", "TCD→SDN:1123")]
    // backing is not what the accused is said to have done here: abuse and crime keep their sub-codes
    [InlineData("Human Rights Watch accused the police of torturing detainees in Harare.", "NGOHRI→ZWECOP:1122|!NGOHRI→ZWECOP:1123")]
    [InlineData("The police accused the gang of extorting money from bus drivers.", "COP→CRM:1121|!COP→CRM:112")]
    public void Backing_armed_groups_is_aggression(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ghana's parliament set up a committee to investigate the purchase of military vehicles by the defence ministry.", "GHALEG→GHAGOV:091|!GHALEG→GHAGOV:090")]
    [InlineData("Mali's military prosecutors opened an inquiry into the downing of an army transport plane.", "MLIJUD→-:093|!MLIJUD→-:091")]
    // a death in custody stays a rights inquiry
    [InlineData("Prosecutors opened an investigation into the death of a journalist in police custody.", "JUD→-:092")]
    public void Investigation_kind_from_what_is_investigated(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The United Nations urged the Taliban to reopen universities for women.", "IGOUNO→AFGGOV:0243|!IGOUNO→AFGGOV:020")]
    [InlineData("Amnesty International urged Qatar to let migrant workers form their own unions.", "NGOHRIAMN→QAT:0243")]
    [InlineData("Iran rejected calls from the UN to allow women to attend football matches.", "IRN→IGOUNO:1233|!IRN→IGOUNO:120")]
    // letting outsiders in is international involvement; reopening schools for everyone asks for no right
    [InlineData("The United Nations urged Myanmar to let aid agencies into Rakhine state.", "IGOUNO→MMR*:0255|!IGOUNO→MMR*:0243")]
    [InlineData("The EU urged Serbia to reopen schools closed by the floods.", "!*:0243")]
    public void Schooling_and_work_opened_to_women_are_rights(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
