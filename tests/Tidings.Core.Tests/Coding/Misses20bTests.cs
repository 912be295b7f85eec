namespace Tidings.Tests.Coding;

/// <summary>
/// Common sentences that coded nothing (session 20, misses20b): a threat whose target phrase hangs on the infinitive it
/// frames ("threatened to impose tariffs on goods from X"), a free relative "what" that a verb of naming names ("struck
/// what the army described as rebel positions"), and fire exchanged in kinds the parser coordinates ("small-arms and
/// rocket fire").
/// </summary>
public class Misses20bTests
{
    [Theory]
    // the target of a framed act hangs from the infinitive inside the phrase, through the origin of the goods it taxes
    [InlineData("Washington threatened to impose tariffs on steel from Canada.", "USA*→CAN:1312")]
    [InlineData("Beijing threatened to impose duties on wine from Australia.", "CHN*→AUS:1312")]
    [InlineData("The European Union threatened to impose tariffs on goods from the United States.", "IGOEUREEC→USA:1312")]
    [InlineData("The White House threatened to impose fresh tariffs on cars made in Japan.", "USAGOV→*:1312")]
    // the plain forms keep working
    [InlineData("Japan threatened to impose tariffs on South Korea.", "JPN→KOR:1312")]
    [InlineData("Canada imposed tariffs on goods from China.", "CAN→CHN:163")]
    // a statement about a topic does not gain the topic's owner as its target
    [InlineData("Egypt's foreign ministry declined to comment on the fate of the detained Swiss engineer.", "EGYGOV→-:011|!*→CHE*:*")]
    public void A_threat_reaches_the_target_on_the_act_it_frames(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "what X described as / called / said were Y" stands for Y
    [InlineData("Israeli jets struck what the army described as Hamas command centres in Gaza.", "ISRMIL→PSEREBHMS:19*")]
    [InlineData("Saudi jets bombed what the coalition described as Houthi weapons depots.", "SAUMIL→YEMREB:195")]
    [InlineData("Russian forces shelled what Kyiv called Ukrainian military positions.", "RUSMIL→UKRMIL:194")]
    [InlineData("Turkish warplanes hit what Ankara said were PKK hideouts in northern Iraq.", "TUR*→*REB:19*")]
    public void A_free_relative_named_by_a_verb_of_naming_is_the_thing_named(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // coordinated kinds of fire are still an exchange of fire
    [InlineData("Indian and Pakistani troops exchanged small-arms and mortar fire along the frontier.", "INDMIL→PAKMIL:19*|PAKMIL→INDMIL:19*")]
    [InlineData("Armenian and Azerbaijani soldiers exchanged machine-gun and sniper fire overnight.", "ARMMIL→AZEMIL:19*")]
    [InlineData("Indian and Pakistani troops exchanged artillery fire overnight.", "INDMIL→PAKMIL:194")]
    public void Coordinated_kinds_of_fire_are_an_exchange_of_fire(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
