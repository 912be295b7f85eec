namespace Tidings.Tests.Coding;

/// <summary>
/// Session 44 (blind62): causes found in the first run of the live-blog split blind62. A reporter's own comma participle of
/// speech; participles of harm on an accident or a hazard; the offence a penalty is imposed for; charges said to be
/// untrue; consultations between coordinated subjects; calls "held with" someone. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind62Tests
{
    // ", the ministry said, calling on X to ...": the participle hangs on the reporting verb, and the reporter says it.
    // A material act in the same place stays the reported clause's.
    [Theory]
    [InlineData("Soldiers shelled a village near the border overnight, the Armenian foreign ministry said, calling on Moscow to intervene.", "ARMGOV→RUSGOV:02*")]
    [InlineData("Soldiers shelled a village near the border overnight, the Armenian foreign ministry said, calling on Moscow to intervene.", "!*MIL→RUSGOV:02*")]
    [InlineData("Police detained two reporters in Minsk, the Lithuanian foreign ministry said, urging Belarus to free them.", "LTUGOV→BLR*:02*")]
    public void A_reporters_own_speech_participle_is_its_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "after a ferry capsized, killing 60": the harm of an accident or a hazard is no actor's, whoever else the line names.
    [Theory]
    [InlineData("The Indonesian president sent condolences to the families after a bus plunged into a ravine, killing 23 pilgrims.", "!IDNGOV→*:18*")]
    [InlineData("The Indonesian president sent condolences to the families after a bus plunged into a ravine, killing 23 pilgrims.", "!IDNGOV→*:20*")]
    [InlineData("The Indonesian president sent condolences to the families after a bus plunged into a ravine, killing 23 pilgrims.", "!IDNGOV→*:19*")]
    [InlineData("Gunmen stormed a hotel in Mogadishu, killing nine guests.", "SOMREB→*:18*")]
    public void A_participle_of_harm_on_an_accident_is_no_ones_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "fined X for breaching ...": the offence is what the penalty is about, not an act of the penalised told as news.
    [Theory]
    [InlineData("Turkey's competition authority fined Google 2 billion lira for violating the country's advertising rules.", "TUR*→USABUS:172")]
    [InlineData("Turkey's competition authority fined Google 2 billion lira for violating the country's advertising rules.", "!*→*:128")]
    [InlineData("The European Commission fined Apple 500 million euros for breaching the bloc's competition rules.", "!USABUS→*:128")]
    [InlineData("The European Commission fined Apple 500 million euros for breaching the bloc's competition rules.", "IGOEUREEC→USABUS:172")]
    public void The_offence_a_penalty_is_for_is_not_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "said the accusations were groundless": a denial (016) aimed at the charge's maker when the charge noun names one;
    // it is no criticism as well.
    [Theory]
    [InlineData("Iran's foreign ministry said Israel's accusations were baseless.", "IRNGOV→ISR*:016")]
    [InlineData("Iran's foreign ministry said Israel's accusations were baseless.", "!IRNGOV→ISR*:11*")]
    [InlineData("The Serbian government said the claims were completely false.", "SRBGOV→-:016")]
    [InlineData("The Serbian government said the claims were credible.", "!SRBGOV→*:016")]
    public void Charges_said_to_be_untrue_are_denied(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "A and B discussed X with C": with coordinated subjects the consultation is between them; the object's phrase is its topic.
    [Theory]
    [InlineData("Macron and Meloni discussed a migration deal with Tunisia on Monday.", "FRAGOV→ITAGOV:04*")]
    [InlineData("Macron and Meloni discussed a migration deal with Tunisia on Monday.", "!FRAGOV→TUN*:04*")]
    [InlineData("Macron discussed a migration deal with Tunisia's president on Monday.", "FRAGOV→TUNGOV:04*")]
    public void Joint_subjects_consult_each_other(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "held a call with", "had a phone call with": a telephone consultation both ways.
    [Theory]
    [InlineData("Japan's prime minister held a call with the Australian prime minister on Friday.", "JPNGOV→AUSGOV:041")]
    [InlineData("Japan's prime minister held a call with the Australian prime minister on Friday.", "AUSGOV→JPNGOV:041")]
    [InlineData("Japan's prime minister had a phone call with the Australian prime minister on Friday.", "JPNGOV→AUSGOV:041")]
    [InlineData("Japan's prime minister held a call for calm on Friday.", "!*→*:041")]
    public void A_call_held_with_someone_is_a_phone_consultation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
