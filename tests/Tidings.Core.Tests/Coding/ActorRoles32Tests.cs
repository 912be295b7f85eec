namespace Tidings.Tests.Coding;

/// <summary>
/// Right root, wrong actors (session 32, actors32): a threat (13x) with no target of its own that backs a demand its
/// speaker makes in the same breath ("demanded that the government raise wages, threatening a nationwide strike",
/// "demanded ... and threatened to ...") is aimed at whom the demand is addressed to. A threat made by another speaker, or
/// one that names its own target, keeps its own. A national inquiry into deaths "in police custody" (or military custody)
/// is aimed at its own country's police (or military), not at the dead. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class ActorRoles32Tests
{
    [Theory]
    // a participle threat after the demand
    [InlineData("Kenya's main opposition coalition demanded on Tuesday that the electoral commission publish all results, threatening mass protests if it refused.",
        "KENOPP→KENGOV:10*|KENOPP→KENGOV:13*")]
    [InlineData("Peru's transport workers demanded that the government end extortion by gangs, threatening a national strike.",
        "PERLAB→PERGOV:10*|PERLAB→PERGOV:13*")]
    // the threat's own target stays
    [InlineData("The Nigerian union demanded that the government cut fuel prices, threatening the federal government with a general strike.",
        "NGALAB→NGAGOV:13*")]
    // another speaker's threat is not aimed at whom the first one's demand addresses
    [InlineData("Kenya's main opposition coalition demanded that the electoral commission publish all results, while the ruling party threatened to boycott the count.",
        "KENOPP→KENGOV:10*|!KENGOVPTY→KENGOV:13*")]
    public void Aims_threats_at_the_demanded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // deaths in a force's custody: the inquiry looks into the keepers
    [InlineData("Uganda's human rights commission opened an inquiry on Friday into the deaths of two opposition activists in police custody in Kampala.",
        "UGA*→UGACOP:09*|!UGA*→UGAOPP:09*")]
    [InlineData("A Nigerian Senate committee opened an investigation into the death in military custody of a journalist from Kaduna.",
        "NGALEG→NGAMIL:09*|!NGALEG→NGAMED:09*")]
    // custody named without its keeper names no one; the keepers' own inquiry is not aimed at themselves
    [InlineData("Kenya's police watchdog opened an inquiry into the death of a man in custody in Mombasa.", "!KENGOV→KENCOP:09*")]
    [InlineData("Kenyan police opened an investigation into the death of a man in police custody in Mombasa.", "!KENCOP→KENCOP:09*")]
    public void Aims_custody_inquiries_at_the_keepers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
