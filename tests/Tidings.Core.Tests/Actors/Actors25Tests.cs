using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors named by a part of a longer name (session 25, actors25): "the North"/"the South" alone is a half of a divided
/// country (Korea, Sudan) once the document names either half, and never a compass point made an actor without one; a
/// capitalised named fleet after its state ("Russia's Baltic Fleet", "the US Seventh Fleet") is that state's navy (MIL),
/// while a lower-case "shadow fleet" stays the country's ships. Sentences are written for these tests.
/// </summary>
public class Actors25Tests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    [InlineData("South Korea's defence minister warned the North against further provocations.", "the North", "PRK")]
    [InlineData("Seoul accused the North of flying drones over the border.", "the North", "PRK")]
    [InlineData("North Korea said the South had sent propaganda leaflets across the border.", "the South", "KOR")]
    [InlineData("Pyongyang blamed the South for the collapse of the talks.", "the South", "KOR")]
    [InlineData("The South Korean navy fired warning shots after a boat from the North crossed the maritime line.", "the North", "PRK")]
    [InlineData("Kim Jong Un's sister said the South would pay for the drills, in a statement carried by North Korean media.", "the South", "KOR")]
    [InlineData("Japan and South Korea agreed to share intelligence on missiles launched by the North.", "the North", "PRK")]
    [InlineData("Sudan's army chief accused the South of arming rebels in the border region.", "the South", "SSD")]
    [InlineData("South Sudan's president said he had no quarrel with the North over oil fees.", "the North", "SDN")]
    [InlineData("South Korea's unification minister said the North's refusal to talk was regrettable.", "the North", "PRK")]
    public void Reads_a_half_of_a_divided_country(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "half25"), span, code);

    [Theory]
    [InlineData("Heavy storms hit the South on Monday, flooding hundreds of homes.", "the South")]
    [InlineData("Tourism in the South of France fell sharply this summer.", "the South")]
    [InlineData("South Korean and Norwegian ships sailed through the North Sea.", "the North")]
    [InlineData("Farmers in the North of England protested against the new tax.", "the North")]
    [InlineData("Seoul hosted a summit on trade in the South China Sea.", "the South")]
    public void Leaves_a_compass_point(string text, string span)
    {
        var doc = RunPipeline(text, Published, "half25n");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span);
    }

    [Theory]
    [InlineData("Russia's Baltic Fleet began snap drills with a dozen warships.", "Russia's Baltic Fleet", "RUSMIL")]
    [InlineData("Russia's Black Sea Fleet moved its submarines out of Sevastopol.", "Russia's Black Sea Fleet", "RUSMIL")]
    [InlineData("The US Seventh Fleet sent a destroyer through the strait on Tuesday.", "US Seventh Fleet", "USAMIL")]
    [InlineData("A spokesman for the U.S. Navy's Fifth Fleet said the tanker was in international waters.", "U.S. Navy's Fifth Fleet", "USAMIL")]
    [InlineData("China's North Sea Fleet held live-fire exercises off the coast.", "China's North Sea Fleet", "CHNMIL")]
    public void Codes_a_named_fleet_as_its_state_military(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "fleet25"), span, code);

    [Theory]
    [InlineData("The European Union sanctioned dozens of tankers of Russia's shadow fleet.", "MIL")]
    [InlineData("Spain's fishing fleet stayed in port during the storm.", "MIL")]
    public void Leaves_a_fleet_of_ships_alone(string text, string notThere)
    {
        var doc = RunPipeline(text, Published, "fleet25n");
        Assert.DoesNotContain(doc.Actors, a => (a.Code ?? "").EndsWith(notThere, StringComparison.Ordinal));
    }
}
