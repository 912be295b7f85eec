namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (denytgt66): whom a denial (016) is aimed at when no accuser is named (decisions 082 and 119). A denied attack
/// (a lexicon row of roots 18 to 20) on a place that no actor names is aimed at the place's country, as the asserted attack
/// is; the denier's own country counts too (a strike at home denied answers that country), a state is never aimed at
/// itself, and a row that names no one harmed ("violate ceasefire") leaves the denial untargeted. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class DenyTarget66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The denied attack's own place phrase gives the country harmed.
    [Theory]
    [InlineData("Kataib Hezbollah denied on Monday that its fighters had fired drones at a gas field in the Kurdistan region.", "IRQREB→IRQ:016")]
    [InlineData("The Houthis denied firing rockets at oil terminals in Saudi Arabia.", "YEMREB→SAU:016")]
    [InlineData("Syria's army denied that its aircraft had dropped bombs on farmland in Lebanon.", "SYRMIL→LBN:016")]
    [InlineData("Hezbollah denied that it had fired rockets at army posts in northern Israel.", "LBNREB→ISR:016")]
    public void A_denied_attack_on_a_place_is_aimed_at_its_country(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not fired: a row that names no one harmed (a truce violated somewhere), a denial with no place, and the place where
    // the denial itself was made.
    [Theory]
    [InlineData("Hamas denied that its fighters had violated the ceasefire in Khan Younis.", "PSEREBHMS→-:016")]
    [InlineData("The Houthis denied firing rockets at the ship.", "!YEMREB→YEM:016")]
    [InlineData("Speaking in Baghdad, Iran's foreign minister denied that Tehran had fired missiles at anyone.", "!IRNGOV→IRQ:016")]
    public void No_place_country_without_a_harmed_place(string sentence, string expected) => AssertCoded(sentence, expected);

    // A speaker saying its own side did not attack ("said its drones had not been aiming at targets in ...") denies it, and
    // the same place phrase aims the denial; people named as those harmed, and a truce violated, do not give the place.
    [Theory]
    [InlineData("Belarus's army said its helicopters had not fired at positions in Lithuania.", "BLRMIL→LTU:016")]
    [InlineData("Moscow's defence ministry said its missiles had not been aimed at any sites in Moldova.", "RUSGOV→MDA:016")]
    [InlineData("Kenya's police said its officers had not fired on protesters in Nairobi.", "!KENCOP→KEN:016")]
    [InlineData("Hamas said its fighters had not violated the ceasefire in Rafah.", "PSEREBHMS→-:016")]
    public void A_said_denial_of_an_attack_on_a_place(string sentence, string expected) => AssertCoded(sentence, expected);
}
