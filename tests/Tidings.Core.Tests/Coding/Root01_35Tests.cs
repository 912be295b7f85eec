namespace Tidings.Tests.Coding;

/// <summary>
/// Root 01 statements (session 35, root01_35b). A pessimistic or optimistic comment (012/013) whose "that" clause has
/// another actor as its subject is aimed at that actor ("hopeful that China would lift its ban" → CHN); the speaker's own
/// country named bare, its people and the speaker itself are never that target (a compatriot body that holds or contests
/// power is), and a denied clause's subject stays the doer of the
/// denied act, not the denial's target. Condolences or sympathy to "the people of X" are addressed to X (its bare code);
/// victims named as such ("the families of the miners") stay civilians.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class Root01_35Tests
{
    [Theory]
    [InlineData("Japan's foreign minister said he was hopeful that China would lift its ban on seafood imports.", "JPNGOV→CHN:013")]
    [InlineData("Malaysia's prime minister said he was optimistic that Thailand and Cambodia would sign a peace deal.",
        "MYSGOV→THA:013|MYSGOV→KHM:013")]
    [InlineData("Germany's finance minister said he was worried that Chinese export curbs would hurt German carmakers.", "DEUGOV→CHN:012")]
    // a compatriot body that holds power is another side
    [InlineData("Zambia's main opposition party said it was worried that the electoral commission would rig the vote.", "ZMBOPP→ZMBGOV:012")]
    // the speaker's own country named bare, and its own people, are what the comment is about, not whom it addresses
    [InlineData("Lebanon's prime minister said he was worried that the country was heading toward bankruptcy.", "LBNGOV→-:012|!LBNGOV→LBN:012")]
    [InlineData("Kenya's president said he was optimistic that Kenyan farmers would have a good harvest.", "KENGOV→-:013|!KENGOV→KENAGR:013")]
    // a denial's clause subject is the accused doer, not the denial's target
    [InlineData("Turkey denied that its drones had struck a hospital in northern Syria.", "!TUR→TURMIL:016")]
    public void Comment_about_another_actors_conduct_targets_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Kenya's president expressed condolences to the people of Turkey after the earthquake.", "KENGOV→TUR:018|!KENGOV→TURCVL:018")]
    [InlineData("Canada's prime minister sent condolences to the people of Nepal after floods killed dozens.", "CANGOV→NPL:018")]
    // victims named as such stay civilians
    [InlineData("Chile's president offered condolences to the families of the miners killed in the collapse.", "!CHLGOV→CHL:018")]
    public void Empathy_with_a_nations_people_is_addressed_to_the_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
