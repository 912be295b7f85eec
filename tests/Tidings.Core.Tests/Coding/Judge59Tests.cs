namespace Tidings.Tests.Coding;

/// <summary>
/// Session 59 (judge59): judgements told by what an actor or its act lacks, and charges of stirring trouble told through a
/// verb of attempting or with the stirring verbs the lists lacked. "said the opposition had no respect for the rules",
/// "said the ban had no legal basis and urged Y to lift it" criticise (111); "said the government was trying to whip up
/// hysteria", "said Moscow was meddling in its elections" accuse (112). Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Judge59Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A quality owed by an actor or its act (respect, a right, a basis, legitimacy ...) stated as lacking, in a reported
    // clause: criticism of the actor, or of the act's doer found as for other unowned acts.
    [Theory]
    [InlineData("Ghana's ruling party said the opposition had no respect for the electoral commission.", "GHAGOVPTY→GHAOPP:111")]
    [InlineData("Poland's prime minister said Brussels had no right to dictate the country's energy policy.", "POLGOV→IGOEUREEC:111")]
    [InlineData("Chile's foreign minister said the tariff had no legal basis and urged Argentina to withdraw it.", "CHLGOV→ARG:111")]
    [InlineData("The Zambian opposition said the electoral commission lacked independence.", "ZMBOPP→ZMBGOV:111")]
    public void A_reported_lack_of_an_owed_quality_is_criticism(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not when negated, hypothetical or conditional, when the lacking subject is a pronoun (the speaker may mean itself), when
    // what is lacked is no owed quality, or when no one is quoted (the article's own voice, an unnamed analyst).
    [Theory]
    [InlineData("Ghana's ruling party said the opposition did not lack courage.", "!*→*:111")]
    [InlineData("Ghana's president said the opposition would have no legitimacy if it boycotted the vote.", "!*→*:111")]
    [InlineData("Iran's foreign ministry said Tehran had no interest in the Canadian elections.", "!*→*:11*")]
    [InlineData("Iran's foreign ministry said it had no right to comment on the Canadian elections.", "!*→*:11*")]
    [InlineData("Chile's foreign minister said the farmers lacked water after the drought.", "!*→*:111")]
    [InlineData("Analysts said the opposition had no respect for the commission.", "!*→*:111")]
    public void No_criticism_from_a_lack_denied_supposed_or_unowned(string sentence, string expected) => AssertCoded(sentence, expected);

    // Stirring trouble charged to another actor, also through "trying to" / "seeking to": an accusation (112).
    [Theory]
    [InlineData("Belarus's foreign ministry said the Polish government was trying to whip up panic about migrants.", "BLRGOV→POLGOV:112")]
    [InlineData("Armenia's prime minister said Moscow was meddling in the country's elections.", "ARMGOV→RUSGOV:112")]
    [InlineData("Beijing's embassy said Canberra was hyping a so-called Chinese threat.", "CHNGOV→AUSGOV:112")]
    public void Stirring_trouble_told_of_another_actor_is_an_accusation(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not when the stirring is denied, only intended or wished ("wanted to"), supposed with a modal, or when the verb lacks
    // the particle that makes it stirring ("stirred the soup").
    [Theory]
    [InlineData("Armenia's prime minister said Moscow was not meddling in the country's elections.", "!*→*:112")]
    [InlineData("Armenia's prime minister said Moscow would never stop meddling in the country's elections.", "!*→*:112")]
    [InlineData("Belarus's foreign ministry said the Polish government was not trying to whip up panic about migrants.", "!*→*:112")]
    [InlineData("Belarus's foreign ministry said the Polish government wanted to whip up panic about migrants.", "!*→*:112")]
    [InlineData("Poland's president said the Russian chef stirred the soup.", "!*→*:112")]
    public void No_charge_from_stirring_denied_wished_or_unmarked(string sentence, string expected) => AssertCoded(sentence, expected);
    // A virtue owed by an actor or its act (serious, sincere, acceptable ...) denied in a reported clause: criticism (111).
    [Theory]
    [InlineData("Jordan's foreign minister said Israel was not honest about the talks.", "JORGOV→ISR:111")]
    [InlineData("Peru's president said the offer was not acceptable and urged Bolivia to withdraw it.", "PERGOV→BOL:111")]
    public void A_reported_denied_virtue_is_criticism(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not when the denial is supposed ("would not be"), when the predicate is no virtue owed ("not ready", "not
    // responsible": a stance, a denial of a charge), or when the virtue is affirmed.
    [Theory]
    [InlineData("Jordan's foreign minister said Israel would not be honest about the talks.", "!*→*:111")]
    [InlineData("Jordan's foreign minister said Israel was not ready for the talks.", "!*→*:111")]
    [InlineData("Jordan's foreign minister said Israel was not responsible for the shelling.", "!*→*:11*")]
    [InlineData("Jordan's foreign minister said Israel was honest about the talks.", "!*→*:111")]
    public void No_criticism_from_a_virtue_supposed_affirmed_or_not_owed(string sentence, string expected) => AssertCoded(sentence, expected);
}
