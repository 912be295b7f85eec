using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Headline and second-hand-report causes found on the blind41 articles (session 24, foreign-desk coverage): a headline's
/// bare passive participle in a clause next to a finite verb ("government says coup attempt foiled, 20 soldiers
/// arrested"), a headline's -s verb read as a plural noun when an "as" clause follows it ("Chad appeals for aid as
/// thousands flee"), and a comma-led participle of saying hung on the speaker's audience ("the ambassador told the
/// council, accusing Russia of ...").
/// </summary>
public class Blind41Tests
{
    [Theory]
    // a bare participle after a noun is the headline's passive in every clause, not only in a verbless headline: the
    // noun suffered the act and is no source
    [InlineData("Niger: junta says coup plot foiled, 12 soldiers arrested", "!NERMIL→*:173")]
    [InlineData("Bolivia: government says protest broken up, 30 students detained", "!BOLEDU→*:173")]
    [InlineData("Minister says attack repelled, five rebels captured", "!*REB→*:17*")]
    [InlineData("Army says convoy ambushed, two soldiers killed in Mali", "!MLIMIL→*:*")]
    public void A_headline_participle_next_to_a_finite_verb_is_passive(string headline, string expected) =>
        PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // the active headline in the present still codes its subject as the doer
    [InlineData("Police arrest 30 students after protest in La Paz", "BOLCOP→BOLEDU:173")]
    [InlineData("Niger junta arrests former ministers", "NERMIL→*:173")]
    public void A_headline_in_the_present_keeps_its_doer(string headline, string expected) =>
        PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // an "as" clause with a verb hangs on a main clause, whose verb is the -s word after the opening name, even before a
    // preposition
    [InlineData("Kenya appeals for calm as protesters march on parliament", 1, "VBZ")]
    [InlineData("Chad appeals for food aid as refugees pour across the border", 1, "VBZ")]
    [InlineData("Russia warns of response as EU adopts new sanctions", 1, "VBZ")]
    // without such a clause a plural after a name before a preposition heads a verbless headline, as before
    [InlineData("Gaza talks in Cairo", 1, "NNS")]
    [InlineData("Ukraine peace talks in Geneva as winter nears", 2, "NNS")]
    public void An_as_clause_leaves_the_headline_its_verb(string headline, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(headline, index));

    [Theory]
    // with the verb read right the appeal is coded
    [InlineData("Chad appeals for food aid as refugees pour across the border", "TCD→*:023*")]
    [InlineData("Kenya appeals for calm as protesters march on parliament", "KEN→*:025*")]
    [InlineData("Pakistan appeals for flood aid as rivers rise", "PAK→-:023")]
    // headline verbs the lexicon lacked ("freezes")
    [InlineData("EU freezes assets of Belarusian officials", "IGOEUREEC→BLR*:163")]
    public void A_headline_appeal_before_an_as_clause_is_coded(string headline, string expected) =>
        PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // a comma-led participle of saying after the audience of "told" is the speaker's, not the audience's
    [InlineData("\"We will not look away,\" the French ambassador told the council, accusing Iran of arming the rebels.", "FRAGOV→IRN:112*|!IGOUNO→*:*")]
    [InlineData("\"This is a crime,\" Colombia's president told supporters, accusing Venezuela of sheltering the guerrillas.", "COLGOV→VEN:112*")]
    [InlineData("The Ukrainian envoy told the assembly, blaming Russia for the strike on the dam.", "UKRGOV→RUS:11*")]
    [InlineData("Turkey's foreign minister told reporters in Ankara, urging Greece to return to talks.", "TURGOV→GRC*:02*")]
    [InlineData("The Peruvian minister told reporters, accusing Bolivia of smuggling arms.", "PERGOV→BOL:112*|!*CVL→BOL:*")]
    [InlineData("The Kenyan minister told parliament, accusing Somalia of harbouring the militants.", "KENGOV→SOM:112*|!KENLEG→SOM:112*")]
    public void A_speech_participle_after_the_audience_is_the_speakers(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "X said its foreign minister had spoken ...": a state's minister or envoy after "its" that is a finite verb's subject
    // is that state's
    [InlineData("The United Arab Emirates said its foreign minister had spoken with his Indian counterpart.", "AREGOV→INDGOV:04*")]
    [InlineData("Norway said its foreign minister had met the Colombian president in Bogota.", "NORGOV→COLGOV:04*")]
    // as an object it stays out and the recall is the state's
    [InlineData("Peru recalled its ambassador from Caracas.", "PER→VEN:161")]
    public void A_states_office_after_its_is_the_states_as_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
