namespace Tidings.Tests.Coding;

/// <summary>
/// Session 57 (judge57): accusations told without a verb of accusing. A punitive act's ground stated by a participle of
/// saying accuses the punished; a comma-led participle of saying belongs to the main clause, not to a reduced relative on
/// its object; agents or spies of a foreign master named are accused of espionage. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests.
/// </summary>
public class Judge57Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "X punished Y, saying Y did Z": the ground of a break of relations, a coercive act or a formal protest accuses its
    // target; the sub-code is read off the deed (work for a spy service is espionage, 1125).
    [Theory]
    [InlineData("Estonia expelled two Russian diplomats on Friday, saying they had worked for Russian military intelligence.", "EST→RUSGOV:1125")]
    [InlineData("Lithuania expelled a Belarusian diplomat, saying he had tried to recruit officials.", "LTU→BLRGOV:112")]
    [InlineData("Police in Tallinn arrested two men, saying they had spied for Russia.", "*→ESTCVL:1125")]
    [InlineData("Bulgaria's foreign ministry summoned the Russian ambassador, saying Moscow had run dozens of fake news sites.", "BGRGOV→RUSGOV:112")]
    [InlineData("Bulgaria's foreign ministry summoned the Russian ambassador, saying Moscow had run dozens of fake news sites.", "BGRGOV→RUSGOV:114")]
    public void A_punitive_acts_stated_ground_accuses_the_punished(string sentence, string expected) => AssertCoded(sentence, expected);

    // A ground told as an obligation, a refusal or a wish is no deed, and a reason given for an act that punishes no one is
    // no accusation.
    [Theory]
    [InlineData("Estonia expelled a Russian diplomat, saying it would not tolerate interference.", "!EST→RUSGOV:112")]
    [InlineData("Estonia expelled a Russian diplomat, saying diplomats must respect the law.", "!EST→RUSGOV:112")]
    [InlineData("Kenya rejected the budget plan, saying it failed the poor.", "!KEN→*:112")]
    [InlineData("Ghana's president visited Togo on Monday, saying the two countries had agreed to build a road.", "!GHA*→*:112")]
    public void A_reason_that_tells_no_deed_of_the_punished_accuses_no_one(string sentence, string expected) => AssertCoded(sentence, expected);

    // A comma-led participle of saying after an object restricted by a reduced relative is said by the main clause's doer.
    [Theory]
    [InlineData("Authorities in Mali expelled two French reporters working for a radio station, accusing them of spreading false news.", "MLIGOV→FRAMED:112")]
    [InlineData("Authorities in Mali expelled two French reporters working for a radio station, accusing them of spreading false news.", "MLIGOV→FRAMED:174")]
    public void A_speech_participle_after_a_restricted_object_is_the_main_doers(string sentence, string expected) => AssertCoded(sentence, expected);

    // To name people agents or spies of a foreign master is to accuse them of espionage.
    [Theory]
    [InlineData("Belarus's president addressed parliament on Tuesday, calling the exiled journalists agents of a foreign power.", "BLRGOV→BLRMED:1125")]
    [InlineData("The Georgian prime minister said the protesters were agents of a foreign power.", "GEOGOV→GEOCVL:1125")]
    [InlineData("The Georgian prime minister said the protesters were agents of a foreign power.", "!GEOGOV→GEOCVL:111")]
    [InlineData("Agents of India's Enforcement Directorate searched the homes of two opposition lawmakers.", "!*→*:1125")]
    [InlineData("Georgia's parliament passed a law forcing NGOs to register as agents of foreign influence.", "!*→*:1125")]
    public void Agents_of_a_foreign_power_named_are_accused_of_espionage(string sentence, string expected) => AssertCoded(sentence, expected);

    // Acceptance or joining announced as not going to happen is a rejection, numbered by what is refused; a past or
    // conditional non-acceptance, joining announced, and a thing whose acceptance or joining is no political act, are not.
    [Theory]
    [InlineData("Pakistan's finance minister said the government would never accept fresh IMF conditions.", "PAKGOV→IGOBUSIMF:1232")]
    [InlineData("Hungary said it would never accept the decision of the European Union.", "HUN→IGOEUREEC:120")]
    [InlineData("Kenya's opposition said it would not accept the official result.", "KENOPP→-:120")]
    [InlineData("The opposition did not accept the result.", "!*→*:120")]
    [InlineData("Kenya said it would accept the result if the count was fair.", "!*→*:120")]
    [InlineData("The union said it would not accept cash from the company.", "!*→*:12*")]
    [InlineData("Australia's prime minister said Canberra would not join the American missile shield.", "AUSGOV→USA:1212")]
    [InlineData("Bolivia's government says it won't take part in any talks with the opposition until the strike ends.", "BOLGOV→BOLOPP:125")]
    [InlineData("Ghana will take part in the talks with Togo.", "!*→*:12*")]
    [InlineData("Kenya said it would not join the protest.", "!*→*:12*")]
    public void Acceptance_or_joining_announced_as_not_going_to_happen_is_a_rejection(string sentence, string expected) => AssertCoded(sentence, expected);
}
