namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (blind80): religion, ethnicity and communal conflict (decision 083). "set fire to / on" after a singular
/// noun is the verb, not a noun compound ("A mob set fire to ..."); religious titles and bodies are REL or CHR (patriarchs,
/// dioceses and councils of churches CHR; abbots, preachers, muftis and Islamic councils REL), and a religious adjective
/// gives REL or CHR to a person noun of no sector of its own ("a Christian man", "a Muslim family") but not to one with a
/// sector ("Christian farmers" AGR, "Muslim residents" CVL); a place of worship closed, sealed or shut by an authority, and
/// a ban on religious dress, restrict worship (1721), reopening it eases the restriction (0811); a state's ban or suspension
/// of a religious body of its own country bans it as a group (1722); a crowd that burns a church destroys the believers'
/// property (1712), where a crowd that burns a police station riots (145). Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the blind80
/// gold lines.
/// </summary>
public class Blind80Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "set" after a singular noun and before "fire to/on" is the verb of arson or rioting; a "set" that is a noun (a film
    // set on fire in a headline-less news line) keeps its noun reading and codes nothing.
    [Theory]
    [InlineData("A crowd set fire to the district office in Garissa on Friday.", "KENCVL→KENGOV:145")]
    [InlineData("A mob set fire to a police station in Sukkur on Sunday.", "PAKCVL→PAKCOP:145")]
    [InlineData("The film set fire broke out on Tuesday in Mumbai.", "!*→*:1712")]
    [InlineData("The film set fire broke out on Tuesday in Mumbai.", "!*→*:145")]
    public void Set_fire_after_a_singular_noun_is_the_verb(string sentence, string expected) => AssertCoded(sentence, expected);

    // Religious titles and bodies take the religion's code; a religious adjective names the person only when the noun
    // has no sector of its own.
    [Theory]
    [InlineData("The diocese of Kumasi condemned the arrest of two priests by Ghanaian police.", "GHACHR→GHACOP:111")]
    [InlineData("Egypt's grand mufti condemned the attack on the church.", "EGYREL→*:111")]
    [InlineData("Police in Kano arrested a Christian man over a social media post.", "NGACOP→NGACHR:173")]
    [InlineData("A mob attacked a Muslim family in Uttar Pradesh on Sunday.", "INDCVL→INDREL:*")]
    [InlineData("Police in Karachi arrested Muslim residents after the clashes.", "PAKCOP→PAKCVL:173")]
    [InlineData("Police in Karachi arrested Muslim residents after the clashes.", "!PAKCOP→PAKREL:173")]
    [InlineData("Gunmen attacked Christian farmers in Benue state on Monday.", "NGAREB→NGAAGR:*")]
    public void Religious_titles_bodies_and_believers(string sentence, string expected) => AssertCoded(sentence, expected);

    // A place of worship closed, sealed or shut by an authority restricts worship (1721) and its reopening eases it (0811),
    // aimed at the community that worships there; a ban on religious dress is 1721; an embassy reopened stays 054.
    [Theory]
    [InlineData("Authorities in Tashkent closed a mosque on Friday.", "UZBGOV→*:1721")]
    [InlineData("Police sealed a church in Lahore on Sunday.", "PAKCOP→PAKCHR:1721")]
    [InlineData("Authorities in Dushanbe reopened a mosque that had been closed since 2015.", "TJKGOV→*:0811")]
    [InlineData("Tajikistan banned the hijab in state schools.", "TJK→*:1721")]
    [InlineData("Romania reopened its embassy in Damascus.", "ROU→SYR:054")]
    [InlineData("Romania reopened its embassy in Damascus.", "!*→*:0811")]
    public void Places_of_worship_and_religious_dress(string sentence, string expected) => AssertCoded(sentence, expected);

    // A religious body of the state's own country banned or suspended is banned as a group (1722), as a party is; media
    // suspended stay 1721, and a foreign country's churches banned stay the plain ban.
    [Theory]
    [InlineData("Burundi's government suspended five churches for a year.", "BDIGOV→BDICHR:1722")]
    [InlineData("Burundi's government suspended five radio stations for a year.", "BDIGOV→BDIMED:1721")]
    [InlineData("Tajikistan's government banned three churches in Khujand.", "TJKGOV→TJKCHR:1722")]
    [InlineData("Russia banned three Ukrainian churches.", "!RUS→UKRCHR:1722")]
    public void Religious_bodies_banned_at_home(string sentence, string expected) => AssertCoded(sentence, expected);

    // A crowd's burning of a church is destruction of the believers' property (1712); of a police station, a riot (145).
    [Theory]
    [InlineData("A mob set fire to a church in Sukkur on Sunday.", "PAKCVL→PAKCHR:1712")]
    [InlineData("A mob set fire to a church in Sukkur on Sunday.", "!PAKCVL→PAKCHR:145")]
    [InlineData("A mob set fire to a police station in Sukkur on Sunday.", "PAKCVL→PAKCOP:145")]
    public void A_crowd_burning_a_church_is_no_riot(string sentence, string expected) => AssertCoded(sentence, expected);
}
