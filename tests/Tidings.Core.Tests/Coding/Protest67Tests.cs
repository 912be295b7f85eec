namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (protest67): roots 14 and 07. A protest told in a finite "after" clause with a subject of its own is news, not
/// the background cause of the main clause (decision 126; a pluperfect clause, a clause a day or more before, and acts other
/// than protests stay background); a walkout of a legislature's chamber or sitting is members' dissent (140) aimed at the
/// legislature walked out of (decision 109 (4)); aid "to" a counted recipient ("to 5,000 displaced people") is aid to the
/// actor counted; relief "handed out" is relief distributed. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Protest67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A protest in an "after" clause is the scene the police or government react to, news of its own; a pluperfect clause,
    // a clause a day before, and an act that is no protest stay the background cause.
    [Theory]
    [InlineData("Police in Lagos arrested 40 people on Monday after protesters blocked the airport road.", "NGACVL→NGAGOV:144")]
    // a pronoun the antecedent step gives the police is no police march (a protest lent to the state is dropped)
    [InlineData("Riot police in Nairobi detained dozens of students after they marched on parliament.", "!KENCOP→*:141")]
    [InlineData("Authorities in Kenya imposed a curfew in Kisumu after youths torched a police station.", "KENCVL→KENCOP:145")]
    [InlineData("Police detained dozens of people in Lima after farmers had blocked the highway for weeks.", "!*→*:144")]
    [InlineData("Peru's prime minister resigned a day after thousands rallied in Lima.", "!*→*:141")]
    [InlineData("Ghana recalled its envoy after soldiers detained three farmers.", "!*→*:173")]
    public void Protests_in_after_clauses_are_news(string sentence, string expected) => AssertCoded(sentence, expected);

    // Members walking out of the chamber or its sitting protest in the house, aimed at the legislature; workers walking
    // out of a plant or off the job strike.
    [Theory]
    [InlineData("Opposition lawmakers in Zambia walked out of the chamber on Tuesday in protest at the new cyber law.", "ZMBOPP→ZMBLEG:140")]
    [InlineData("Opposition lawmakers in Zambia walked out of the chamber on Tuesday in protest at the new cyber law.", "!ZMBOPP→ZMBGOV:140")]
    [InlineData("Zambia's opposition walked out of the National Assembly sitting on Thursday.", "ZMBOPP→ZMBLEG:140")]
    [InlineData("Kenyan opposition MPs staged a walkout from the National Assembly during the budget reading.", "KENOPP→KENLEG:140")]
    [InlineData("Hundreds of workers walked out of the car plant in Pune over unpaid bonuses.", "INDLAB→INDBUS:143")]
    [InlineData("Hundreds of workers walked out of the car plant in Pune over unpaid bonuses.", "!*→*:140")]
    public void Walkouts_of_the_chamber(string sentence, string expected) => AssertCoded(sentence, expected);

    // Aid to a counted recipient is aid to the actor counted, not to the country of the place; a "to" that opens a purpose
    // infinitive names no recipient.
    [Theory]
    [InlineData("UNICEF distributed blankets to 5,000 displaced people in Goma.", "IGOUNOKID→CODREF:073")]
    [InlineData("The World Food Programme delivered rice and beans to thousands of displaced families in Haiti's Artibonite region.", "IGOUNOAGRWFP→HTIREF:073")]
    [InlineData("The World Food Programme delivered rice and beans to thousands of displaced families in Haiti's Artibonite region.", "!IGOUNOAGRWFP→HTI:073")]
    [InlineData("Turkey sent tents to the region to shelter 2,000 displaced families in Idlib.", "!TUR→SYRREF:073")]
    public void Aid_to_counted_recipients(string sentence, string expected) => AssertCoded(sentence, expected);

    // Relief handed out or given out is relief distributed.
    [Theory]
    [InlineData("The Red Crescent handed out food parcels to 300 families in Gaza.", "NGOHLHIRC→PSECVL:073")]
    [InlineData("The mayor handed out prizes to the best pupils.", "!*→*:073")]
    public void Relief_handed_out(string sentence, string expected) => AssertCoded(sentence, expected);
}
