namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (statement65): pessimistic comments (012) said by stance phrases no row read. Saying one has no (or little)
/// confidence in another's conduct is a pessimistic comment, as losing confidence in it is; it is aimed at the actor after
/// "in", or at the subject of its "that" clause (whose conduct is doubted), and a motion or vote of no confidence is no such
/// comment. "voiced alarm over" is "expressed alarm over". Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Statement65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // No confidence in another's conduct: 012 at the doubted actor; a parliamentary motion of no confidence is not matched.
    [Theory]
    [InlineData("Malawi's main opposition party said it had no confidence that the electoral commission would hold a fair vote in May.", "MWIOPP→MWIGOV:012")]
    [InlineData("Malawi's main opposition party said it had no confidence in the electoral commission.", "MWIOPP→MWIGOV:012")]
    [InlineData("Lithuania's defence minister said he had little confidence that Moscow would honour the deal.", "LTUGOV→RUSGOV:012")]
    [InlineData("Malawi's parliament passed a motion of no confidence in the prime minister on Tuesday.", "!*→*:012")]
    [InlineData("Malawi's parliament passed a motion of no confidence in the prime minister on Tuesday.", "MWILEG→MWIGOV:172")]
    public void No_confidence_in_anothers_conduct(string sentence, string expected) => AssertCoded(sentence, expected);

    // Alarm voiced is a pessimistic comment; the fighting it is about is no event of the speaker's (no 190 at the place).
    [Theory]
    // Session 66 (statement66): aimed at the country whose fighting it is since decision 114 (3) (was "NORGOV→-:012").
    [InlineData("Norway's foreign ministry voiced alarm over the fighting in eastern Congo.", "NORGOV→COD:012")]
    [InlineData("Norway's foreign ministry voiced alarm over the fighting in eastern Congo.", "!NORGOV→*:190")]
    public void Alarm_voiced(string sentence, string expected) => AssertCoded(sentence, expected);

    // A feared or doubted clause gives its subject as the target only when it is an actor; hope (013) keeps its old reading.
    [Theory]
    [InlineData("Norway's foreign minister expressed fear that Russia would cut gas supplies to Europe this winter.", "NORGOV→RUS:012")]
    [InlineData("Norway's foreign minister expressed fear that prices would keep rising.", "NORGOV→-:012")]
    [InlineData("Norway's foreign minister expressed hope that Ethiopia and Eritrea would settle their dispute.", "NORGOV→-:013")]
    public void The_doubted_clauses_subject(string sentence, string expected) => AssertCoded(sentence, expected);

    // A warning that a hearer's act would draw, provoke or trigger a penalty is the warner's threat (a forceful response 138);
    // a prospect with no hearer's act ("the boom would bring little") stays a comment.
    [Theory]
    [InlineData("Belarus's foreign ministry warned Lithuania that any deployment of foreign troops on its soil would draw a military response.", "BLRGOV→LTU:138")]
    [InlineData("Belarus's foreign ministry warned Lithuania that any deployment of foreign troops on its soil would draw a military response.", "!*→*:012")]
    [InlineData("A Zambian newspaper warned that the mining boom would bring little to ordinary workers.", "!*→*:13*")]
    public void Warned_penalties_a_hearers_act_draws(string sentence, string expected) => AssertCoded(sentence, expected);
}
