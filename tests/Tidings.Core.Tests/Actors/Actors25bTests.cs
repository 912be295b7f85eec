using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors recognised wrong, round 2 (session 25, actors25b): a state's "fighters" that scramble, intercept or bear a model
/// designator are its air force's jets (MIL), not armed men (REB); a capital coordinated with a role before their verb
/// ("Kinshasa and the rebels signed") is the government and gives the role its country; "United States" used as its own
/// adjective shares the role of a coordinated adjective ("United States and Vietnamese officials"). Sentences written
/// for these tests.
/// </summary>
public class Actors25bTests
{
    private static readonly DateOnly Date = new(2025, 9, 12);

    [Theory]
    // fighters of a state that do what jets do, or named by their model
    [InlineData("Polish fighters scrambled after drones crossed into its airspace.", "Polish fighters", "POLMIL")]
    [InlineData("Dutch F-35 fighters intercepted two bombers over the Baltic Sea.", "Dutch F-35 fighters", "NLDMIL")]
    [InlineData("Romania's fighters were scrambled on Saturday night.", "Romania's fighters", "ROUMIL")]
    [InlineData("Norwegian fighters escorted the aircraft out of the area, the air force said.", "Norwegian fighters", "NORMIL")]
    [InlineData("Italian fighters flew sorties from the base near the border.", "Italian fighters", "ITAMIL")]
    // armed men stay an armed group
    [InlineData("Tunisian fighters joined the militants in the desert.", "Tunisian fighters", "TUNREB")]
    [InlineData("Syrian fighters attacked the checkpoint near the border.", "Syrian fighters", "SYRREB")]
    // a capital coordinated with a role before the verb
    [InlineData("Kinshasa and the rebels signed a truce in Doha.", "Kinshasa", "CODGOV")]
    [InlineData("Kinshasa and the rebels signed a truce in Doha.", "rebels", "CODREB")]
    [InlineData("Caracas and the opposition resumed talks in Barbados.", "Caracas", "VENGOV")]
    [InlineData("Caracas and the opposition resumed talks in Barbados.", "opposition", "VENOPP")]
    [InlineData("Khartoum and the paramilitaries agreed to a humanitarian pause.", "Khartoum", "SDNGOV")]
    // "United States" as its own adjective
    [InlineData("United States and Vietnamese officials began talks in Hanoi.", "United States", "USAGOV")]
    [InlineData("Chinese and United States officials held talks in Geneva.", "Chinese", "CHNGOV")]
    [InlineData("Chinese and United States officials held talks in Geneva.", "United States officials", "USAGOV")]
    public void Codes_through_the_pipeline(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a25b"), span, code);

    [Theory]
    // no jet words: fighters stay armed men, and ethnic fighters given a state by context are no air force
    [InlineData("Polish fighters joined the volunteers in the east.", "POLMIL")]
    [InlineData("Kurdish fighters attacked a Turkish air base.", "TURMIL")]
    [InlineData("Houthi fighters scrambled to the front line.", "YEMMIL")]
    // a capital after a place preposition stays a place; "the United States" names the state
    [InlineData("Fighting between the army and the rebels went on in Kinshasa and the rebels retreated.", "CODGOV")]
    [InlineData("The United States and Iranian officials met in Oman.", "USAGOV")]
    public void Does_not_code_through_the_pipeline(string text, string code)
    {
        var doc = RunPipeline(text, Date, "a25bn");
        Assert.True(!doc.Actors.Any(a => a.Code == code), $"'{code}' coded: {Dump(doc)}");
    }
}
