namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (subcode64): sub-codes of protests (decision 098). A protest against or for a named policy measure (a law,
/// bill, reform, plan, budget, prices, a decision) is for a change of policy (14x2), also when the measure is named inside
/// an actor's mention ("against the EU's plans") or on the protest noun a verb takes as object ("staged a strike against");
/// a wage claim (unpaid or higher wages, salaries, allowances) keeps the protest's bare code, but a
/// minimum wage is a policy. Events are written "SOURCE→TARGET:CODE"; "!" marks one that must not be coded. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Subcode64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Policy measures named as what the protest is against: 14x2; an actor alone names no change.
    [Theory]
    [InlineData("Thousands of people rallied in Tbilisi on Friday against the government's decision to halt accession talks.", "GEOCVL→*:1412")]
    [InlineData("Dairy farmers marched through Brussels on Monday to protest against the EU's plans to cut farm subsidies.", "*AGR→*:1412")]
    [InlineData("Thousands protested against the government in Nairobi on Tuesday.", "KENCVL→KENGOV:141")]
    [InlineData("Thousands protested against the government in Nairobi on Tuesday.", "!KENCVL→KENGOV:1412")]
    [InlineData("Protesters rallied against parliament in Tbilisi on Monday.", "!*→*:1414")]
    public void Protests_against_a_policy(string sentence, string expected) => AssertCoded(sentence, expected);

    // A protest named by the noun a verb takes as object, and a reason the parser hung on a "for" phrase of time.
    [Theory]
    [InlineData("Belgian unions staged a national strike on Tuesday against the government's pension reforms.", "BELLAB→*:1432")]
    [InlineData("Thousands of people rallied in Tbilisi for a fifth night against the government's decision to halt accession talks.", "GEOCVL→*:1412")]
    [InlineData("Belgian unions staged a national strike on Tuesday.", "!*→*:1432")]
    public void Reasons_on_the_protest_noun(string sentence, string expected) => AssertCoded(sentence, expected);

    // Wage claims keep the bare code; a minimum wage is a policy.
    [Theory]
    [InlineData("Doctors in Malawi's public hospitals went on strike on Monday over unpaid salaries.", "MWIHLH→MWIGOV:143")]
    [InlineData("Doctors in Malawi's public hospitals went on strike on Monday over unpaid salaries.", "!*→*:1432")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a 15 percent pay rise.", "PEREDU→*:141")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a 15 percent pay rise.", "!*→*:1412")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a new minimum wage.", "PEREDU→*:1412")]
    public void Wage_claims_keep_the_bare_code(string sentence, string expected) => AssertCoded(sentence, expected);

    // Accusations of ramming a vessel are accusations of aggression (1123); ramming a bill through parliament is no force.
    [Theory]
    [InlineData("The Indonesian navy accused a Malaysian patrol boat of deliberately ramming a fishing vessel near Ambalat.", "IDNMIL→*:1123")]
    [InlineData("The opposition accused the government of ramming the budget bill through parliament.", "!*→*:1123")]
    public void Accusations_of_ramming_vessels(string sentence, string expected) => AssertCoded(sentence, expected);
}
