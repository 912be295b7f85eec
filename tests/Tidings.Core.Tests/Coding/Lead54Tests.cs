namespace Tidings.Tests.Coding;

/// <summary>
/// Session 54 (lead): whom a denial is aimed at (decision 063: the accuser when named, else the denied act's victim, else no
/// one), and the state check of the blocked-platform rule. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Lead54Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A denied act that names no victim is still a denial (016), untargeted; before, the whole denial was dropped when the
    // denied act found no target, while a denial of no act at all ("denied that the economy had slowed") was kept.
    [Theory]
    [InlineData("Russia denied sending troops.", "RUS→-:016")]
    [InlineData("Iran denied supplying the missiles.", "IRN→-:016")]
    [InlineData("The rebels denied attacking the convoy near the border.", "*REB→-:016")]
    [InlineData("Iran denied supplying the missiles.", "!IRN→*:07*")]
    [InlineData("Russia denied sending troops.", "!RUS→*:15*")]
    public void A_denied_act_with_no_victim_is_still_a_denial(string sentence, string expected) => AssertCoded(sentence, expected);

    // A denial that names no one answers a charge made earlier, in its sentence or the ones before, against any organ of
    // the denier's state: the accused army and the denying government are one side.
    [Theory]
    [InlineData("Guyana accused Venezuela's army of firing on a border patrol; Caracas denied it.", "VENGOV→GUY:016")]
    [InlineData("Poland accused Belarusian border guards of firing at a Polish patrol. Minsk denied it.", "BLRGOV→POL:016")]
    [InlineData("Poland accused Belarusian border guards of firing at a Polish patrol. Minsk denied it.", "!BLRGOV→-:016")]
    // An accuser of no country (the UN, a rights group) is answered too.
    [InlineData("The UN accused Sudan's army of bombing a market. Khartoum denied it.", "SDNGOV→IGOUNO:016")]
    // A charge against another state is not answered by this one.
    [InlineData("Poland accused Belarusian border guards of firing at a Polish patrol. Vilnius denied it.", "!LTUGOV→POL:016")]
    public void A_denial_answers_a_charge_against_its_state(string sentence, string expected) => AssertCoded(sentence, expected);

    // A denied attack on a thing no actor owns answers the country where it struck (the attacked-thing rule), never the
    // denier's own.
    [Theory]
    [InlineData("The Turkish army denied that its drones had struck a market in northern Syria.", "TURMIL→SYR:016")]
    [InlineData("Syria's army denied shelling a village in the north of the country.", "SYRMIL→-:016")]
    [InlineData("Syria's army denied shelling a village in the north of the country.", "!SYRMIL→SYR:016")]
    public void A_denied_use_of_force_answers_the_country_where_it_was_done(string sentence, string expected) => AssertCoded(sentence, expected);

    // A role lent its sentence's only country is not that state's when it fires on the state's own munitions ("Ukrainian
    // drones"); a role with its own adjective keeps it.
    [Theory]
    [InlineData("The troops shot down 30 Ukrainian drones overnight.", "MIL→UKR:190")]
    [InlineData("The troops shot down 30 Ukrainian drones overnight.", "!UKRMIL→UKR:190")]
    [InlineData("Russia's defence ministry said air defence units shot down 30 Ukrainian drones overnight.", "RUSMIL→UKR:190")]
    [InlineData("Ukrainian troops shot down two Ukrainian drones by mistake.", "UKRMIL→UKR:190")]
    public void A_role_firing_on_a_states_munitions_is_not_that_states(string sentence, string expected) => AssertCoded(sentence, expected);

    // A state whose CAMEO code is not its ISO3 (Kosovo XKX/KSV, Timor-Leste TLS/TMP) blocking a platform restricts its own
    // people, as any other state does; the platform's company is no target.
    [Theory]
    [InlineData("Kosovo's government blocked TikTok on Monday.", "KSVGOV→KSVCVL:1721")]
    [InlineData("Timor-Leste's government blocked Facebook on Monday.", "TMPGOV→TMPCVL:1721")]
    [InlineData("Kosovo's government blocked TikTok on Monday.", "!KSVGOV→CHNBUS:1721")]
    public void A_state_whose_codes_differ_blocking_a_platform_restricts_its_people(string sentence, string expected) => AssertCoded(sentence, expected);
}
