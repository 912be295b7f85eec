namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (coerce63): root 17, missed seizures. Goods a state force seizes, confiscates or impounds (ships, drugs,
/// weapons, cash, papers: the object class @haul) are a confiscation (1711) even when no owner is named, then with no
/// target; an enterprise or site seized or taken under control (@holding: a mine, a company, a factory) is confiscated
/// property (1711) taken from its owner, not territory occupied (192) (with no owner read it is not coded), and a company taking control of another is no event. A seizure
/// coordinated with an act on an actor keeps that actor as the owner. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Coerce63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Goods seized with no owner named: 1711 with no target; a named owner stays the target; power seized is no confiscation.
    [Theory]
    [InlineData("Colombian police seized two tonnes of cocaine in a raid on a warehouse in Cartagena.", "COLCOP→-:1711")]
    [InlineData("The Peruvian navy seized a fishing vessel carrying smuggled fuel off Callao.", "PERMIL→-:1711")]
    [InlineData("Argentina's coast guard seized two Spanish trawlers on Friday.", "ARGMIL→ESP:1711")]
    [InlineData("Militia fighters stormed the UN office in Juba on Monday and seized computers and vehicles.", "SSDREB→IGOUNO:1711")]
    [InlineData("The army seized power in a coup in 2021.", "!*→*:1711")]
    public void Goods_seized_with_no_owner_named(string sentence, string expected) => AssertCoded(sentence, expected);

    // An enterprise taken by control is confiscated (1711), not occupied (192); towns stay 192; a company buying one is none.
    [Theory]
    [InlineData("Ghana's junta seized control of the Australian company's gold mine.", "GHAMIL→AUSBUS:1711")]
    [InlineData("Ghana's junta seized control of the Australian company's gold mine.", "!*→*:192")]
    [InlineData("Egypt's government took control of the cement factory of a Saudi firm on Sunday.", "EGYGOV→SAUBUS:1711")]
    // an enterprise with no owner read is left uncoded rather than aimed at no one
    [InlineData("Ghana's junta seized control of a gold mine near Obuasi.", "!*→*:1711")]
    [InlineData("Syrian rebels took control of the town of Hama.", "SYRREB→SYR:192")]
    [InlineData("A Turkish holding company took control of the firm last year.", "!*→*:1711")]
    public void Enterprises_taken_by_control_are_confiscated(string sentence, string expected) => AssertCoded(sentence, expected);
}
