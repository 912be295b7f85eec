namespace Tidings.Tests.Coding;

/// <summary>
/// Session 54 (blind72): courts, prosecutions and law enforcement as political news. Releases of people, assets frozen by
/// a state's own courts and police, the person a "his release" or "their deportation" is done to, verdicts judged by
/// others, convictions undone on appeal, revoked visas, refugee status and bounties, and the
/// prosecution's and the press's role nouns. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the blind72 gold lines.
/// </summary>
public class Blind72Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A release of people is CAMEO's release of persons (0841); a release of a ship keeps the property code.
    [Theory]
    [InlineData("Zambian police freed 40 people detained at an opposition rally.", "ZMBCOP→ZMBCVL:0841")]
    [InlineData("Zambian police freed 40 people detained at an opposition rally.", "!ZMBCOP→ZMBCVL:084")]
    [InlineData("A court in Lusaka ordered the release of a detained opposition spokesman.", "ZMBJUD→ZMBOPP:0841")]
    [InlineData("Iran released the seized tanker on Sunday.", "!IRN→*:0841")]
    public void A_release_of_people_is_a_release_of_persons(string sentence, string expected) => AssertCoded(sentence, expected);

    // Assets frozen by a court, prosecutor or police, or by an organ of the target's own country, are confiscated (1711);
    // a state freezing another state's assets imposes sanctions (163).
    [Theory]
    [InlineData("A court in Almaty froze the assets of a former energy minister.", "KAZJUD→KAZELI:1711")]
    [InlineData("A court in Almaty froze the assets of a former energy minister.", "!KAZJUD→KAZELI:163")]
    [InlineData("The European Union froze the assets of three Iranian banks.", "IGOEUREEC→IRNBUS:163")]
    [InlineData("The European Union froze the assets of three Iranian banks.", "!IGOEUREEC→IRNBUS:1711")]
    public void Assets_frozen_at_home_are_confiscated_and_abroad_sanctioned(string sentence, string expected) => AssertCoded(sentence, expected);

    // "ordered their release", "ordered his deportation": a possessive pronoun of an act done to a person names whom it is
    // done to, the nearest people named before it; with no one named before it, nothing is invented.
    [Theory]
    [InlineData("A judge in Dakar cleared four student leaders of all charges and ordered their release.", "SENJUD→SENEDU:0841")]
    [InlineData("Bahrain revoked the residency of a Lebanese cleric and ordered his deportation.", "BHR→LBNREL:174")]
    [InlineData("The magistrate ordered his release on Friday.", "!*→*:084*")]
    public void A_possessive_pronoun_of_a_release_or_deportation_is_whom_it_is_done_to(string sentence, string expected) => AssertCoded(sentence, expected);

    // Praise, defence, criticism or rejection of a verdict is aimed at the court that gave it, when the sentence names one,
    // and otherwise at no one: never at the defendant.
    [Theory]
    [InlineData("Human Rights Watch condemned the ten-year sentence given to a Turkish journalist by an Ankara court.", "NGOHRI→TURJUD:111")]
    [InlineData("Human Rights Watch condemned the ten-year sentence given to a Turkish journalist by an Ankara court.", "!NGOHRI→TURMED:111")]
    [InlineData("Germany's foreign ministry criticised the verdict against a German aid worker.", "!DEUGOV→DEUNGO:111")]
    [InlineData("Germany's foreign ministry criticised the verdict against a German aid worker.", "DEUGOV→-:111")]
    [InlineData("A Baku court jailed two reporters for nine years, and France condemned the verdict.", "FRA→AZEJUD:111")]
    public void A_judged_verdict_is_aimed_at_its_court_not_the_defendant(string sentence, string expected) => AssertCoded(sentence, expected);

    // A conviction or sentence overturned, quashed or set aside is undone, not handed down again.
    [Theory]
    [InlineData("Kenya's Court of Appeal quashed the conviction of an opposition senator on Tuesday.", "!KENJUD→*:116")]
    [InlineData("The Supreme Court in Manila set aside the sentence of a radio commentator.", "!PHLJUD→*:116")]
    [InlineData("Kenya's Court of Appeal upheld the conviction of an opposition senator on Tuesday.", "KENJUD→KENOPP:116")]
    public void A_conviction_undone_on_appeal_is_no_finding(string sentence, string expected) => AssertCoded(sentence, expected);

    // Lexicon rows: revoked visas are sanctions on another state's people (163, decision 134; 172 before session 68); refugee
    // status is asylum (075); a bounty on wanted people is a call for their arrest (173).
    [Theory]
    [InlineData("Washington cancelled the visa of a Nigerian senator.", "!USAGOV→NGALEG:1721")]
    [InlineData("Washington cancelled the visa of a Nigerian senator.", "USAGOV→NGALEG:163")]
    [InlineData("Canada granted refugee status to a Pakistani blogger.", "CAN→PAKMED:075")]
    [InlineData("Police in Hong Kong offered bounties for four activists living in Britain.", "HKGCOP→HKGCVL:173")]
    public void Visas_refugee_status_and_bounties(string sentence, string expected) => AssertCoded(sentence, expected);

    // The heads and services of public prosecution are the judiciary; columnists and cartoonists are the media.
    [Theory]
    [InlineData("Protesters demanded the resignation of Slovakia's prosecutor general.", "SVKCVL→SVKJUD:1041")]
    [InlineData("Israeli troops raided the Hebron prosecution service overnight.", "ISRMIL→PSEJUD:190")]
    [InlineData("Israeli troops raided the Hebron prosecution service overnight.", "!ISRMIL→PSE:190")]
    [InlineData("A court in Istanbul jailed a cartoonist for insulting the president.", "TURJUD→TURMED:*")]
    public void Prosecution_services_are_JUD_and_columnists_MED(string sentence, string expected) => AssertCoded(sentence, expected);
}
