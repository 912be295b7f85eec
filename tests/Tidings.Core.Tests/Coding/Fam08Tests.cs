namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (fam08): breadth of roots 08-10 (yield, investigate, demand). (1) A bare yielding (080) is coded with the
/// kind of concession its act names (0831-0834), and one told beside a concession of a named kind is that concession.
/// (2) What a demand asks for names economic, military and intelligence cooperation, diplomatic support, a change of
/// leadership or of a deal (1011, 1012, 1014, 102, 1041, 1042). (3) Arms, relief goods and funds demanded "from" a giver
/// are demanded aid (1031-1033). (4) Captured soldiers returned are persons released (0841). (5) People named as the ones
/// investigated, as the object or "under investigation", are the investigation's target. (6) A force surrendered to is the
/// other side even when it is of the surrendering rebels' country. (7) "he" or "she" after an organisation named with a singular
/// role noun ("the ICC prosecutor", "the UN envoy") stands for that person, so what the pronoun does is coded. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from any gold line
/// or probe.
/// </summary>
public class Fam08Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // (1) The kind of a concession.
    [Theory]
    [InlineData("Bowing to union demands, Ghana's government gave nurses the right to strike.", "GHAGOV→GHALAB:0833|!GHAGOV→GHALAB:080")]
    [InlineData("Yielding to weeks of street protests, Lithuania's parliament abolished the constitutional amendment.", "LTULEG→LTUCVL:0834|!LTULEG→LTUCVL:080")]
    [InlineData("Senegal's president dismissed the interior minister on Monday, bowing to the central demand of the protesters.", "SENGOV→SENCVL:0831")]
    [InlineData("Bowing to pressure from farmers, Spain's government scrapped the new water law.", "ESPGOV→ESPAGR:0832|!ESPGOV→ESPAGR:080")]
    // Near case: an act that names no kind of concession leaves the yielding bare.
    [InlineData("Bowing to pressure from the protesters, Senegal's president travelled to Paris.", "SENGOV→SENCVL:080|!SENGOV→SENCVL:0831")]
    // Session 70 (lead): a concession of a named kind to someone else is another act, and the yielding stays.
    [InlineData("Kenya made concessions to Uganda over the disputed island and released three Tanzanian fishermen.", "KEN→UGA:080|KEN→TZAAGR:0841")]
    public void Concessions_take_the_kind_their_act_names(string sentence, string expected) => AssertCoded(sentence, expected);

    // (2) What a demanded act asks for.
    [Theory]
    [InlineData("Egypt demanded that Sudan resume cattle exports across their border.", "EGY→SDN:1011")]
    [InlineData("Poland demanded that Washington honour its mutual defence obligations.", "POL→USAGOV:1012")]
    [InlineData("Germany demanded that Turkey share intelligence on the suspects.", "DEU→*:1014")]
    [InlineData("The opposition demanded that the president sack the finance minister.", "OPP→GOV:1041")]
    [InlineData("Farmers demanded that the European Commission scrap the free trade deal.", "AGR→IGOEUREEC:1042")]
    // Near cases: talks resumed, debts honoured, costs shared and workers sacked name none of these kinds.
    [InlineData("Egypt demanded that Sudan resume talks on the dam.", "EGY→SDN:106|!EGY→SDN:1011")]
    [InlineData("Poland demanded that Washington honour its debt obligations.", "!POL→USAGOV:1012")]
    [InlineData("Germany demanded that Turkey share the costs of the camps.", "!DEU→*:1014")]
    [InlineData("The opposition demanded that the president sack the striking workers.", "!OPP→GOV:1041")]
    public void Demanded_acts_name_their_kind(string sentence, string expected) => AssertCoded(sentence, expected);

    // (3) Aid demanded of a giver.
    [Theory]
    [InlineData("Chad's government demanded emergency funds from the International Monetary Fund.", "TCDGOV→IGOBUSIMF:1031")]
    [InlineData("Haiti demanded food and tents from the United Nations.", "HTI→IGOUNO:1033")]
    [InlineData("Taiwan demanded more fighter jets from Washington.", "TWN→USA*:1032")]
    // Near case: funds received are no demand.
    [InlineData("Chad's government received emergency funds from the International Monetary Fund.", "!TCDGOV→IGOBUSIMF:1031")]
    public void Aid_demanded_from_a_giver(string sentence, string expected) => AssertCoded(sentence, expected);

    // (4) Captured soldiers handed back.
    [Theory]
    [InlineData("Georgia returned two Russian soldiers who had crossed the line of control.", "GEO→RUSMIL:0841")]
    // Near case: soldiers who return somewhere are released by no one.
    [InlineData("Georgian soldiers returned to their barracks on Monday.", "!*→*:0841")]
    public void Returned_soldiers_are_released_persons(string sentence, string expected) => AssertCoded(sentence, expected);

    // (5) The people investigated.
    [Theory]
    [InlineData("Peru's prosecutors are investigating two army generals over the deaths of protesters.", "PERJUD→PERMIL:092")]
    [InlineData("Malaysia's former finance minister is under investigation by prosecutors.", "MYSJUD→MYSELI:091")]
    // Near case: the victims of the act looked into are not investigated.
    [InlineData("Peru's prosecutors are investigating the deaths of protesters.", "PERJUD→-:092|!PERJUD→PERCVL:092")]
    public void People_investigated_are_the_target(string sentence, string expected) => AssertCoded(sentence, expected);

    // (6) The side surrendered to.
    [Theory]
    [InlineData("Dozens of al-Shabaab militants surrendered to Somalia's army on Sunday.", "SOMREB→SOMMIL:0874")]
    // Near case: a group's own fighters withdrawn are no target.
    [InlineData("Al-Shabaab withdrew its fighters from the town on Sunday.", "SOMREB→-:0874")]
    public void Forces_surrendered_to_are_the_other_side(string sentence, string expected) => AssertCoded(sentence, expected);

    // (7) An organisation's person is the antecedent of "he" or "she".
    [Theory]
    [InlineData("The ICC prosecutor said on Friday that he had opened an investigation into the killings of villagers in Darfur.", "IGOJUDICC→*:092")]
    [InlineData("The UN envoy told reporters she would meet Myanmar's junta chief in Naypyitaw next week.", "IGOUNO→MMRMIL:036")]
    // Near case: a body ("agency") is no person, so "he" does not stand for it.
    [InlineData("The UN refugee agency said he had opened an investigation into the killings of villagers in Darfur.", "!*→*:092")]
    public void Persons_of_an_organisation_are_pronoun_antecedents(string sentence, string expected) => AssertCoded(sentence, expected);
}
