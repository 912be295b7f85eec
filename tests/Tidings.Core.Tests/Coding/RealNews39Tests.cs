namespace Tidings.Tests.Coding;

/// <summary>
/// Session 39, realnews39: patterns of real web news. A role of many states ("foreign diplomats", "Western governments")
/// is no actor, not a bare GOV; a cut in relations announced without warning or condition ("will expel", "would close")
/// is the decision (16x, intended), not a threat; the owner of a mission inside a close-embassy phrase is its target when
/// the place after it is the source's own country.
/// </summary>
public class RealNews39Tests
{
    [Theory]
    [InlineData("Iran announced the expulsion of Western diplomats on Monday.", "IRN→-:161|!*→GOV:*")]
    [InlineData("Belarus said it would expel foreign diplomats in response to the new sanctions.", "!*→GOV:*")]
    [InlineData("The mayor of Odesa urged European governments to send more generators to the city.", "!*→GOV:*")]
    // a named country's diplomats keep their government
    [InlineData("Iran announced the expulsion of German diplomats on Monday.", "IRN→DEUGOV:161")]
    public void Roles_of_many_states_are_no_bare_government(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Lithuania will expel three Belarusian diplomats, the foreign minister said.", "LTU→BLRGOV:161|!*:13*")]
    [InlineData("Hungary said it would expel two Ukrainian diplomats over the spying case.", "HUN*→UKRGOV:161|!*:13*")]
    [InlineData("Austria will shut the Turkish embassy in Vienna, the chancellor said on Friday.", "AUT*→TUR:161")]
    // a warning or a condition keeps the threat
    [InlineData("Lithuania warned that it would expel Belarusian diplomats.", "LTU→BLRGOV:1313")]
    [InlineData("Lithuania said it would expel Belarusian diplomats if Minsk kept sending migrants across the border.", "LTU*→*:13*|!*:161")]
    // a bare response in kind stays a threat; announced duties are the measure, no threat (decision 084 reversed this case)
    [InlineData("Japan's trade ministry said it would raise duties on all Korean steel to 40 percent from next month.", "!*:1312")]
    [InlineData("The Iranian embassy called the arrests illegal and said Tehran would respond in kind.", "!*:160")]
    public void Announced_cuts_in_relations_are_the_decision(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // session 63 (country63, decision 093): a foreign mission closed is aimed at its owner as a country, the bare code, as
    // events-gold codes all five closures (it was the government, as realnews rn020 had it before decision 093 aligned it)
    [InlineData("Estonia closed the Russian consulate in Narva on Tuesday.", "EST→RUS:161")]
    [InlineData("Portugal shut the Venezuelan embassy in Lisbon.", "PRT→VEN:161")]
    // the source's own mission abroad: the host country is the target
    [InlineData("Canada closed its embassy in Tehran.", "CAN→IRN:161")]
    public void A_foreign_mission_closed_at_home_is_aimed_at_its_owner(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
