namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (realnews68): constructions of real articles. A group noun ("countries", "governments", "donors") whose
/// members a focusing word singles out ("particularly Niger and Chad", "specifically mentioning Kenya") stands for those
/// members, as an "including" list does; a threatened retaliation with no force told, and a "fight" threatened in a trade
/// quarrel, are CAMEO's residual threat (130), not a threat of a conventional attack (1384). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Realnews68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The members a focusing adverb or a naming participle singles out of a group noun are the targets; the country the
    // group is placed by ("bordering Nigeria") is not one of them; an "including" list keeps working as before.
    [Theory]
    [InlineData("The World Health Organization asked countries bordering Nigeria, particularly Niger, Chad and Cameroon, to step up surveillance.", "IGOUNOHLHWHO→NER:020")]
    [InlineData("The World Health Organization asked countries bordering Nigeria, particularly Niger, Chad and Cameroon, to step up surveillance.", "IGOUNOHLHWHO→CMR:020")]
    [InlineData("The World Health Organization asked countries bordering Nigeria, particularly Niger, Chad and Cameroon, to step up surveillance.", "!IGOUNOHLHWHO→NGA:020")]
    [InlineData("The WHO asked countries neighbouring Uganda, specifically mentioning Kenya and Rwanda, to be vigilant.", "IGOUNOHLHWHO→RWA:020")]
    [InlineData("The WHO asked countries neighbouring Uganda, specifically mentioning Kenya and Rwanda, to be vigilant.", "!IGOUNOHLHWHO→UGA:020")]
    [InlineData("The UN urged Western governments, especially Britain and France, to take in more refugees.", "IGOUNO→FRA:020")]
    [InlineData("The UN refugee agency urged neighbouring countries, including Jordan and Lebanon, to keep their borders open.", "IGOUNOREFHCR→LBN:020")]
    public void Focused_lists_name_the_members_of_a_group(string sentence, string expected) => AssertCoded(sentence, expected);

    // A threatened retaliation names no kind of act (130); told with force it stays a threat of force. "fight" threatened
    // over tariffs or protectionism is a trade quarrel (130); "fight" threatened by an armed group stays 1384.
    [Theory]
    [InlineData("The foreign minister said Russia would retaliate in kind.", "RUS*→-:130")]
    [InlineData("The foreign minister said Russia would retaliate in kind.", "!*→*:1384")]
    [InlineData("Beijing vowed to fight Washington at any cost over the new tariffs.", "CHN*→USA*:130")]
    [InlineData("The commerce ministry said China would fight back firmly if the United States kept up its protectionism.", "!*→*:1384")]
    [InlineData("Hezbollah vowed to fight Israel until the last drop of blood.", "LBNREB→ISR:1384")]
    [InlineData("The rebels vowed to fight the army over the new tariffs on cattle.", "!*→*:130")]
    public void Threatened_answers_without_force_are_threats(string sentence, string expected) => AssertCoded(sentence, expected);
}
