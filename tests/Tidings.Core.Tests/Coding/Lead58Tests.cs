using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 58 (lead58): a charge set off after what a reporting source said (", a claim the group denied") is denied
/// against that source when no accusation verb made the charge (ShallowCoder.Charges.cs, decision 063's accuser first).
/// The indefinite body after "members of" or "the leader of" is an actor however its phrase ends, so arrests of its members
/// are aimed at it (ActorRecognizer.BodyOfMembersOrHeads). Sentences written for these tests.
/// </summary>
public class Lead58Tests
{
    [Theory]
    // the army's claim, denied by the group it named
    [InlineData("Niger's army said its aircraft had bombed an ISWAP camp near Diffa, a claim the group denied on Tuesday.", "*REB→NERMIL:016")]
    // a government's claim denied by rebels of the same country
    [InlineData("Colombian officials said ELN guerrillas had killed four soldiers in Arauca, a claim the ELN rejected.", "COLREB→COLGOV:016")]
    // another state's claim
    [InlineData("Ukraine's general staff said Russian troops had shelled a maternity hospital in Kherson, a charge Moscow denies.", "RUSGOV→UKR*:016")]
    // an accusation verb before the charge still takes the accuser, as before
    [InlineData("Sudan accused Chad of letting weapons for the RSF cross its border, a charge N'Djamena rejects.", "TCDGOV→SDN:016")]
    public void A_charge_restating_what_a_source_said_is_denied_against_it(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // no reporting source: the denial keeps no target
    [InlineData("Russian troops shelled a maternity hospital in Kherson, a claim Moscow denies.", "RUSGOV→-:016")]
    // a reporter read as the denier's own state is no accuser
    [InlineData("Rescuers said the Libyan crew had fired shots into the water, a charge the Libyan coast guard denied.", "!LBYMIL→LBY:016")]
    public void A_charge_with_no_other_source_is_denied_against_no_one(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Police in Karachi detained 20 members of a banned religious party on Friday.", "PAKCOP→PAK*:173")]
    [InlineData("Police in Lagos arrested nine members of an outlawed separatist militia.", "NGACOP→NGAREB:173")]
    [InlineData("Police arrested the leader of a criminal gang in Port-au-Prince.", "*COP→*CRM:173")]
    public void The_body_of_arrested_members_is_the_target(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a quantity before "of" is no member noun: the students themselves are the target
    [InlineData("Police in Nairobi arrested a group of students outside parliament.", "KENCOP→KENEDU:173")]
    // the head of a body named is that body's, not a government official (the role's own code)
    [InlineData("Police arrested the leader of a criminal gang in Port-au-Prince.", "!*COP→*GOV:173")]
    public void Only_members_and_heads_make_the_body_an_actor(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // commanders of a body are that body's, so soldiers who kill them act on it
    [InlineData("Malian soldiers killed three commanders of an armed group near Gao on Sunday.", "MLIMIL→MLIREB:19*")]
    [InlineData("Police in Cali arrested two commanders of a drug cartel.", "COLCOP→COLCRM:173")]
    // commanders with no body after them stay the military's
    [InlineData("Army commanders met the president in Bamako on Sunday.", "MLIMIL→MLI*:04*")]
    public void Commanders_of_a_body_take_its_code(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);
}
