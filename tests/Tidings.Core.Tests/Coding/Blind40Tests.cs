namespace Tidings.Tests.Coding;

/// <summary>
/// Sentence-level causes found on the blind40 articles (session 24, regional and national outlets): troops or police sent
/// or ordered to ground named by a common noun ("to the area") or by a name the gazetteer lacks, a crowd counted in digits
/// ("About 200 people protested"), "shot dead" after an organisation's name, findings shared, parties summoned or called
/// to talks, and the role nouns "raiders" and "indigenous leaders".
/// </summary>
public class Blind40Tests
{
    [Theory]
    // sent by their own force or country to ground named only by a common noun: a deployment with no target
    [InlineData("Nigeria's army sent 500 more troops to the area.", "NGAMIL→-:154|!*:074")]
    [InlineData("Kenya sent 200 police officers to the region.", "KENCOP→-:153|!*:074")]
    [InlineData("Mexico's government sent 400 soldiers to the town.", "MEXMIL→-:154")]
    [InlineData("Peru's police sent 300 officers to the province.", "PERCOP→-:153")]
    [InlineData("The Philippine army sent two more battalions to the district after the ambush.", "PHLMIL→-:154")]
    // sent to another country they protect it, as before
    [InlineData("Britain sent 500 troops to Estonia.", "GBR→EST:074|!*:154")]
    public void Forces_sent_to_ground_of_their_own_are_deployed(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a commander's own units ordered into a named district the gazetteer lacks are deployed
    [InlineData("Congo's military governor in Ituri ordered two more battalions into Djugu.", "CODMIL→-:154")]
    // an order to act stays a demand
    [InlineData("The president ordered the army to fire on protesters.", "!*:154")]
    public void A_commander_ordering_units_into_a_district_deploys_them(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a crowd counted in digits is an actor before a verb of what crowds do
    [InlineData("About 200 people protested outside the parliament in Honiara against the Chinese presence.", "SLBCVL→CHN:14*")]
    [InlineData("More than 1,000 people marched through Nairobi on Saturday.", "KENCVL→*:14*")]
    [InlineData("Some 300 people blocked the main highway in Bolivia.", "BOLCVL→*:144")]
    // counted victims stay no actor
    [InlineData("About 200 people died in the floods in Kenya.", "!*:*")]
    public void A_crowd_counted_in_digits_protests(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "shot" after an organisation's name ending in a capitalised noun is the verb of "shot dead"
    [InlineData("Fighters of the Free Papua Movement shot dead two teachers in the highlands.", "IDNREB→IDNEDU:1823")]
    [InlineData("Members of the Arakan Army shot dead three villagers.", "MMRREB→MMRCVL:1823")]
    public void Shot_dead_after_a_name_is_a_killing(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ukraine's security service shared its findings with Poland.", "UKRSPY→POL:064")]
    [InlineData("Moldova's police shared their findings with Romanian prosecutors.", "MDACOP→ROUJUD:064")]
    public void Findings_shared_are_information_shared(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the addressees stand between the verb and "to talks"
    [InlineData("Kenya's president summoned opposition leaders to talks at State House.", "KENGOV→KENOPP:026|!*:114")]
    [InlineData("The Nigerian president called the labour unions to talks in Abuja.", "NGAGOV→NGALAB:026")]
    [InlineData("Ghana's president called opposition leaders to a meeting in Accra.", "GHAGOV→GHAOPP:026")]
    // summoning an ambassador stays a complaint
    [InlineData("Kenya summoned the Ugandan ambassador over the arrests.", "KEN*→UGAGOV:114|!*:026")]
    public void Parties_called_or_summoned_to_talks_are_appealed_to_meet(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Armed raiders attacked herders in Kenya's Turkana county.", "KENREB→KENAGR:1*")]
    [InlineData("Indigenous leaders in Colombia's Cauca accused the army of abuses.", "COLCVL→COLMIL:112*")]
    public void Raiders_are_armed_and_indigenous_leaders_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
