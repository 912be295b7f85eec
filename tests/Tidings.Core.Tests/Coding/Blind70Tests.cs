namespace Tidings.Tests.Coding;

/// <summary>
/// Session 52 (blind70): posts on social media and messaging apps as news reports and quotes them. The channel of a post
/// ("wrote on X that", "said in a statement posted on Facebook that") neither takes the reported clause from its verb of
/// saying nor becomes an actor; the platform X at the end of a sentence ends it; words in capitals for emphasis are read as
/// the words they are; a handle is the actor whose name it spells, a hashtag no actor. Events are written
/// "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded as asserted news, each "!"-prefixed one must
/// not. Sentences written for these tests.
/// </summary>
public class Blind70Tests
{
    // The reported "that" clause after a channel phrase is the verb of saying's, whatever the parser made of the channel.
    [Theory]
    [InlineData("Trump wrote on Truth Social that he would impose new sanctions on Iran.", "USAGOV→IRN*:1*")]
    [InlineData("Afghanistan's foreign ministry said in a statement posted on Facebook that it had summoned Iran's ambassador.", "AFGGOV→IRNGOV:114")]
    // the platform is no source of the reported act
    [InlineData("Afghanistan's foreign ministry said in a statement posted on Facebook that it had summoned Iran's ambassador.", "!USABUS→IRNGOV:114")]
    [InlineData("Kenya's interior ministry said in a statement shared on its official channels that police had arrested 40 protesters in Nairobi.", "KENCOP→KENCVL:173")]
    // a noun of content keeps its own clause: the claims are not what the minister said
    [InlineData("The minister said in a report on claims that Kenyan police had beaten protesters that nobody had been hurt.", "!KENCOP→KENCVL:18*")]
    public void A_channel_phrase_leaves_the_reported_clause_to_its_verb_of_saying(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // A platform named as the channel of a post is no actor; a platform that is fined or ordered is one.
    [Theory]
    [InlineData("The Sudanese army's Facebook page said its troops had repelled an attack by the Rapid Support Forces near El Obeid.", "!USABUS→*:*")]
    [InlineData("The European Commission imposed a fine on TikTok for breaking the bloc's rules on minors.", "IGOEUREEC→CHNBUS:17*")]
    [InlineData("The European Commission fined Meta for breaching competition rules, a spokesman said on Facebook.", "IGOEUREEC→USABUS:17*")]
    public void A_platform_is_an_actor_only_when_it_acts_or_undergoes(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // "X." after a lower-case word ends the sentence: the act before it keeps its event, and so does the next sentence.
    [Theory]
    [InlineData("Uganda's government shut down the internet ahead of the vote, the telecoms regulator confirmed on X.", "UGAGOV→*:1721")]
    [InlineData("Ghana's army killed twelve rebels near Tamale, the ministry said on X. Police arrested 40 protesters in Accra.", "GHAMIL→GHAREB:19*|GHACOP→GHACVL:173")]
    public void The_platform_X_at_the_end_of_a_sentence_ends_it(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // Words in capitals for emphasis are the words they spell; acronyms stay names.
    [Theory]
    [InlineData("Ghana's president CONDEMNED the coup in Niger.", "GHAGOV→NER*:111")]
    [InlineData("The Malian army ATTACKED rebel camps near Kidal, the ministry said.", "MLIMIL→MLIREB:19*")]
    [InlineData("NATO condemned the attack on Poland.", "IGOWSTNAT→*:111")]
    public void Words_in_capitals_for_emphasis_are_read_as_words(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // A handle is the actor whose name it spells; a hashtag is no actor.
    [Theory]
    [InlineData("The Estonian prime minister criticised @SecRubio over the decision to cut aid.", "ESTGOV→USAGOV:111")]
    [InlineData("The Polish foreign minister condemned @NATO for its silence.", "POLGOV→IGOWSTNAT:111")]
    [InlineData("@FBIDirector posted that agents had arrested two men plotting to attack a synagogue in Ohio.", "USA*→USACVL:173")]
    [InlineData("Protesters in Tbilisi chanted #StopRussianLaw outside parliament as police arrested twelve of them.", "!*→RUS*:*")]
    public void A_handle_is_the_actor_it_spells_and_a_hashtag_is_none(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
