namespace Tidings.Tests.Coding;

/// <summary>
/// General structures found by reading the coder's output on real news it had never seen (session 16, realmine6). The
/// sentences are written for these tests, in news style, with actors of every region; none is taken from a corpus.
/// </summary>
public class RealNewsMining6Tests
{
    [Theory]
    // The subject of a verb of undergoing ("faces", "risks", "escaped") is acted on: the doer is named after "from" or "by",
    // and an act with no doer named is not coded, as agentless passives are not.
    [InlineData("Iran faces new sanctions from the European Union over its missile programme.", "IGOEUR*→IRN:163|!IRN*")]
    [InlineData("Myanmar's junta risks fresh sanctions from the United States after the election.", "USA→MMR*|!MMR*")]
    [InlineData("A Brazilian senator faces a formal investigation into campaign donations.", "!BRALEG*")]
    [InlineData("The former mayor of Lagos could face arrest if he returns, officials said.", "!*:173")]
    [InlineData("Zambia's opposition leader narrowly escaped arrest on Tuesday.", "!ZMBOPP*")]
    [InlineData("Vietnam's government faces mounting protests over land seizures.", "!VNMGOV*")]
    // An ultimatum's penalty after "or" is still a threat (ThreatsAndUltimatumsTests).
    [InlineData("The army told the rebels to leave the town or face an offensive.", "MIL→REB:139")]
    public void An_undergone_event_is_done_to_the_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Exports and imports told with a figure are trade statistics; without one they are an act of economic cooperation.
    [InlineData("Chile exported 1.2 million tonnes of copper to China last year.", "!CHL*")]
    [InlineData("Exports from Ukraine to Poland fell 12 percent in March.", "!UKR*")]
    [InlineData("Thailand saw negative export growth to Laos compared with the year before.", "!THA*")]
    [InlineData("Kazakhstan began exporting grain to Afghanistan.", "KAZ→AFG:061")]
    public void Trade_figures_are_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A country name before a dollar sign names a currency ("US$", "NZ$"), no actor.
    [InlineData("Malaysia has decided to contribute US$1 million for flood relief in Bangladesh.", "!USA*")]
    [InlineData("Fiji accepted NZ$4 million in reconstruction aid from Japan.", "!NZL*")]
    public void A_dollar_sign_makes_a_currency(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "called X unjust" criticises X's doer even when the parser reads the predicate as a noun of the object or as the root.
    [InlineData("Kenya's attorney general called the verdict unjust.", "KENJUD→-:111")]
    [InlineData("Thailand's foreign minister called Cambodia's decision unconstitutional.", "THAGOV→KHM:111")]
    [InlineData("Peru's president called the protests by farmers illegal.", "PERGOV→PERAGR:111")]
    [InlineData("Argentina did not call Chile's decision a mistake.", "!ARG*")]
    [InlineData("Nigeria's president called for an end to unjust treatment of prisoners.", "!NGAGOV*:111")]
    [InlineData("Mongolia's prime minister called the agreement with Russia a reliable step forward.", "!MNGGOV*:111")]
    public void A_naming_judgement_read_from_the_words(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A recommendation that someone act is an appeal to them, as advice is.
    [InlineData("The World Health Organization recommended that Guinea close its schools.", "IGOUNO*→GIN:0242")]
    [InlineData("The African Union recommended that Sudan's army return to the talks in Jeddah.", "IGOAFR*→SDNMIL:026")]
    [InlineData("Analysts recommend buying the shares before the election.", "!*:020")]
    public void A_recommendation_is_an_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
