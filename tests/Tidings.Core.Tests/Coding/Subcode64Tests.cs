namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (subcode64): sub-codes of protests (decision 098). A protest against or for a named policy measure (a law,
/// bill, reform, plan, budget, prices, a decision) is for a change of policy (14x2), also when the measure is named inside
/// an actor's mention ("against EU plans"); a demand that the addressee act (protect, negotiate, settle, ease) folds into
/// the protest as 14x2; a wage claim (unpaid or higher wages, salaries, allowances) keeps the protest's bare code, but a
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

    // A demand of a specific act of the addressee folded into the protest: 14x2; a release of persons keeps the plain code.
    [Theory]
    [InlineData("Hundreds of residents of Kinshasa marched on Friday to demand that the government protect them from the militias.", "CODCVL→CODGOV:1412")]
    [InlineData("Hundreds of grape farmers rallied in Bordeaux on Saturday to demand that Paris negotiate an end to the trade dispute.", "FRAAGR→*:1412")]
    public void Demands_of_an_act_fold_in_as_policy(string sentence, string expected) => AssertCoded(sentence, expected);

    // Wage claims keep the bare code; a minimum wage is a policy.
    [Theory]
    [InlineData("Doctors in Malawi's public hospitals went on strike on Monday over unpaid salaries.", "MWIHLH→MWIGOV:143")]
    [InlineData("Doctors in Malawi's public hospitals went on strike on Monday over unpaid salaries.", "!*→*:1432")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a 15 percent pay rise.", "PEREDU→*:141")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a 15 percent pay rise.", "!*→*:1412")]
    [InlineData("Thousands of teachers marched on the education ministry in Lima on Wednesday to demand a new minimum wage.", "PEREDU→*:1412")]
    public void Wage_claims_keep_the_bare_code(string sentence, string expected) => AssertCoded(sentence, expected);

    // Accusations of ramming a vessel or massing forces are accusations of aggression (1123); ramming a bill through
    // parliament is no force.
    [Theory]
    [InlineData("The Indonesian navy accused a Malaysian patrol boat of deliberately ramming a fishing vessel near Ambalat.", "IDNMIL→*:1123")]
    [InlineData("Armenia's defence ministry accused Azerbaijan of massing troops along the border on Monday.", "ARM*→AZE*:1123")]
    [InlineData("The opposition accused the government of ramming the budget bill through parliament.", "!*→*:1123")]
    public void Accusations_of_ramming_and_massing_forces(string sentence, string expected) => AssertCoded(sentence, expected);
}
