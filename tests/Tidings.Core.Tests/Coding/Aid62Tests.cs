namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (aid62): roots 06 and 07, missed and false. A rescue of people told as captives by a participle or adjective
/// of captivity is their release (0841, decision 066), a rescue from danger stays aid (073); forces deployed abroad on a
/// peacekeeping or security mission protect the host (074), where a deployment at home or on one's own border is a
/// mobilisation (153/154); an intergovernmental body that mandates a mission provides military protection (074) to the
/// country it serves; the partners of a joint force act (exercise, patrol, raid, operation) cooperate militarily
/// (062, both ways). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must
/// not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Aid62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Captives rescued are released (0841) by the rescuer; people rescued from a boat or a fire are given aid (073).
    [Theory]
    [InlineData("Nigerian soldiers rescued 40 kidnapped farmers from a forest hideout in Zamfara state on Sunday.", "NGAMIL→NGA*:0841")]
    [InlineData("Nigerian soldiers rescued 40 kidnapped farmers from a forest hideout in Zamfara state on Sunday.", "!NGAMIL→*:073")]
    [InlineData("Colombian police rescued three engineers abducted by dissident guerrillas in Cauca.", "COLCOP→*:0841")]
    [InlineData("Colombian police rescued three engineers abducted by dissident guerrillas in Cauca.", "!COLCOP→*:073")]
    [InlineData("The Italian coast guard rescued 80 migrants from a sinking boat off Lampedusa.", "ITAMIL→REF:073")]
    [InlineData("The Italian coast guard rescued 80 migrants from a sinking boat off Lampedusa.", "!ITAMIL→REF:0841")]
    public void Rescued_captives_are_released(string sentence, string expected) => AssertCoded(sentence, expected);

    // Forces sent abroad as part of, to serve in, or to a mission protect the host (074); a deployment to one's own border
    // or at home on an operation of its own stays a mobilisation.
    [Theory]
    [InlineData("About 300 Rwandan police officers were deployed to the Central African Republic as part of a UN peacekeeping mission.", "RWACOP→CAF:074")]
    [InlineData("Burundi deployed 500 more soldiers to Somalia to reinforce the African Union mission.", "BDIMIL→SOM:074")]
    [InlineData("Burundi deployed 500 more soldiers to Somalia to reinforce the African Union mission.", "!*→*:154")]
    [InlineData("Nepal dispatched 600 peacekeepers to the UN mission in Lebanon.", "NPLMIL→LBN:074")]
    [InlineData("Poland deployed 2,000 more troops to its border with Belarus on Monday.", "POLMIL→BLR:154")]
    [InlineData("Poland deployed 2,000 more troops to its border with Belarus on Monday.", "!*→*:074")]
    [InlineData("Kenya deployed troops to Garissa as part of a security operation against militants.", "!*→*:074")]
    public void Forces_sent_on_a_mission_abroad_protect_the_host(string sentence, string expected) => AssertCoded(sentence, expected);

    // An intergovernmental body mandating a mission or a force (not the use of force) protects the country it serves.
    [Theory]
    [InlineData("The UN Security Council authorised a multinational mission to help Somalia's army fight al-Shabaab.", "IGOUNO→SOM:074")]
    [InlineData("The Security Council approved a 3,000-strong force to help Mali's army secure the north.", "IGOUNO→MLI:074")]
    [InlineData("The UN Security Council extended the peacekeeping mission in Cyprus for another year.", "IGOUNO→CYP:074")]
    [InlineData("The UN Security Council did not authorise a force to help Libya's government.", "!*→*:074")]
    [InlineData("The US Congress authorised force against Iraq in 2002.", "!*→*:074")]
    public void Bodies_mandating_a_mission_protect_the_host(string sentence, string expected) => AssertCoded(sentence, expected);

    // A joint act of forces (exercise, drill, patrol, raid, offensive, operation) is the partners' military cooperation
    // (062, both ways), whatever words stand between "joint" and its noun; one force alone, or a joint act that is no
    // force's act (a news conference), is none.
    [Theory]
    [InlineData("Kenyan and Tanzanian police carried out joint raids on smuggling gangs in Mombasa on Friday.", "KENCOP→TZACOP:062")]
    [InlineData("Kenyan and Tanzanian police carried out joint raids on smuggling gangs in Mombasa on Friday.", "TZACOP→KENCOP:062")]
    [InlineData("Joint patrols by Malian and Nigerien troops along the border began on Sunday.", "MLIMIL→NERMIL:062")]
    [InlineData("Indonesia's navy and its Malaysian counterpart held their first joint search and rescue exercise on Tuesday.", "IDNMIL→MYSMIL:062")]
    [InlineData("Police carried out joint raids in Nairobi on Monday.", "!*→*:062")]
    // a verb-kind trigger read as a noun modifier joined by "and" names a kind of drill, not a rescue done
    [InlineData("The Indian and Sri Lankan coast guards held a joint search and rescue drill off Colombo.", "!*→*:073")]
    [InlineData("The Indian and Sri Lankan coast guards held a joint search and rescue drill off Colombo.", "INDMIL→LKAMIL:062")]
    [InlineData("Kenya's and Uganda's foreign ministers gave a joint news conference in Kampala.", "!*→*:062")]
    public void Joint_force_acts_are_military_cooperation(string sentence, string expected) => AssertCoded(sentence, expected);
}
