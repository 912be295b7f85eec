namespace Tidings.Tests.Coding;

/// <summary>
/// General causes behind misses of the NGEC synthetic PLOVER stories (session 38, ngec38, even rows only): a place
/// attacked or blockaded told as the passive subject, and bans, lockdowns and closures ended by other verbs than
/// "lift", which are restrictions eased (081), not imposed; a force told as being on alert, which shows its readiness.
/// </summary>
public class Ngec38Tests
{
    [Theory]
    // a place attacked or besieged as the passive subject, with the doer in a by-phrase, is the attacked place, as its object is
    [InlineData("The town of Izium was shelled by Russian artillery overnight.", "RUSMIL→UKR:194")]
    [InlineData("Marib was bombed by Saudi warplanes on Sunday.", "SAUMIL→YEM:195")]
    [InlineData("The city of Mekelle was besieged by Eritrean troops for two months.", "ERIMIL→ETH:191")]
    // the active voice is unchanged
    [InlineData("Saudi warplanes bombed Marib on Sunday.", "SAUMIL→YEM:195")]
    // no place named as the passive subject: still no target, no event
    [InlineData("The building was shelled by unknown gunmen.", "!*:19*")]
    public void A_place_attacked_as_the_passive_subject_is_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a ban ended, scrapped or eased is eased as a lifted one
    [InlineData("Zambia's government ended its ban on opposition rallies on Monday.", "ZMBGOV→*:081*")]
    [InlineData("The interior ministry scrapped a ban on night-time gatherings in Lagos.", "*:081*")]
    [InlineData("Bolivia's government eased the ban on public meetings.", "BOLGOV→*:081*")]
    // a lockdown or closure lifted or eased is eased, not imposed
    [InlineData("Indian authorities lifted the lockdown in Srinagar after three weeks.", "INDGOV→*:081|!*:191")]
    [InlineData("Peru's government eased the lockdown in the capital on Friday.", "PERGOV→*:081|!*:191")]
    [InlineData("The mayor of Tehran lifted a two-day closure of markets in the city centre.", "IRNGOV→*:081")]
    // imposing one is unchanged
    [InlineData("Indian authorities imposed a lockdown in Srinagar on Monday.", "INDGOV→*:191|!*:081")]
    public void A_ban_or_lockdown_ended_is_a_restriction_eased(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a police or armed force told as being or remaining on alert shows its readiness (15x), as one put on alert does
    [InlineData("Turkish police are on high alert ahead of the May Day rallies in Istanbul.", "TURCOP→-:15*")]
    [InlineData("Indian troops along the frontier remained on high alert on Saturday.", "INDMIL→-:15*")]
    [InlineData("South Korea's military is on full alert after the launch.", "KORMIL→-:15*")]
    // no force, no show of force
    [InlineData("Residents of the coastal villages are on high alert as the cyclone nears.", "!*:15*")]
    [InlineData("Hospitals in the capital are on high alert.", "!*:15*")]
    [InlineData("Japan is on high alert after the missile launch.", "!*:15*")]
    // a state of alert with no force in it is no trigger (the attack it follows keeps its background event, which
    // AssertCoded does not list)
    [InlineData("Latvia is on high alert after a cyberattack on its banks by Russian hackers.", "!*:15*")]
    public void A_force_on_alert_shows_its_readiness(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
