namespace Tidings.Tests.Coding;

/// <summary>
/// Wire phrasings that the blind52 split (common events told in idioms, light verbs and everyday verbs of news copy) found
/// the lexicon lacked: a telephone call one "got on the phone" for, an alarm sounded, a role disowned, an offer nixed, a
/// deal thrashed out or put pen to paper on, a tip-off, a country put on notice, sanctions loosened, budget support
/// frozen, a spectre of sanctions raised, a presence beefed up, questions brushed off, people
/// nabbed, snatched or mown down, drones that slammed into a depot, a charge laid in words ("charged that"), and two role
/// nouns (correspondents are media, spy planes a military platform). Each row's other sense is tested not to fire.
/// </summary>
public class Blind52Tests
{
    [Theory]
    [InlineData("Egypt's president got on the phone with the Jordanian king on Sunday.", "EGYGOV→JORGOV:041")]
    // a call that is no political contact: the coach and an agent are no actors
    [InlineData("The Brazilian coach got on the phone with his players before the final.", "!*:041")]
    [InlineData("Kenya's foreign minister sounded the alarm over rising hunger in the north.", "KENGOV→-:012")]
    [InlineData("Indonesia disowned any role in the sinking of the fishing boat.", "IDN→*:016")]
    [InlineData("Colombia nixed a Venezuelan offer to supply gas.", "COL→VEN:12*")]
    [InlineData("Egyptian and Sudanese officials thrashed out a deal on water sharing.", "EGYGOV→SDNGOV:046|SDNGOV→EGYGOV:046")]
    // a fault ironed out is no negotiation
    [InlineData("Mechanics ironed out a fault in the engine.", "!*:046")]
    [InlineData("Namibia and Botswana put pen to paper on a water deal in Gaborone.", "NAM→BWA:057|BWA→NAM:057")]
    [InlineData("Turkey tipped off Greek police about a people-smuggling network.", "TUR→GRCCOP:064")]
    public void Idioms_of_talk_and_deals_are_rows(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The EU put Serbia on notice over its refusal to align with sanctions.", "IGOEUREEC→SRB:13*")]
    [InlineData("The United States loosened sanctions on Venezuela's oil sector.", "USA→VEN*:085|!*:163")]
    [InlineData("Denmark froze budget support to Uganda over the new law.", "DNK→UGA:1621|!*:071")]
    // the spectre of a measure raised is a threat of it; of a recession, a gloomy remark and no threat
    [InlineData("The EU raised the spectre of sanctions on Georgia.", "IGOEUREEC→GEO:1312")]
    [InlineData("The IMF raised the spectre of a recession in Germany.", "!*:13*")]
    [InlineData("Kenyan police beefed up their presence outside parliament.", "KENCOP→*:15*")]
    // questions brushed off are a declined comment, not a rejection
    [InlineData("China's foreign ministry brushed off questions about the detained Japanese businessman.", "CHNGOV→*:011|!*:12*")]
    public void Measures_threats_and_postures_in_wire_idioms(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // pressing ahead, pressing charges: no demand
    [InlineData("Israel pressed ahead with its plans for the E1 area.", "!*:10*")]
    [InlineData("Police pressed charges against two Ghanaian journalists.", "*COP→GHAMED:173|!*:10*")]
    // "charged that" lays a charge in words (112); "charged X with" is legal action (173)
    [InlineData("Hungary charged that Romania was sheltering a fugitive minister.", "HUN→ROU:112|!*:173")]
    [InlineData("Prosecutors in Kenya charged two police officers with murder.", "KENJUD→KENCOP:173")]
    public void Pressing_and_charging_take_their_sense_from_what_follows(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ugandan police nabbed two opposition activists in Gulu.", "UGACOP→*:173")]
    // medals and winners nabbed or snatched are sport
    [InlineData("Ethiopia's runners nabbed three medals in Budapest.", "!*:173")]
    [InlineData("Gunmen snatched 15 farmers from a village in Zamfara state.", "*REB→*AGR:181")]
    [InlineData("Morocco snatched a late winner against Portugal.", "!*:181")]
    [InlineData("Militiamen mowed down eight villagers in Ituri province.", "*→*CVL:1823")]
    [InlineData("Workers mowed down the grass around the stadium.", "!*:18*")]
    // drones that slam into a building attack it; a lorry that slams into a bridge is an accident
    [InlineData("Russian drones slammed into an apartment block in Odesa.", "RUS→*:19*")]
    [InlineData("A lorry slammed into a bridge in Lyon.", "!*:19*")]
    public void Everyday_verbs_of_arrest_abduction_and_attack_need_people_or_weapons(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Moscow expelled a Dutch newspaper correspondent.", "RUSGOV→NLDMED:174")]
    [InlineData("Iran threatened to shoot down American spy planes over the Gulf.", "IRN→USAMIL:138*|!*→USASPY:*")]
    public void Correspondents_are_media_and_spy_planes_military(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
