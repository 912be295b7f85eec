using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 52 (lead): the ways news sets a condition on an act besides "if" and "unless", and acts of "any" member of a
/// class. Events are written "SOURCE→TARGET:CODE@modality"; each listed event must be coded with that modality, each
/// "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Lead52Tests
{
    private static string[] Coded(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}@{e.Modality}").Distinct().Order().ToArray();

    private static void AssertCoded(string text, string expected)
    {
        var got = Coded(text);
        bool negative = expected.StartsWith('!');
        var w = negative ? expected[1..] : expected;
        var pattern = "^" + string.Join(".*", w.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
        bool found = got.Any(g => System.Text.RegularExpressions.Regex.IsMatch(g, pattern));
        Assert.True(negative ? !found : found, $"{text}\n  expected {(negative ? "no " : "")}{w}\n  got {string.Join(", ", got)}");
    }

    // An act inside a condition is only supposed, whichever words set the condition: "provided (that)", "providing",
    // "as long as", "on condition that", "in the event that", "in case", and the inverted "Should ..." and "Were ... to".
    [Theory]
    [InlineData("Ghana said it would reopen the crossing provided Togo withdrew its soldiers.", "TGO→*:0874@conditional")]
    [InlineData("Ghana said it would reopen the crossing provided Togo withdrew its soldiers.", "!TGO→*:0874@asserted")]
    [InlineData("Ghana will reopen the crossing providing that Togo withdraws its soldiers.", "!TGO→*:0874@asserted")]
    [InlineData("Ghana will reopen the crossing as long as Togo withdraws its soldiers.", "TGO→*:0874@conditional")]
    [InlineData("Ghana will reopen the crossing on condition that Togo withdraws its soldiers.", "!TGO→*:0874@asserted")]
    [InlineData("Ghana will close the crossing in the event that Togo attacks its villages.", "!TGO→*:19*@asserted")]
    [InlineData("Should Togo attack, Ghana will close the crossing.", "TGO→GHA:190@conditional")]
    [InlineData("Should Togo attack, Ghana will close the crossing.", "!TGO→GHA:190@asserted")]
    [InlineData("Were Togo to attack Ghana, Accra would close the crossing.", "!TGO→GHA:190@asserted")]
    public void An_act_inside_a_condition_is_supposed(string sentence, string expected) => AssertCoded(sentence, expected);

    // "provided" and "providing" stay the verb of giving where no condition follows them: after the subject, after an
    // auxiliary, or before a noun phrase with no verb of its own.
    [Theory]
    [InlineData("The European Union provided 40 million euros to Chad, the commission said.", "IGOEUREEC→TCD:071@asserted")]
    [InlineData("Officials said the United States had provided Kenya with armoured vehicles.", "USA→KEN:07*@asserted")]
    [InlineData("Japan will keep providing food aid to Haiti.", "!*@conditional")]
    [InlineData("Should Britain rejoin the customs union?", "!*@conditional")]
    public void Provided_is_still_a_verb_of_giving(string sentence, string expected) => AssertCoded(sentence, expected);

    // What "any" member of a class, "anyone" or "whoever" might do is supposed; the act beside it keeps its own reading.
    [Theory]
    [InlineData("The militia threatened to shell any army post that sheltered police officers.", "!*MIL→*COP:*@asserted")]
    [InlineData("The junta warned it would detain anyone who joined protests against the government.", "!*→*GOV:14*@asserted")]
    [InlineData("Police in Lagos arrested the man who attacked the governor.", "*→*GOV:190@asserted")]
    [InlineData("Police in Lagos arrested the man who attacked the governor.", "NGACOP→*:173@asserted")]
    public void The_act_of_anyone_in_a_class_is_supposed(string sentence, string expected) => AssertCoded(sentence, expected);

    // A clause of time that waits on a main clause not yet done tells an awaited act: "until" in any tense, "once",
    // "before", "after", "when" in the present. A past act in a clause of time after a done act stays asserted.
    [Theory]
    [InlineData("Laos said it would keep the crossing shut until Vietnam removed its checkpoints.", "!VNM→*@asserted")]
    [InlineData("Uganda will not resume talks until the rebels release the hostages.", "!*REB→*:0841@asserted")]
    [InlineData("Uganda will not resume talks until the rebels release the hostages.", "*REB→*:0841@conditional")]
    [InlineData("Uganda will resume talks once the rebels release the hostages.", "!*REB→*:0841@asserted")]
    [InlineData("The rebels fought on until the army withdrew its troops from the town.", "*MIL→*:0874@asserted")]
    public void An_awaited_act_is_supposed(string sentence, string expected) => AssertCoded(sentence, expected);

    // Agreeing that an act is needed is accord between the agreeing sides (019), not the act: "agreed on the need for a
    // ceasefire" is no truce, and "the need to resume talks" no talks held. An agreed ceasefire stays one.
    [Theory]
    [InlineData("Spain and Italy agreed on the need for an immediate ceasefire in Sudan.", "ESP→ITA:019@asserted")]
    [InlineData("Spain and Italy agreed on the need for an immediate ceasefire in Sudan.", "!*:0871@*")]
    [InlineData("Spain and Italy agreed on the need for an immediate ceasefire in Sudan.", "!*:0356@*")]
    [InlineData("Ghana and Togo agreed on the need to resume talks with the separatists.", "!*:04*@asserted")]
    [InlineData("Ethiopia and Eritrea agreed on a ceasefire along their border.", "ETH→ERI:0871@asserted")]
    public void Agreeing_on_a_need_is_accord(string sentence, string expected) => AssertCoded(sentence, expected);

    // Finding, removing, defusing or outliving a device or an attack is done to what others set: the finder is no bomber.
    [Theory]
    [InlineData("Police found a roadside bomb near the governor's office in Kandahar.", "!*→*:183*@*")]
    [InlineData("Thailand removed its landmines from the disputed temple grounds.", "!THA*→*:183*@*")]
    [InlineData("The mayor of Kabul survived an assassination attempt on Sunday.", "!AFGGOV→*:185@*")]
    [InlineData("Rebels planted a roadside bomb that killed three soldiers.", "REB→*:1833@asserted")]
    public void Finding_or_removing_a_device_is_no_attack(string sentence, string expected) => AssertCoded(sentence, expected);
}
