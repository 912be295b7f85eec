using Tidings.Tests.Coding;

namespace Tidings.Tests.Actors;

/// <summary>
/// An actor's country from its sentence's context (session 36, ctx36b). Bare forces (soldiers, police) that a state's forces of
/// the same kind report on at the sentence's end are that state's own; former officials (elites) held, freed or tried by a
/// state named before them are its people. Two countries' forces of the same kind leave the bare role open.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class Context36Tests
{
    [Theory]
    // the reporting forces speak of their own men
    [InlineData("Hezbollah fighters fired rockets at a base near the frontier, wounding three soldiers, the Israeli military said.", "LBN*→ISRMIL:*")]
    [InlineData("Sudanese smugglers attacked a border post in the desert, killing two soldiers, according to the Chadian army.", "SDN*→TCDMIL:*")]
    [InlineData("Venezuelan gang members shot at a patrol on the river, wounding four officers, said the Colombian police.", "VEN*→COLCOP:*")]
    // forces of two countries named: whose soldiers stays open
    [InlineData("Ukrainian drones struck a barracks, killing four soldiers, the Russian military said, while Ukrainian troops advanced.", "!*→RUSMIL:*")]
    // a former official freed by a state named before him, in a sentence naming another country
    [InlineData("Mali's junta freed a former prime minister on Friday and let him travel to Senegal for treatment, his lawyer said.", "MLI*→MLIELI:*")]
    // the speaker is no force of the same kind: nothing from it
    [InlineData("Rebels shelled a garrison near the frontier, wounding five soldiers, the Congolese health ministry said, as Rwandan troops massed.", "!*→CODMIL:*")]
    // a former official with no state named before him stays open
    [InlineData("A former minister criticised the reforms in a long interview with a Kenyan newspaper.", "!KEN*→*ELI:*")]
    // an opposition addresses "the" forces or police of its own state, though the sentence names another country
    [InlineData("The Belarusian opposition leader urged the armed forces to side with the protesters, as Lithuania offered her shelter.", "BLROPP→BLRMIL:*")]
    [InlineData("Bolivia's opposition called on the police to refuse orders, while Peru closed its border.", "BOLOPP→BOLCOP:*")]
    public void Bare_roles_take_the_country_their_context_gives(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
