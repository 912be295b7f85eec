namespace Tidings.Tests.Coding;

/// <summary>
/// Breadth of CAMEO roots 16-20 (session 70, fam16): the wordings wire copy uses for reducing relations, coercion,
/// assault, fighting and mass violence beyond the ones the lexicon already read. Each theory pairs the new wordings with a
/// near case the rows must not fire on. Sentences are written for these tests (none is a probe or a gold line).
/// </summary>
public class Fam16Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Aid cut by any verb of cutting and any aid noun is aid reduced (162x), never aid given (07x); the kind of aid names
    // the four-digit code. Aid raised, or funding cut for a thing that is no actor, is no reduction of relations.
    [Theory]
    [InlineData("Canada slashed its development assistance to Rwanda over the conflict in Congo.", "CAN→RWA:1621|!*:07*")]
    [InlineData("Britain curtailed humanitarian aid to Afghanistan.", "GBR→AFG:1623|!*:07*")]
    [InlineData("Japan scrapped military assistance to Myanmar after the coup.", "JPN→MMR:1622|!*:07*")]
    [InlineData("Norway withheld aid from Burundi over the crackdown.", "NOR→BDI:162")]
    [InlineData("Canada increased its development assistance to Rwanda.", "!*:16*")]
    [InlineData("The council cut funding for the city's libraries.", "!*:16*")]
    public void Aid_cut_by_any_verb_of_cutting(string sentence, string expected) => AssertCoded(sentence, expected);

    // A mediator that quits under a synonym of the word, or steps away from its role, halts mediation with both sides
    // (165), not mediates (045); serving as one is no halt.
    [Theory]
    [InlineData("Kuwait quit as intermediary between Saudi Arabia and Qatar.", "KWT→SAU:165|KWT→QAT:165")]
    [InlineData("Oman stepped away from its role as mediator between Iran and the United States.", "OMN→IRN:165|OMN→USA:165|!*:045")]
    [InlineData("Kuwait served as intermediary between Saudi Arabia and Qatar.", "!*:165")]
    public void A_mediator_quitting_under_other_words(string sentence, string expected) => AssertCoded(sentence, expected);

    // Diplomatic presence scaled back reduces relations with the host (161); presence expanded does not.
    [Theory]
    [InlineData("Lithuania scaled back its diplomatic presence in Belarus.", "LTU→BLR:161|!*:087")]
    [InlineData("Lithuania expanded its diplomatic presence in Belarus.", "!*:161")]
    public void Diplomatic_presence_scaled_back(string sentence, string expected) => AssertCoded(sentence, expected);

    // Companies placed on a blacklist are sanctioned (163); placed on another list they are not.
    [Theory]
    [InlineData("Beijing placed two American drone makers on its export blacklist.", "CHNGOV→USABUS:163")]
    [InlineData("Beijing placed two American drone makers on a shortlist.", "!*:163")]
    public void Placed_on_a_blacklist(string sentence, string expected) => AssertCoded(sentence, expected);

    // A negotiating team recalled halts the talks (164), with no target read from the venue; a team sent is no halt.
    [Theory]
    [InlineData("Ukraine recalled its negotiating team from Istanbul after the strike.", "UKR→-:164")]
    [InlineData("Ukraine sent its negotiators to Istanbul.", "!*:164")]
    public void A_negotiating_team_recalled(string sentence, string expected) => AssertCoded(sentence, expected);

    // Regions placed or put under emergency rule or curfew (1724, 1723); under another authority, no emergency.
    [Theory]
    [InlineData("Chile's president placed three southern regions under a state of emergency.", "CHLGOV→*:1724")]
    [InlineData("Sri Lanka's government put the capital under curfew after the riots.", "LKAGOV→*:1723")]
    [InlineData("Chile's president placed three southern regions under the authority of the army.", "!*:172*")]
    public void Placed_under_emergency_rule(string sentence, string expected) => AssertCoded(sentence, expected);

    // Passports revoked sanction their holders (172; journalists' freedoms, 1721); passports issued do not.
    [Theory]
    [InlineData("Belarus revoked the passports of two exiled journalists.", "BLR→BLRMED:172*")]
    [InlineData("Belarus issued passports to two exiled journalists.", "!*:172*")]
    public void Passports_revoked(string sentence, string expected) => AssertCoded(sentence, expected);

    // A party disbanded is banned (1722); a force disbanded stays demobilised (0873).
    [Theory]
    [InlineData("Cambodia's Supreme Court disbanded the main opposition party.", "KHMJUD→KHMOPP:1722|!*:0873")]
    [InlineData("Colombia's government disbanded a paramilitary unit.", "!*:1722")]
    public void A_party_disbanded(string sentence, string expected) => AssertCoded(sentence, expected);

    // People sent back are deported (174) and a population pushed out is expelled en masse (201); a bill sent back and a
    // force pushed out are neither.
    [Theory]
    [InlineData("Algeria sent 600 migrants back to Niger.", "DZA→*:174")]
    [InlineData("Algeria sent the draft law back to parliament.", "!*:174")]
    [InlineData("Sudanese militias pushed thousands of villagers out of Jebel Marra.", "SDNREB→SDNCVL:201")]
    [InlineData("Sudanese troops pushed the militias out of Jebel Marra.", "!*:201")]
    public void People_sent_back_or_pushed_out(string sentence, string expected) => AssertCoded(sentence, expected);

    // Pellets fired at a crowd are violent repression (175); at an animal, no event.
    [Theory]
    [InlineData("Indian security forces fired pellets at protesters in Kashmir.", "IND*→INDCVL:175")]
    [InlineData("The hunter fired pellets at a deer.", "!*:175")]
    public void Pellets_fired_at_a_crowd(string sentence, string expected) => AssertCoded(sentence, expected);

    // An explosives-laden vehicle detonated is a car bombing (1832); one stopped at a checkpoint is none.
    [Theory]
    [InlineData("Militants detonated an explosives-laden truck outside a police station in Kabul.", "AFGREB→*:1832")]
    [InlineData("Police stopped an explosives-laden truck at a checkpoint in Kabul.", "!*:1832")]
    public void An_explosives_laden_vehicle_detonated(string sentence, string expected) => AssertCoded(sentence, expected);

    // Chemical munitions fired at a side are a chemical attack on it (2041); munitions found are no attack.
    [Theory]
    [InlineData("Syrian troops fired chemical munitions at rebel positions in Idlib.", "SYRMIL→SYRREB:2041")]
    [InlineData("Inspectors found chemical munitions at a depot near Idlib.", "!*:2041")]
    public void Chemical_munitions_fired(string sentence, string expected) => AssertCoded(sentence, expected);

    // A force that cuts off a road into a place restricts movement (191); a flood that does is no actor. A nuclear plant
    // seized by troops is ground occupied (192); one inspected is not. Accreditation stripped is revoked (1721).
    [Theory]
    [InlineData("Ethiopian troops cut off the main road into Mekelle.", "ETHMIL→-:191")]
    [InlineData("Floods cut off the main road into Mekelle.", "!*:191")]
    [InlineData("Russian troops seized the Chernobyl nuclear plant.", "RUSMIL→-:192")]
    [InlineData("Russian engineers inspected the Chernobyl nuclear plant.", "!*:192")]
    [InlineData("Tehran stripped two foreign correspondents of their accreditation.", "IRNGOV→MED:1721")]
    [InlineData("Tehran granted two foreign correspondents their accreditation.", "!*:1721")]
    public void Roads_cut_off_plants_seized_and_accreditation_stripped(string sentence, string expected) => AssertCoded(sentence, expected);

    // An attempt on a life in other words is an attempt (185), not an assassination (186); an attempt on an animal is none.
    [Theory]
    [InlineData("A gunman attempted to kill the governor of Zamfara state.", "NGAREB→NGAGOV:185|!*:186")]
    [InlineData("Ecuador's president survived an assassination bid by gang members.", "ECUCRM→ECUGOV:185|!*:186")]
    [InlineData("Police said the men attempted to kill a deer.", "!*:18*")]
    public void Attempts_on_a_life(string sentence, string expected) => AssertCoded(sentence, expected);

    // Observers and aid agencies kicked or ordered out are the 166x expulsions (not the deportation of persons, 174); an
    // observer put out of a club meeting is no event. A gang rape is a sexual assault (1821).
    [Theory]
    [InlineData("Eritrea kicked out the UN observers.", "ERI→IGOUNO:1662|!*:174")]
    [InlineData("The junta ordered out the aid agencies working in the north.", "*→NGO:1663|!*:174")]
    [InlineData("The club kicked out the observer from the meeting.", "!*:166*")]
    [InlineData("Militiamen gang-raped women in a village in Ituri.", "CODREB→CODCVL:1821")]
    public void Observers_and_aid_agencies_thrown_out(string sentence, string expected) => AssertCoded(sentence, expected);

    // Artillery that pummels enemy positions fights (19x); a boxer who pummels an opponent does not.
    [Theory]
    [InlineData("Russian artillery pummelled Ukrainian positions near Kupiansk.", "RUSMIL→UKR:19*")]
    [InlineData("The boxer pummelled his opponent in the third round.", "!*:19*")]
    public void Positions_pummelled(string sentence, string expected) => AssertCoded(sentence, expected);
}
