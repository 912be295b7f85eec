namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (blind79): arms control, nuclear programmes, missiles and military posture (decision 077). A name the tagger
/// reads as a modal before a past spelt as its base ("Moscow put ...") is the clause's subject again; a launch of missiles
/// aimed at nothing the sentence names is a weapons test (150, no target); a state's veto of a resolution is cast in the
/// Security Council (129 aimed at IGOUNO); a force's ships sailing into another state's waters, and its aircraft and ships
/// operating around or near its coast or flown within a distance of it, show force (150). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the blind79 gold lines.
/// </summary>
public class Blind79Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // English modals are a closed class: a capital city or a plural noun tagged MD before "put", "beat" or "cut" is the
    // subject, and the verb its finite past. A match result stays no event.
    [Theory]
    [InlineData("Moscow put its troops in the west on high alert.", "RUSMIL→*:152")]
    [InlineData("Moscow put its troops in the west on high alert.", "!*→*:130")]
    [InlineData("Kinshasa cut its ties with Kigali on Saturday.", "COD*→RWA*:161")]
    [InlineData("Ghana beat Nigeria 3-1 in the semi-final on Sunday.", "!*→*:18*")]
    [InlineData("Moscow will put its troops on high alert if the drills go ahead.", "!RUS*→*:152")]
    public void Names_read_as_modals(string sentence, string expected) => AssertCoded(sentence, expected);

    // A missile launch with no target and no direction is a test (150, no target), as one into the sea is; a launch at a
    // place or state, a night's barrage, ten missiles or more, or drones fired with the missiles stay an attack.
    [Theory]
    [InlineData("North Korea launched a ballistic missile on Thursday, Seoul's military said.", "PRK→-:150")]
    [InlineData("North Korea fired two short-range missiles on a lofted trajectory, Japan's defence ministry said.", "PRK→-:150")]
    [InlineData("North Korea fired two short-range missiles on a lofted trajectory, Japan's defence ministry said.", "!PRK→*:195")]
    [InlineData("Russia launched 40 missiles overnight, Ukraine's air force said.", "!RUS→-:150")]
    [InlineData("Russia launched 300 drones and 12 missiles, the air force said.", "!RUS→-:150")]
    [InlineData("The Houthis fired a ballistic missile at Israel on Monday.", "!YEMREB→*:150")]
    [InlineData("The Houthis fired a ballistic missile at Israel on Monday.", "YEMREB→ISR:19*")]
    public void Launches_aimed_at_nothing_are_tests(string sentence, string expected) => AssertCoded(sentence, expected);

    // A state that vetoes a resolution does so in the Security Council: the veto is aimed at the UN, not at the state the
    // resolution is about; a president's veto of a domestic resolution or bill is not.
    [Theory]
    [InlineData("China vetoed a draft resolution on Myanmar on Friday.", "CHN→IGOUNO:129")]
    [InlineData("China vetoed a draft resolution on Myanmar on Friday.", "!CHN→MMR:129")]
    [InlineData("France vetoed a resolution that would have condemned the strikes.", "FRA→IGOUNO:129")]
    [InlineData("President Trump vetoed a congressional resolution that would have ended the tariffs.", "!USAGOV→IGOUNO:129")]
    [InlineData("Hungary vetoed an EU statement on China.", "HUN→IGOEUREEC:129")]
    public void Vetoed_resolutions_are_the_councils(string sentence, string expected) => AssertCoded(sentence, expected);

    // A force's ships sailing into another state's waters, and a force's aircraft or ships operating around or near its
    // island or coast or flown within a distance of it, show force to that state; boats and aid groups do not.
    [Theory]
    [InlineData("Two Chinese coast guard ships sailed into the waters off Vietnam's central coast on Monday.", "CHNMIL→VNM:150")]
    [InlineData("A fishing boat from Taiwan sailed into Japanese waters on Monday.", "!*→*:150")]
    [InlineData("Russian warships operated near the Japanese island of Hokkaido on Tuesday.", "RUSMIL→JPN:150")]
    [InlineData("Aid groups operated near the border with Sudan for months.", "!*→*:150")]
    [InlineData("Two Russian bombers flew within 40 kilometres of Japan's coast on Thursday.", "RUSMIL→JPN:150")]
    public void Forces_in_anothers_waters_and_skies(string sentence, string expected) => AssertCoded(sentence, expected);
}
