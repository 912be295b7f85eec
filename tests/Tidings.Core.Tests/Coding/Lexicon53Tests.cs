namespace Tidings.Tests.Coding;

/// <summary>
/// Session 53 (lexicon53): trigger families the lexicon lacked, third round (energy supplied to a country, congratulations,
/// lost confidence, a denied intention, suspects handed over, named platforms blocked or restored for a state's people).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Lexicon53Tests
{
    // Gas, oil or electricity piped, supplied or sold to another country is economic cooperation (061); promised, it is
    // intent (0311). Cut supplies stay a reduction (160), tear gas supplied to police a security good (072).
    [Theory]
    [InlineData("Turkmenistan began pumping natural gas to Afghanistan on Monday.", "TKM→AFG:061")]
    [InlineData("Norway resumed gas deliveries to Poland after a two-week pause.", "NOR→POL:061")]
    [InlineData("Laos supplied electricity to Cambodia during the dry season.", "LAO→KHM:061")]
    [InlineData("Laos supplied electricity to Cambodia during the dry season.", "!LAO→KHM:070")]
    [InlineData("Qatar said it would supply LNG to Pakistan for fifteen years.", "QAT→PAK:0311")]
    [InlineData("Russia cut gas supplies to Moldova on Wednesday.", "RUS→MDA:160")]
    [InlineData("Russia cut gas supplies to Moldova on Wednesday.", "!RUS→MDA:061")]
    [InlineData("Belgium supplied tear gas to Congo's police.", "!BEL→*:061")]
    [InlineData("Engineers pumped gas into the storage caverns.", "!*→*:061")]
    public void Energy_supplied_to_a_country_is_economic_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Congratulations sent or exchanged are praise (051); exchanged between two leaders, both ways.
    [Theory]
    [InlineData("The presidents of Kenya and Tanzania exchanged congratulations on the anniversary of the union.", "KENGOV→TZAGOV:051")]
    [InlineData("The presidents of Kenya and Tanzania exchanged congratulations on the anniversary of the union.", "TZAGOV→KENGOV:051")]
    [InlineData("The Indian prime minister sent congratulations to the new Sri Lankan president.", "INDGOV→LKAGOV:051")]
    [InlineData("The players exchanged shirts after the match.", "!*→*:051")]
    public void Congratulations_are_praise(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Confidence or trust lost in an actor is a pessimistic comment on it (012); lost in a currency, no event.
    [Theory]
    [InlineData("The opposition said it had lost confidence in the electoral commission.", "*OPP→*:012")]
    [InlineData("Zambia's farmers have lost faith in the government.", "*→ZMBGOV:012")]
    [InlineData("Traders lost confidence in the currency.", "!*→*:012")]
    public void Lost_confidence_is_a_pessimistic_comment(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "had no intention of" frames the named act as denied (016 denied), never as the act itself; "has no plans to" is a
    // statement of present plans, no denial (eb31017), and its act stays negated; with no act after it, no event.
    [Theory]
    [InlineData("Serbia had no intention of invading Kosovo, the president said.", "SRB→KSV*:016")]
    [InlineData("Serbia had no intention of invading Kosovo, the president said.", "!SRB→KSV*:190")]
    [InlineData("Minsk has no plans to invade Lithuania, Lukashenko said.", "!BLR*→LTU:1384")]
    [InlineData("Minsk has no plans to invade Lithuania, Lukashenko said.", "!BLR*→LTU:016")]
    [InlineData("The minister said she had no plans for the holidays.", "!*→*:016")]
    public void A_denied_intention_frames_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A suspect or fugitive handed to another state's authorities is judicial cooperation (063), with or without "over"; a
    // chairmanship handed on is no event.
    [Theory]
    [InlineData("Kenya handed two suspects to Ugandan police on Friday.", "KEN→UGA*:063")]
    [InlineData("Thailand handed the fugitive to Chinese authorities.", "THA→CHN*:063")]
    [InlineData("The outgoing chair handed the gavel to Ghana's president.", "!*→*:063")]
    public void Suspects_handed_to_authorities(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A state blocking, throttling or restoring a named platform or the internet restricts or eases its own people's freedoms
    // (1721, 0811 on the country's CVL); the platform's company is not the recipient, and a company's own ban is aimed at no
    // people.
    [Theory]
    [InlineData("Pakistan blocked TikTok for the third time on Monday.", "PAK→PAKCVL:1721")]
    [InlineData("Pakistan blocked TikTok for the third time on Monday.", "!PAK→*BUS:1721")]
    [InlineData("Turkey's regulator throttled YouTube and Instagram after the arrests.", "TURGOV→TURCVL:1721")]
    [InlineData("Senegal's government restored access to WhatsApp and Telegram on Thursday.", "SENGOV→SENCVL:0811")]
    [InlineData("Mali's junta shut down the internet ahead of the referendum.", "MLI*→-:1721")]
    [InlineData("A bank in Lagos banned the app on staff phones.", "!*→NGACVL:1721")]
    public void Platforms_blocked_for_a_states_people(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Rations halted or suspended are reduced humanitarian aid (1623) to the place fed; stoning police or a building is
    // violent protest (145).
    [Theory]
    [InlineData("The World Food Programme suspended its rations in northern Mozambique.", "IGOUNOAGRWFP→MOZ:1623")]
    [InlineData("Protesters stoned the ministry of finance in Accra.", "*CVL→*:145")]
    [InlineData("The restaurant suspended its lunch menu.", "!*→*:1623")]
    public void Rations_halted_and_stonings(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Warships and military aircraft that sail or fly near or along another state's territory show force to it (150); a
    // ferry or a leader flying somewhere does not.
    [Theory]
    [InlineData("Chinese warplanes flew near Taiwan's southern coast on Friday.", "CHNMIL→TWN:150")]
    [InlineData("Two Russian bombers flew along Norway's coast.", "RUSMIL→NOR:150")]
    [InlineData("The ferry sailed near the Greek islands.", "!*→*:150")]
    [InlineData("The Kenyan president flew near the border on his way to Kampala.", "!*→*:150")]
    public void Military_craft_near_another_state_show_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
