namespace Tidings.Tests.Coding;

/// <summary>
/// Naming judgements of claims in long newspaper sentences (session 26, long43): a claim, charge or allegation called
/// baseless or groundless is denied (016), as dismissing it is, aimed at its maker when the article named one; a report or
/// its findings called biased or one-sided criticise their authors (111), also when the authors were named in an earlier
/// sentence.
/// </summary>
public class Long43Tests
{
    [Theory]
    // falsity predicates on a claim noun deny it, not criticise an act
    [InlineData("Prosecutors in Paris charged two Algerian diplomats with spying. Algeria's foreign ministry called the charges \"groundless\".", "DZAGOV→*:016|!DZAGOV→*:111")]
    [InlineData("Prosecutors in Berlin charged three Russian officers with espionage. Moscow described the charges as unfounded.", "RUS*→DEUJUD:016")]
    [InlineData("The minister called the allegations baseless.", "*GOV→-:016|!*:111")]
    [InlineData("The ministry called the accusations baseless and fabricated.", "*GOV→-:016|!*:111")]
    [InlineData("Turkey's foreign ministry called the report untrue.", "TURGOV→-:016|!*:111")]
    // a claim with its maker named: the denial is aimed at the maker, once, with no criticism besides
    [InlineData("Kenya called Uganda's claims baseless.", "KEN→UGA:016|!*:111")]
    [InlineData("Pakistan called India's accusations untrue.", "PAK→IND:016|!*:111")]
    [InlineData("India's foreign ministry called Canada's allegations groundless and said it would respond.", "INDGOV→CAN:016|!*:111")]
    // dismissing stays a denial
    [InlineData("Prosecutors in Berlin charged three Russian officers with espionage. Moscow dismissed the charges as baseless.", "RUS*→DEUJUD:016")]
    public void A_claim_called_baseless_is_denied(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a report called biased faults its authors, the ones the article named before
    [InlineData("A UN panel accused the army of bombing markets. The army's spokesman called the report biased.", "MIL→IGOUNO:111|!*:016")]
    [InlineData("Human Rights Watch accused Egyptian police of torturing detainees. Egypt's interior ministry called the report one-sided.", "EGYGOV→NGOHRI:111|!*:016")]
    [InlineData("Human Rights Watch accused Egyptian police of torturing detainees. Egypt's interior ministry called the findings biased.", "EGYGOV→NGOHRI:111")]
    public void A_report_called_biased_criticises_its_authors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // other naming judgements keep their codes: an act judged unjust or illegal is criticised, a plan called unrealistic
    // is a pessimistic comment
    [InlineData("Egypt called Ethiopia's decision illegal.", "EGY→ETH:111|!*:016")]
    [InlineData("China's embassy called the sanctions \"unjust\".", "CHNGOV→*:111|!*:016")]
    [InlineData("The minister called the plan unrealistic.", "*GOV→-:012|!*:016")]
    [InlineData("The opposition called the ruling unconstitutional.", "*OPP→*:111|!*:016")]
    public void Other_naming_judgements_keep_their_codes(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
