namespace Tidings.Tests.Coding;

/// <summary>
/// The right target (session 26, targets26): force against a crowd that names no one of its own is aimed at the protesters
/// the same sentence names, and an investigation into an act named by its doer's demonym ("Chinese steel imports") or
/// possessive is aimed at that doer.
/// </summary>
public class Targets26Tests
{
    [Theory]
    // a coordinated clause tells who protested; the force used after it is aimed at them, in their own role
    // session 64 (role64, decision 064): a protest at the legislature's building is aimed at the legislature (was GOV)
    [InlineData("Hundreds of students rallied outside parliament in Jakarta, and police fired tear gas to disperse them.", "IDNCOP→IDNEDU:175|IDNEDU→IDNLEG:141")]
    [InlineData("Opposition supporters marched in Kampala against the election result, and police fired tear gas.", "UGACOP→UGAOPP:175|!*→-:175")]
    [InlineData("Workers staged a sit-in outside the factory in Dhaka, and police fired rubber bullets.", "BGDCOP→BGDLAB:175|!*→-:175")]
    [InlineData("Students marched on parliament in Belgrade, and riot police fired tear gas and stun grenades.", "SRBCOP→SRBEDU:175|!*→SRBCVL:175")]
    [InlineData("Thousands of teachers rallied in Accra to demand higher pay, and police fired tear gas to break up the march.", "GHACOP→GHAEDU:175")]
    [InlineData("Demonstrators clashed with police in Dakar, and police fired tear gas.", "SENCOP→SENCVL:175|SENCVL→SENCOP:145")]
    // an "after" clause names the protesters just as well
    [InlineData("Police fired tear gas in Harare after opposition supporters gathered outside the party headquarters.", "ZWECOP→ZWEOPP:175")]
    // force with a target of its own keeps it
    [InlineData("Riot police fired tear gas at protesters in Nairobi.", "KENCOP→KENCVL:175")]
    [InlineData("Israeli troops fired tear gas at Palestinian protesters near the border fence.", "ISRMIL→PSECVL:175")]
    [InlineData("The army fired on demonstrators in Khartoum.", "SDNMIL→SDNCVL:175")]
    // an arrest is no crowd control: its object stays its target
    [InlineData("Police arrested dozens of protesters in Tbilisi.", "GEOCOP→GEOCVL:173|!*:175")]
    public void Force_against_a_crowd_is_aimed_at_the_protesters(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a demonym on the investigated act names whose act it is
    [InlineData("India's commerce ministry launched an anti-dumping investigation into Chinese steel imports.", "INDGOV→CHN:09*")]
    [InlineData("Indian prosecutors opened an inquiry into Pakistani infiltration along the border.", "INDJUD→PAK:09*")]
    [InlineData("The European Commission opened an investigation into Chinese subsidies for electric vehicles.", "IGOEUREEC→CHN:09*")]
    [InlineData("Turkey's trade ministry opened an investigation into Japanese car imports.", "TURGOV→JPN:09*")]
    // a possessive does too, and an actor after "against" or "by"
    [InlineData("Brazilian prosecutors opened an investigation into the former president's alleged coup plot.", "BRAJUD→BRAELI:091")]
    [InlineData("Prosecutors opened an investigation into two regional officials.", "JUD→GOV:091")]
    [InlineData("Police launched an investigation into the killing of a journalist by soldiers.", "COP→MIL:092")]
    // an act with no named doer leaves the target open
    [InlineData("Police opened an investigation into the bombing of a market in Kabul.", "AFGCOP→-:093")]
    public void An_investigation_is_aimed_at_the_doer_its_act_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a finite verb the parser hung on the last of coordinated subjects, before the reporter's "said", is theirs jointly
    [InlineData("Sudan's army and the Rapid Support Forces fought with heavy artillery for control of the oil town on Monday, local officials said.", "SDNMIL→SDNREB:19*|SDNREB→SDNMIL:19*")]
    [InlineData("Ethiopia's army and Fano militias fought for control of the town on Sunday, residents said.", "ETHMIL→ETHREB:19*|ETHREB→ETHMIL:19*")]
    public void Coordinated_subjects_share_a_verb_hung_on_the_last_of_them(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
