namespace Tidings.Tests.Coding;

/// <summary>
/// Right root, wrong actors (session 34, actors34). An investigation from outside (a court, a UN body, a rights group: an
/// actor of no country) into acts whose doer is not named looks into the country they happened in, also when the parser
/// hangs the "in" phrase below the act's participle, beside the act on the investigation's verb, or on a region the
/// country owns; a participle's "by" agent the parser hung on the investigation noun is the act's doer. A national
/// investigator's own country stays no target, nor does the place a victim was carried through. A country's show of force
/// whose own words name the force as units, artillery or "its military" (a noun) is made by the military (decision 018);
/// "a military parade" only describes, and police units stay police.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class Actors34Tests
{
    [Theory]
    // the "in" phrase under the act's participle
    [InlineData("Amnesty International launched an inquiry into abuses committed during the crackdown on demonstrators in Belarus.",
        "NGOHRIAMN→BLR:09*")]
    // the "in" phrase the parser hung beside the act
    [InlineData("The UN Human Rights Council opened an investigation into killings of villagers by both sides in the war in Ethiopia.",
        "IGOUNOHRI→ETH:09*")]
    [InlineData("The International Criminal Court opened an investigation into alleged crimes against humanity in Nicaragua during the unrest.",
        "IGOJUDICC→NIC:09*")]
    // a region the country owns
    [InlineData("The ICC prosecutor opened an investigation into alleged war crimes in Sudan's Darfur region.",
        "IGOJUDICC→SDN:094")]
    // the act's participle hung on the investigation noun still names its doer
    [InlineData("The International Criminal Court opened an investigation into atrocities allegedly committed by Sudan's army against civilians in Darfur.",
        "IGOJUDICC→SDNMIL:094|!IGOJUDICC→SDN:094")]
    // a national investigator's own country is no target
    [InlineData("Kenya's police watchdog opened an investigation into the shooting of protesters in Nairobi.",
        "!KENGOV→KEN:09*")]
    // where a victim's craft was is no place of the act
    [InlineData("The UN Security Council opened an inquiry into the downing of a helicopter carrying peacekeepers in eastern Congo.",
        "!IGOUNO→COD:09*")]
    public void Foreign_inquiry_targets_the_country_of_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Morocco moved armoured units to its border with Algeria after a clash between border patrols.", "MARMIL→DZA:154|!MAR→DZA:154")]
    [InlineData("Eritrea has moved heavy artillery close to its border with Ethiopia, satellite images show.", "ERIMIL→ETH:154")]
    [InlineData("Taiwan put its military on high alert after China launched drills near the island.", "TWNMIL→CHN:152")]
    // the adjective of a display names no force
    [InlineData("Iran staged a military parade in Tehran to show off its newest drones.", "IRN→-:150|!IRNMIL→-:150")]
    public void Show_of_force_by_named_units_is_the_militarys(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
