namespace Tidings.Tests.Coding;

/// <summary>
/// Threats, coercion and violence (roots 13, 17, 18) that wire copy tells in ways the lexicon's verbs missed: a response
/// announced with "said it would respond" or "would take necessary measures" is a threat; homes, shops and cars burned with
/// no owner named are the people's of the place; a capital named as where a curfew holds is a place, not its government;
/// police charging a crowd with batons use force on it; news sites and news channels are media.
/// </summary>
public class Force31Tests
{
    [Theory]
    // a response the speaker's own side will make is a threat, aimed at whoever the speaker criticises in the sentence
    [InlineData("Nigeria's foreign ministry called Ghana's decision regrettable and said it would respond.", "NGAGOV→GHA*:130")]
    [InlineData("Hezbollah said it would respond at a time of its choosing.", "LBNREB→-:130")]
    [InlineData("Japan's defence minister said Tokyo would respond firmly.", "JPNGOV→-:130")]
    // measures are 131, as "warned it would take countermeasures" is
    [InlineData("Beijing will take all necessary measures to safeguard its legitimate interests, a foreign ministry spokesman said.", "CHNGOV→-:131")]
    [InlineData("Kazakhstan's foreign ministry called the sanctions unlawful and said Astana would respond with mirror measures.", "KAZGOV→-:131")]
    // a response to an armed act promises force
    [InlineData("Turkey's defence minister warned that Ankara would respond to any attack on its soldiers in Syria.", "TURGOV→-:138")]
    // a response to a request, a disaster or in writing is no threat
    [InlineData("The ministry said it would respond to the request within two weeks.", "!*:13*")]
    [InlineData("The company said it would respond in writing.", "!*:13*")]
    [InlineData("The governor said the state would take all necessary measures to protect residents from the floods.", "!*:13*")]
    // the act named in the response is the event ("respond with a motion", "respond and expel"), coded by its own trigger
    [InlineData("Opposition parties said they would respond with a motion of no confidence.", "!*:130")]
    [InlineData("Someone else's side: Iran said Israel would respond.", "!IRN*→*:13*")]
    public void A_response_announced_by_the_speakers_side_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // homes, shops and cars burned with no owner named are the people's of the place
    [InlineData("Rebels burned homes in four villages in Ituri province.", "CODREB→CODCVL:1712")]
    [InlineData("Soldiers torched houses in a village in Magway region.", "MMRMIL→MMRCVL:1712")]
    [InlineData("Bandits raided a village in Katsina state, killing seven residents and burning dozens of homes.", "NGA*→NGACVL:1712")]
    // a crowd's burning at home stays a riot; crops destroyed by police are eradicated, no attack on farmers
    [InlineData("Protesters burned shops in the centre of Lyon.", "!*→FRACVL:1712")]
    [InlineData("Police destroyed coca crops in Putumayo province.", "!*:1712")]
    // vehicles burned in an attack on a base are not the people's
    [InlineData("Jihadists attacked an army base near the town of Menaka in Mali, killing five soldiers and setting three vehicles on fire.", "!*→MLICVL:1712")]
    public void Property_burned_with_no_owner_is_the_peoples(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a civilian population forced to leave or abandon where it lives is expelled (201); a force made to abandon positions is not
    [InlineData("Militiamen forced dozens of families to abandon their homes in Ituri province.", "CODREB→CODCVL:201")]
    [InlineData("Sudanese soldiers forced hundreds of families to leave their villages in Gezira state.", "SDNMIL→SDNCVL:201")]
    [InlineData("Government troops forced the rebels to abandon their positions near Goma.", "!*:201")]
    public void A_population_forced_to_leave_its_homes_is_expelled(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a capital named as where a curfew holds is a place: the curfew falls on its country's people
    [InlineData("Guinea's government imposed a night curfew in two districts of Conakry on Saturday.", "GINGOV→GIN:1723")]
    [InlineData("The army imposed a nationwide curfew in Nepal.", "NPLMIL→NPL:1723")]
    public void A_curfew_in_a_capital_falls_on_its_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // charging a crowd with batons is force against it; a charge in court stays an arrest's
    [InlineData("Riot police charged the protesters with batons in Skopje.", "MKDCOP→MKDCVL:175|!*:173")]
    [InlineData("Police in Lucknow baton-charged students protesting against the exam results.", "INDCOP→INDEDU:175")]
    [InlineData("Prosecutors in Skopje charged the former minister with fraud.", "MKDJUD→*:173")]
    public void Charging_a_crowd_with_batons_is_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // news sites and news channels are media
    [InlineData("Authorities in Tajikistan blocked access to three independent news websites.", "TJKGOV→TJKMED:1721")]
    [InlineData("Uzbekistan banned the country's most popular independent news site.", "UZB*→UZBMED:172*")]
    public void News_sites_are_media(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
