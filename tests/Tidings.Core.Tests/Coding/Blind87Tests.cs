namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (blind87): the actors real wire copy names, as the blind87 split found them misread. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be; "*" is a wildcard. Sentences
/// written for these tests.
/// </summary>
public class Blind87Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A sector minister named by "of" or "for", or in the Commonwealth, US and Kenyan styles ("Health Secretary", "Cabinet
    // Secretary for Agriculture"), keeps the sector as "the health minister" does (decision 058); a minister of a portfolio
    // with no sector code (finance) stays a plain government actor.
    [Theory]
    [InlineData("Zambia's Minister of Health thanked China on Monday for a shipment of cholera vaccines.", "ZMBGOVHLH→*:051")]
    [InlineData("Britain's Health Secretary criticised the nurses' union on Tuesday for rejecting a pay offer.", "GBRGOVHLH→*:111")]
    [InlineData("Kenya's Cabinet Secretary for Agriculture accused maize traders of hoarding grain.", "KENGOVAGR→*:112*")]
    [InlineData("Zambia's Minister of Finance thanked China on Monday for a shipment of cholera vaccines.", "ZMBGOV→*:051")]
    [InlineData("Zambia's Minister of Finance thanked China on Monday for a shipment of cholera vaccines.", "!ZMBGOVHLH→*:*")]
    public void A_sector_minister_named_by_of_or_for_keeps_the_sector(string sentence, string expected) => AssertCoded(sentence, expected);

    // A church or faith before a religious office says which church the holder serves; the office is still read (CHR). A
    // faith before a lay crowd leaves the crowd as it was (civilians).
    [Theory]
    [InlineData("The Anglican archbishop of Kampala criticised the police on Sunday.", "UGACHR→UGACOP:111")]
    [InlineData("Romania's Orthodox patriarch praised the government on Friday for funding new churches.", "ROUCHR→ROUGOV:051")]
    [InlineData("Sunni protesters blocked the main road in Anbar on Monday.", "IRQCVL→*:144*")]
    [InlineData("Sunni protesters blocked the main road in Anbar on Monday.", "!IRQREL→*:*")]
    public void A_denomination_before_a_religious_office_keeps_the_office(string sentence, string expected) => AssertCoded(sentence, expected);

    // Members of a named body whose country's possessive comes before its name are that body, as "fighters of the Arakan
    // Army" are; the staff of a body named by where they work ("prosecutors at") are the body, a crowd at it is not.
    [Theory]
    [InlineData("Fighters of Russia's Africa Corps burned two villages near Gao on Tuesday.", "RUSMIL→*:1712")]
    [InlineData("Fighters of Russia's Africa Corps burned two villages near Gao on Tuesday.", "!RUSREB→*:*")]
    [InlineData("Prosecutors at the International Criminal Court charged a Libyan militia commander with war crimes.", "IGOJUDICC→*:*")]
    [InlineData("Prosecutors at the International Criminal Court charged a Libyan militia commander with war crimes.", "!LBYJUD→*:*")]
    [InlineData("Hundreds of farmers at the European Parliament protested against cheap imports on Monday.", "!IGOEUREEC→*:*")]
    [InlineData("Soldiers of Mali's army detained ten herders near Gao on Tuesday.", "MLIMIL→MLIAGR:173")]
    public void Members_of_a_named_body_are_that_body(string sentence, string expected) => AssertCoded(sentence, expected);
}
