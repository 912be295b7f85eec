namespace Tidings.Tests.Coding;

/// <summary>
/// Operations in the information space over the default pipeline: disinformation and influence operations (the Tidings
/// extension code 177, PLOVER COERCE, decision 017) and cyber attacks by hackers (171). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too) and each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class InformationOperationsCodingTests
{
    [Theory]
    // spreading disinformation, fake news or propaganda, with or without the one it is aimed at
    [InlineData("Russia spread disinformation about the election in Moldova, officials said.", "RUS→*:177")]
    [InlineData("Chinese state media have been spreading fake news about the protests, the minister said.", "CHNMED→-:177")]
    [InlineData("The Iranian government disseminated false information about the nuclear talks.", "IRNGOV→*:177")]
    [InlineData("Belarusian officials peddled propaganda against Lithuania.", "BLRGOV→LTU:177")]
    // a campaign or an operation named as a noun takes its doer from an actor before it or a light verb
    [InlineData("Iran launched an influence operation targeting Israeli voters.", "IRN→*:177")]
    [InlineData("Ukraine uncovered a Russian disinformation campaign on Facebook.", "RUS→-:177|!UKR→-:177")]
    [InlineData("Serbia's disinformation campaign against Kosovo drew criticism from Brussels.", "SRB→KSV:177")]
    // exposing or countering a campaign is no doing of it (TreeRoles.ActsOnOthersEvents), nor is fighting bare disinformation
    [InlineData("Ukraine exposed a disinformation campaign.", "!UKR→-:177")]
    [InlineData("Germany will counter the influence operation.", "!DEU→-:177|!DEU→-:130")]
    [InlineData("Germany set up a task force to counter disinformation.", "!DEU→-:177")]
    // a speaker who calls a claim disinformation or fake news codes no such act
    [InlineData("The ministry dismissed the report as disinformation.", "!*:177")]
    [InlineData("The president called the newspaper's story fake news.", "!*:177")]
    public void Codes_disinformation(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // bare hackers are not of the country they attack (role code only); a country adjective places them
    [InlineData("Hackers attacked the website of the Kenyan foreign ministry.", "CRM→KENGOV:171|!KENCRM→KENGOV:171")]
    [InlineData("Russian hackers defaced the websites of Georgian newspapers.", "RUSCRM→GEOMED:171")]
    // an attack on computer systems is a cyber attack, not military force
    [InlineData("Foreign hackers targeted the computer systems of the Estonian government.", "CRM→ESTGOV:171|!CRM→ESTGOV:190")]
    [InlineData("Hackers breached the computer network of the Jordanian energy ministry.", "CRM→JORGOV:171|!CRM→JORGOV:128")]
    [InlineData("Hackers launched a cyber attack on the Jordanian government.", "CRM→JORGOV:171")]
    [InlineData("Russia has waged cyber warfare against Ukraine for a decade.", "RUS→UKR:171")]
    [InlineData("North Korea's cyber operations against South Korea have grown.", "PRK→KOR:171")]
    // whatever hackers attack or target, they do it with computers: a cyber attack, not military force
    [InlineData("Hacking groups targeted the Jordanian government on Monday.", "CRM→JORGOV:171|!CRM→JORGOV:190")]
    [InlineData("Hackers hit the Kenyan government with a wave of attacks.", "CRM→KENGOV:171|!CRM→KENGOV:190")]
    // an attack on people or places is still one of force
    [InlineData("Rebels attacked an army base in northern Mali.", "MLIREB→MLI*:190|!MLIREB→MLI*:171")]
    public void Codes_cyber_attacks_by_hackers(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
