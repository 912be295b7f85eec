namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (intent62): root 03, intents to cooperate. Letting an international body or an aid group in or at work is
/// allowing international involvement (086; announced 0355 intended, demanded 1055), and only when whom the verb lets act is
/// an international organisation or an NGO (verbs.tsv flag intl). A show of force (15x) announced without a warning or a
/// condition ("will deploy", "plans to", "agreed to") is the posture decided, flagged intended, not a threat (13x); exercises
/// and drills announced are the intent of military cooperation (0312), as gold/README.md codes "plans to hold exercises".
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Intent62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // An international body or an aid group let in or let act: 086, announced 0355; anyone else let act is no event.
    [Theory]
    [InlineData("Nicaragua's government said it would allow the UN human rights office to reopen its mission in Managua.", "NICGOV→IGOUNOHRIHCH:0355")]
    [InlineData("Eritrea said on Monday it would allow aid agencies to work in the border region.", "ERI*→NGO:0355")]
    [InlineData("Belarus allowed the Red Cross to visit political prisoners in Minsk.", "BLR*→NGO*:086")]
    [InlineData("Nicaragua's government said it would allow the opposition to campaign in Managua.", "!*→*:0355")]
    [InlineData("Nicaragua's government said it would allow the opposition to campaign in Managua.", "!*→*:086")]
    [InlineData("Belarus allowed the Red Cross to visit political prisoners in Minsk.", "!*→*:0355")]
    public void Letting_international_bodies_in(string sentence, string expected) => AssertCoded(sentence, expected);

    // A show of force announced as decided keeps its code, intended; a condition still makes it a threat, and exercises
    // announced are the intent of military cooperation.
    [Theory]
    [InlineData("Indonesia said it would deploy three more warships to its northern islands.", "IDN*→*:154")]
    [InlineData("Indonesia said it would deploy three more warships to its northern islands.", "!*→*:130")]
    [InlineData("Poland plans to deploy more troops on its eastern border next year.", "POL*→*:154")]
    [InlineData("Poland plans to deploy more troops on its eastern border next year.", "!*→*:130")]
    [InlineData("Sweden's navy said it would hold its own exercises in the Baltic next month.", "SWEMIL→-:0312")]
    [InlineData("Sweden's navy said it would hold its own exercises in the Baltic next month.", "!*→*:130")]
    [InlineData("Egypt said it would deploy troops to the border if Ethiopia filled the dam again.", "!*→*:154")]
    public void Announced_posture_is_no_threat(string sentence, string expected) => AssertCoded(sentence, expected);

    // An investigation, a lawsuit or a disapproval promised keeps its own code, intended, as one told with "would" does; an
    // act of cooperation promised is still its intent code.
    [Theory]
    [InlineData("Zambia's president promised to investigate the police over the shooting of students in Lusaka.", "ZMBGOV→ZMBCOP:09*")]
    [InlineData("Zambia's president promised to investigate the police over the shooting of students in Lusaka.", "!*→*:030")]
    [InlineData("Hungary's prime minister vowed to take the European Commission to court over the decision.", "HUNGOV→*:115")]
    [InlineData("Hungary's prime minister vowed to take the European Commission to court over the decision.", "!*→*:030")]
    [InlineData("Japan pledged to provide Vietnam with six patrol boats.", "JPN→VNM*:033*")]
    public void Promised_acts_without_an_intent_code_keep_their_code(string sentence, string expected) => AssertCoded(sentence, expected);
}
