namespace Tidings.Tests.Coding;

/// <summary>
/// Session 15's trigger families for events real copy tells in words the lexicon lacked (realnews dev, dev2, dev3, dev4):
/// pressure put on another side, a court moved or approached for an order, police questioning and booking a suspect,
/// people barred from an act, honours conferred, inquiries suffered, people acknowledged for their merit, disapproval told
/// as a feeling ("was deeply troubled by"), acts one "stopped short of", and doubt cast on hopes ("poured cold water on").
/// Sentences written for these tests, in news style; none is taken from an article.
/// </summary>
public class RealNewsRecall5Tests
{
    [Theory]
    // Pressure put on another side, in any of the verbs real copy puts it with, is coercion of that side (130).
    [InlineData("Azerbaijan puts pressure on Armenia and blocks the talks, analysts believe.", "AZE→ARM:130")]
    [InlineData("Washington stepped up pressure on the Venezuelan government on Monday.", "USAGOV→VENGOV:130")]
    [InlineData("Beijing has exerted heavy pressure on Manila over the shoal.", "CHNGOV→PHLGOV:130")]
    [InlineData("Moscow ramped up pressure on Chisinau after the election.", "RUSGOV→MDAGOV:130")]
    // Pressure to do something demands it: the demand of the act is coded, as with "urged X to".
    [InlineData("Washington put pressure on Caracas to free the detained Americans.", "USAGOV→VENGOV:1053|!USAGOV→VENGOV:130")]
    [InlineData("The European Union pressured Serbia to recognise Kosovo.", "IGOEUREEC→SRB:10*")]
    // The one who bows to pressure yields; nobody is coerced by him.
    [InlineData("The Malawian government bowed to pressure from donors and withdrew the bill.", "!MWIGOV→*:130")]
    public void Pressure_on_another_side(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A court moved, approached or petitioned for an order is appealed to (020); the court is the target.
    [InlineData("The Indian government has also moved the Supreme Court for a six-month extension of time.", "INDGOV→INDJUD:020")]
    [InlineData("The Pakistani opposition approached the Lahore High Court on Monday.", "PAKOPP→PAKJUD:020")]
    [InlineData("The Kenyan Law Society petitioned the High Court to halt the deportation.", "KEN→KENJUD:020")]
    // Moving troops is no appeal.
    [InlineData("Nigeria moved troops to the border with Niger.", "!*:020")]
    public void Courts_moved_for_an_order(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Police questioning people inquire into them (091); a thing questioned is only doubted.
    [InlineData("Kenyan police also questioned the suspect's brother.", "KENCOP→KENCVL:091")]
    [InlineData("Bangladeshi police quizzed the opposition leader for six hours.", "BGDCOP→BGDOPP:091")]
    [InlineData("The Chilean minister questioned the wisdom of the tax increase.", "!*:091")]
    // Booking a suspect into jail is an arrest, coded for the police that report it as the agentless arrest is.
    [InlineData("Police in Nairobi said the man was booked into the county jail on Friday.", "KENCOP→KENCVL:173")]
    // People barred from an act are restricted (172).
    [InlineData("Chinese authorities barred lawyers from visiting the detained activist.", "CHNGOV→*:172")]
    // Session 58 (blind76, decision 069): barred from a ballot, election, race or vote is the ban of a politician (1722).
    [InlineData("Zimbabwe's electoral commission barred the opposition candidate from the ballot.", "ZWE*→ZWEOPP:1722")]
    // An inquiry suffered by its subject is the inquirer's, named after "from"; with no inquirer named, nothing is coded.
    [InlineData("The Ugandan opposition party came under scrutiny from the electoral commission.", "UGAGOV→UGAOPP:090")]
    [InlineData("The Ugandan opposition party came under scrutiny last year.", "!*:090")]
    public void Police_and_regulators(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An honour conferred on someone praises him (051).
    [InlineData("The University of Ghana conferred an honorary doctorate on the Ivorian president.", "*→CIVGOV:051")]
    [InlineData("Japan conferred its highest honour on the former Indian prime minister.", "JPN→INDELI:051")]
    public void Honours_conferred(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Disapproval told as the speaker's feeling about another's act: the one who feels is the source and the noun after
    // "by", "at", "over" or "with" is the cause and target, not a passive agent.
    [InlineData("The governor of Oregon said he was deeply troubled by the Pentagon's plan to deploy troops.", "USAGOV→USAMIL:110")]
    [InlineData("Japan is disappointed with South Korea's decision to close the fishing grounds.", "JPN→KOR:110")]
    [InlineData("The Chilean senator said she was appalled by Argentina's decision to close the border.", "CHLLEG→ARG:111|!ARG→CHLLEG:111")]
    [InlineData("Paraguay's foreign minister was outraged by Bolivia's decision.", "PRYGOV→BOL:111|!BOL→PRYGOV:111")]
    // A feeling with no one to disapprove of codes nothing; a region troubled by violence feels nothing.
    [InlineData("The region has been troubled by violence for years.", "!*:110")]
    // A real passive keeps its agent: the one who encourages is the source.
    [InlineData("Ghana was encouraged by Nigeria to join the talks.", "!GHA→NGA:110")]
    public void Disapproval_told_as_a_feeling(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // People acknowledged or recognised for what they did are praised (051).
    [InlineData("Pakistan's army chief acknowledged tribal elders for their full support to the army.", "PAKMIL→PAKELI:051")]
    [InlineData("The Sri Lankan president recognised the nurses for their courage during the floods.", "LKAGOV→LKAHLH:051")]
    // Without a "for" phrase of merit: an admission, a diplomatic recognition; a "for" of time is no merit.
    [InlineData("The Ghanaian minister acknowledged the mistake.", "GHAGOV→-:015|!*:051")]
    [InlineData("Colombia recognized Palestine on Friday.", "COL→PSE:054|!*:051")]
    [InlineData("Mexico has recognised the Sahrawi republic for decades.", "!*:051")]
    public void Acknowledged_for_merit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An act one "stopped short of" was not done: no event, as with a negation; the same act done is coded.
    [InlineData("The Brazilian government stopped short of imposing sanctions on Venezuela.", "!*:163")]
    [InlineData("Seoul has stopped short of formally accusing Pyongyang of the cyberattack.", "!KORGOV→PRKGOV:1123")]
    [InlineData("The Brazilian government imposed sanctions on Venezuela.", "BRAGOV→VEN:163")]
    // Another act of the sentence stays coded.
    [InlineData("Tokyo stopped short of imposing sanctions on Moscow but summoned the Russian ambassador.", "!*:163|JPNGOV→RUSGOV:*")]
    public void Acts_stopped_short_of(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Doubt cast on hopes of a deal, in the idioms of real copy, is a pessimistic comment (012); a deal with another side
    // makes that side its target, as a comment about any event takes that event's target (TreeRoles.ContentEventTarget).
    [InlineData("The Ethiopian government poured cold water on hopes of an early deal with Egypt over the dam.", "ETHGOV→EGY:012")]
    [InlineData("Bogota played down hopes of a breakthrough in the talks with the ELN.", "COLGOV→-:012")]
    [InlineData("The Thai foreign minister dampened expectations of a quick border agreement.", "THAGOV→-:012")]
    // Water poured on a fire is no comment.
    [InlineData("Firefighters in Manila poured water on the burning market.", "!*:012")]
    public void Doubt_cast_on_hopes(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
