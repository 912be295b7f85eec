namespace Tidings.Tests.Coding;

/// <summary>
/// Session 54 (lexicon54): causes told in "after" clauses that the parse misreads, downing verbs, and trigger families the
/// lexicon lacked (rescues, pushbacks, populations driven out, munitions intercepted, a force sailing through a strait).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded as asserted news, each "!"-prefixed one must
/// not (a background event counts as not coded). Sentences written for these tests.
/// </summary>
public class Lexicon54Tests
{
    // An "after" clause with a subject of its own tells the cause of the news: background (gold/README.md), also when the
    // parser takes "after" for a preposition, hangs the clause on a reporting verb, or makes the clause's verb the root, and
    // also when the main clause names a recent day. The main clause stays news; a same-day clause ("hours after"), a
    // subjectless one ("after talks with") and a protest the police act on ("detained dozens after thousands rallied") stay news.
    [Theory]
    [InlineData("Lithuania closed two border crossings on Thursday after Belarusian smugglers flew balloons into its airspace and Minsk ignored its protests.", "LTU→*:191")]
    [InlineData("Romania summoned the Russian ambassador on Thursday after Russian drones entered Romanian airspace.", "ROU*→RUS*:*")]
    [InlineData("Romania summoned the Russian ambassador on Thursday after Russian drones entered Romanian airspace.", "!RUS→ROU:150")]
    [InlineData("Chile's foreign minister said, after Bolivian police detained six Chilean truck drivers in Oruro, that the arrests were unjustified.", "!BOLCOP→*:173")]
    [InlineData("Estonia recalled its ambassador on Wednesday, a day after the Russian government cut off aid to Estonia.", "EST→RUS*:161")]
    [InlineData("Estonia recalled its ambassador on Wednesday, a day after the Russian government cut off aid to Estonia.", "!RUSGOV→EST:16*")]
    [InlineData("Kenya suspended the talks after Ugandan police detained two Kenyan journalists.", "!UGACOP→*:173")]
    [InlineData("Police detained 40 protesters hours after the Nepalese government banned the rallies.", "NPL*→*:17*")]
    [InlineData("After talks with Ghana's president, Togo's leader signed a border accord with Accra.", "TGOGOV→*:057")]
    // session 64 (role64, decision 064): a protest at the legislature's building is aimed at the legislature (was GOV)
    [InlineData("Georgian police detained 30 people in Tbilisi on Thursday after thousands of students marched on parliament.", "GEOEDU→GEOLEG:14*")]
    public void Causes_in_after_clauses_are_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A drone, missile or aircraft shot down, brought down or intercepted is a use of force against its sender (190): the
    // downed weapon and the jets that fire are not the weapon of an air attack (195, 1952). Aircraft intercepted are
    // escorted, a show of force (152), as before.
    [Theory]
    [InlineData("Polish fighter jets shot down four Russian drones over Lublin.", "POLMIL→RUS:190")]
    [InlineData("Polish fighter jets shot down four Russian drones over Lublin.", "!POLMIL→RUS:195")]
    [InlineData("Jordanian air defences brought down two Iranian drones.", "JORMIL→IRN:190")]
    [InlineData("Jordanian air defences brought down two Iranian drones.", "!JORMIL→IRN:1952")]
    [InlineData("The Saudi army intercepted three Yemeni missiles over Jizan.", "SAUMIL→YEM:190")]
    [InlineData("Japanese jets intercepted a Chinese reconnaissance plane.", "!JPNMIL→CHN*:190")]
    [InlineData("Russian drones struck an oil depot in Odesa.", "RUS→*:1952")]
    public void Downed_weapons_are_fighting(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // People pulled, plucked or saved from the sea by a coast guard are rescued (073); pushed back at a border or at sea they
    // are expelled (174). Troops pulled, deadlines pushed back and rebels driven out are none of these, nor a mass expulsion.
    [Theory]
    [InlineData("The Maltese coast guard pulled 35 migrants from a capsized dinghy.", "MLTMIL→REF:073")]
    [InlineData("Tunisian coastguards plucked 19 migrants from the sea near Sfax.", "TUN*→REF:073")]
    [InlineData("The Indian army pulled its soldiers from the disputed valley.", "!INDMIL→*:073")]
    [InlineData("Hungarian police pushed back 60 migrants into Serbia.", "HUNCOP→REF:174")]
    [InlineData("Macedonian border guards pushed the refugees back into Greece.", "MKDCOP→REF:174")]
    [InlineData("The Peruvian congress pushed back the vote by a week.", "!*→*:174")]
    [InlineData("Ukrainian troops pushed Russian forces back from the river.", "!UKRMIL→*:174")]
    [InlineData("Somali troops drove al-Shabaab fighters out of the port.", "!*→*:201")]
    public void Rescues_pushbacks_and_expulsions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A force sailing through a strait or channel is a show of force (150) whatever the waterway's name; a bill sailing
    // through a chamber is no event.
    [Theory]
    [InlineData("A Canadian frigate sailed through the Taiwan Strait on Sunday.", "CANMIL→-:150")]
    [InlineData("The budget sailed through the lower house.", "!*→*:150")]
    public void A_force_sailing_through_a_strait(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
