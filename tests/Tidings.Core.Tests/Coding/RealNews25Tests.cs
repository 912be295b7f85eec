namespace Tidings.Tests.Coding;

/// <summary>
/// Recall on real news (session 25, realnews25): an act done by taking a chance to do it ("took the opportunity to thank
/// Qatar"), and the members an "include" clause lists as the doers of the clause on its subject ("countries that condemned
/// the attack include France and Japan").
/// </summary>
public class RealNews25Tests
{
    [Theory]
    // taking, using or seizing a chance to act tells that the act was done, by the one who took the chance
    [InlineData("The French president took the opportunity to criticize Germany.", "FRAGOV→DEU:111")]
    [InlineData("The US president seized the chance to praise the Kenyan president.", "USAGOV→KENGOV:051")]
    [InlineData("The Egyptian foreign minister used the occasion to thank Qatar for its mediation.", "EGYGOV→QAT:051")]
    [InlineData("Turkey's president took the opportunity to condemn Israel over the raid.", "TURGOV→ISR:111")]
    [InlineData("Japan's prime minister used the opportunity to urge China to release the detained citizens.", "JPNGOV→CHN:02*")]
    [InlineData("The Indian prime minister took the occasion to invite Nepal's leader to New Delhi.", "INDGOV→NPLGOV:*")]
    [InlineData("Brazil's president seized the moment to praise Argentina.", "BRAGOV→ARG:051")]
    [InlineData("The Kenyan president utilised the opportunity to thank the United States for its support.", "KENGOV→USA:051")]
    public void A_chance_taken_to_act_is_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a chance offered, missed or hoped for tells no act
    [InlineData("Egypt will have a chance to criticize Israel at the summit.", "!*:111")]
    [InlineData("The talks give Iran the opportunity to praise the agreement.", "!*:051")]
    [InlineData("Cuba welcomed the chance to negotiate with the United States.", "!CUB→USA:04*")]
    [InlineData("The French president did not take the opportunity to criticize Germany.", "!FRAGOV→DEU:111")]
    [InlineData("Mexico hopes for an opportunity to thank Canada.", "!*:051")]
    public void A_chance_not_taken_is_no_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the members an "include" lists are the doers of a participle or subject relative on its subject
    [InlineData("Other agencies providing aid to Zimbabwe include the World Health Organization, UNICEF and the Red Cross.", "IGOUNOHLHWHO→ZWE:07*")]
    [InlineData("Other agencies providing aid to Zimbabwe include the World Health Organization, UNICEF and the Red Cross.", "IGOUNOKID→ZWE:07*")]
    [InlineData("Other agencies providing aid to Zimbabwe include the World Health Organization, UNICEF and the Red Cross.", "!ZWEMED→*:*")]
    [InlineData("Countries that have criticized Russia over the raid include France, Germany and Japan.", "FRA→RUS:111")]
    [InlineData("Countries that have criticized Russia over the raid include France, Germany and Japan.", "JPN→RUS:111|!JPN→FRA:*")]
    [InlineData("Donors pledging money to Haiti include Canada and Brazil.", "CAN→HTI:*")]
    [InlineData("Donors pledging money to Haiti include Canada and Brazil.", "BRA→HTI:*")]
    // the members are no targets of one another
    [InlineData("Countries that have condemned the coup include France, Germany and Japan.", "!FRA→DEU:*|!DEU→JPN:*|!JPN→FRA:*")]
    [InlineData("Countries condemning the coup include France, Germany and Japan.", "!FRA→DEU:*|!DEU→JPN:*")]
    [InlineData("Groups that have provided aid to Sudan include UNICEF and the Red Cross.", "IGOUNOKID→SDN:07*")]
    public void The_members_an_include_lists_are_the_doers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a clause on an object of "include", or a plain subject, keeps its own doer
    [InlineData("Japan has criticized Russia over the raid, and its allies include Canada.", "JPN→RUS:111|!CAN→RUS:111")]
    [InlineData("Agencies providing aid to Sudan do not include the Red Cross.", "!NGOHLHIRC→*:*")]
    [InlineData("France and Japan condemned Russia's attack on Ukraine.", "FRA→RUS:111|JPN→RUS:111")]
    public void Other_include_sentences_keep_their_doers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
