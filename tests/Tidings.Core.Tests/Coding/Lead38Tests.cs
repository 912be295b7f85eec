namespace Tidings.Tests.Coding;

/// <summary>
/// Session 38, lead: "striking" before workers named with their trade or firm in front ("striking Tube drivers") says they
/// are on strike, as it does right before the people noun; it is no military strike on them.
/// </summary>
public class Lead38Tests
{
    [Theory]
    [InlineData("The mayor of Manchester reached an agreement with striking tram drivers on Friday.", "!*:19*")]
    [InlineData("The minister held talks with striking Air Chad pilots in N'Djamena.", "!*:19*")]
    [InlineData("The governor met striking nurses in Kano on Tuesday.", "!*:19*")]
    // a strike on a military target is still force
    [InlineData("Ukrainian drones struck Russian army positions near Kursk.", "UKR*→RUS*:19*")]
    public void Striking_before_workers_is_no_attack_on_them(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
