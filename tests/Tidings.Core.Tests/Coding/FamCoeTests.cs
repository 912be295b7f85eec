namespace Tidings.Tests.Coding;

/// <summary>
/// Session 71 (famcoe): breadth of CAMEO roots 13, 14 and 17 (threaten, protest, coerce), second round, in wordings wire copy
/// uses beyond the ones the lexicon had: a lawsuit threatened (131) and threatened troop withdrawals (136) through the threat
/// frame, force a speaker stands ready to use and a show of force threatened (138), punishment a speaker says an actor will
/// face (137), workers threatened with the sack (132) or with their pay withheld (131), hunger strikes and strikes in other
/// words (142, 143, "declared a general strike"), traffic paralysed (144), elections shunned (1434), curfews clamped and
/// emergency rule declared (1723, 1724), and a gathering of the people held to oppose something (141). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from gold lines or probes.
/// </summary>
public class FamCoeTests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Threats of a lawsuit and of a troop withdrawal are non-force threats of their own kind (131, 136).
    [Theory]
    [InlineData("The Dutch broadcaster threatened legal action against the Hungarian government over the expulsion of its reporter.", "NLDMED→HUNGOV:131")]
    [InlineData("Brazil's mining regulator threatened to sue the Canadian company over the dam collapse.", "BRAGOV→CANBUS:131")]
    [InlineData("Italy warned it could pull its troops out of Lebanon if the peacekeepers came under fire again.", "ITA→LBN:136")]
    // Near cases: legal action taken is a complaint (115), troops pulled out a withdrawal (0874), neither a threat.
    [InlineData("The Dutch broadcaster took legal action against the Hungarian government over the expulsion of its reporter.", "!*→*:13*")]
    [InlineData("Italy pulled its troops out of Lebanon.", "!*→*:13*")]
    public void Threats_of_lawsuits_and_withdrawals(string sentence, string expected) => AssertCoded(sentence, expected);

    // Force a speaker stands ready to use, punishment it says an actor will face.
    [Theory]
    [InlineData("Serbia's president said the army stood ready to use force against armed groups in northern Kosovo.", "SRBMIL→*:138")]
    [InlineData("Colombia's interior minister warned looters that they would face severe punishment.", "COLGOV→*:137")]
    // Near case: force said to have been used names no threat.
    [InlineData("Police used force to clear the square in Belgrade.", "!*→*:13*")]
    public void Force_and_punishment_threatened(string sentence, string expected) => AssertCoded(sentence, expected);

    // Hunger strikes and strikes in other words; traffic paralysed; an election shunned.
    [Theory]
    [InlineData("Jailed Kurdish activists in Turkey have been refusing meals since March, their lawyers said.", "TURCVL→*:142*")]
    [InlineData("Bus drivers in Nairobi stayed off work on Tuesday over unpaid wages.", "KENLAB→*:143*")]
    [InlineData("Mineworkers in South Africa laid down their tools over unpaid bonuses.", "ZAFLAB→*:143*")]
    [InlineData("Protesting farmers paralysed traffic in central Warsaw with hundreds of tractors.", "POLAGR→*:144*")]
    [InlineData("Opposition parties in Guinea shunned the vote, calling it rigged.", "GINOPP→*:1434")]
    // Near cases: weapons laid down are a surrender, not a strike; a refusal to sign is no hunger strike.
    [InlineData("Soldiers laid down their weapons after the ceasefire.", "!*→*:14*")]
    [InlineData("The jailed activists refused to sign the confession, their lawyers said.", "!*→*:142*")]
    public void Strikes_and_blockades_in_other_words(string sentence, string expected) => AssertCoded(sentence, expected);

    // Curfews clamped and emergency rule declared.
    [Theory]
    [InlineData("Authorities in Kashmir clamped a curfew on Srinagar after the killing of a separatist leader.", "INDGOV→*:1723")]
    [InlineData("Pakistan's government declared emergency rule in Karachi after days of riots.", "PAKGOV→*:1724")]
    // Near case: "clamp down" keeps its crackdown (175), no curfew.
    [InlineData("Police in Karachi clamped down on street vendors.", "!*→*:1723")]
    public void Curfews_and_emergency_rule_in_other_words(string sentence, string expected) => AssertCoded(sentence, expected);

    // A gathering of the people held to oppose something is a demonstration.
    [Theory]
    [InlineData("Thousands of Argentines gathered in Buenos Aires to denounce cuts to university funding.", "ARGCVL→ARGGOV:141*")]
    [InlineData("Thousands of Argentines gathered in Buenos Aires to denounce cuts to university funding.", "!ARGCVL→*:111")]
    // Near cases: a gathering to celebrate is no protest; officials gathered to condemn make a statement.
    [InlineData("Thousands of Argentines gathered in Buenos Aires to celebrate the World Cup victory.", "!*→*:14*")]
    [InlineData("EU foreign ministers gathered in Brussels to condemn the attack.", "!*→*:14*")]
    public void Gatherings_to_oppose_are_demonstrations(string sentence, string expected) => AssertCoded(sentence, expected);

    // Workers threatened with the sack or with their pay withheld.
    [Theory]
    [InlineData("Ghana's health ministry threatened to sack nurses who refuse to return to work.", "GHAGOV*→GHAHLH:132")]
    [InlineData("Zimbabwe's government threatened to withhold the salaries of striking teachers.", "ZWEGOV→ZWEEDU:131")]
    // Near cases: a minister sacked is no threat; aid threatened to be withheld keeps its own code (1311).
    [InlineData("Ghana's president sacked the health minister on Monday.", "!*→*:13*")]
    [InlineData("The United States threatened to withhold aid from Honduras.", "USA→HND:1311")]
    public void Threats_to_workers(string sentence, string expected) => AssertCoded(sentence, expected);

    // A show of force threatened is a threat of military force.
    [Theory]
    [InlineData("Greece warned it would send warships to the area if a Turkish survey vessel entered its waters.", "GRC→*:138")]
    // Near case: warships sent are a show of force, no threat.
    [InlineData("Greece sent warships to the area after a Turkish survey vessel entered its waters.", "!*→*:13*")]
    public void Shows_of_force_threatened(string sentence, string expected) => AssertCoded(sentence, expected);

    // A strike declared is one called.
    [Theory]
    [InlineData("Nigeria's labour congress declared a general strike over the fuel price rise.", "NGALAB→*:143*")]
    // Near case: a state of emergency declared is no strike.
    [InlineData("Nigeria's president declared a state of emergency in Rivers state.", "!*→*:14*")]
    public void Strikes_declared(string sentence, string expected) => AssertCoded(sentence, expected);
}
