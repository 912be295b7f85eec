namespace Tidings.Tests.Coding;

/// <summary>
/// Session 45 (targets): events coded with no target where the sentence names or implies one. A threat of dissent (133)
/// is aimed at the doer of its condition, the struck company, or the protesters' own government; a statement, criticism or
/// rejection answers the author a "by"/"from" phrase names on what it is about. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Target45Tests
{
    // A threatened strike, boycott or protest presses the doer of its "if"/"unless"/"until" condition; with none, workers
    // threaten the company the sentence names, and a country's own people their government (decision 005).
    [Theory]
    [InlineData("Ghana's nurses' union said it would begin an indefinite strike on Monday unless the government pays the promised allowances.", "GHA*→GHAGOV:133|!GHA*→-:133")]
    [InlineData("Kenya's opposition leader vowed to lead further protests until President William Ruto stepped down.", "KENOPP→KENGOV:133|!KENOPP→-:133")]
    [InlineData("Malawi's main opposition party threatened to boycott the local elections.", "MWIOPP→MWIGOV:133")]
    [InlineData("Workers at Zambia's state mining company ZCCM threatened to strike from Monday over unpaid overtime.", "ZMBLAB→ZMB*BUS*:133|!ZMBLAB→ZMBGOV:133")]
    // A state's threat is no threat of dissent by its people: no default target is made up for it.
    [InlineData("Peru's government threatened to declare a state of emergency in the port city.", "!PERGOV→PERGOV:13*")]
    public void A_threat_of_dissent_presses_someone(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A rejection, criticism or denial answers the author of what it is about, named by a "by"/"from" phrase or a
    // participle's "by" agent on its object; coordinated authors each get the event, and the source's own side never does.
    [Theory]
    [InlineData("The Kremlin dismissed the ceasefire plan drafted by France and Britain.", "RUSGOV→FRA:12*|RUSGOV→GBR:12*")]
    [InlineData("Nigeria's Labour Party rejected a proposal by the ruling All Progressives Congress for talks.", "NGAPTY→NGAGOVPTY:12*|!NGAPTY→-:12*")]
    [InlineData("Kenya rejected the accusations made by Uganda.", "KEN→UGA:016")]
    [InlineData("Kenya rejected the accusations from its own ministers.", "!KEN→KEN*:016")]
    [InlineData("Kazakhstan said it would not bow to pressure from Moscow.", "KAZ→RUSGOV:124")]
    public void An_answer_is_aimed_at_the_author(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A judgement told by a ", calling ..." participle judges the act before it: the doer of another side's act, else
    // whom the judge's own act is aimed at; a judgement that names its own target keeps it.
    [Theory]
    [InlineData("Iran's foreign ministry demanded that Germany free two Iranian students held in Berlin, calling the arrests politically motivated.", "IRNGOV→DEU:111|!IRNGOV→-:111")]
    [InlineData("Chile's government criticised the court ruling, calling it reckless.", "!CHLGOV→CHLGOV:111")]
    public void A_calling_judgement_judges_the_act_before_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Aid given or promised goes to whom a relative clause of giving on the thing given names; a formal objection lodged
    // with a government is an official complaint to it.
    [Theory]
    [InlineData("Norway delivered the last of the six patrol boats it had promised to Ghana.", "NOR→GHA:07*|!NOR→-:07*")]
    [InlineData("Norway delivered six patrol boats to Ghana's navy.", "NOR→GHAMIL:07*")]
    [InlineData("Peru lodged a formal objection with Chile over the new border post.", "PER→CHL*:114")]
    [InlineData("The committee raised no objection to the plan.", "!*→*:114")]
    public void Aid_and_objections_reach_their_named_receiver(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
