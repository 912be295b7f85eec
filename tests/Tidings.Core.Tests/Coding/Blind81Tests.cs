namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (blind81): public health, disasters and emergencies as politics (decision 089). A state's own forces sent at
/// home to rescue, evacuate or supply people give humanitarian aid (073) to the people helped, not a mobilisation (154),
/// while a deployment to keep order, or to rescue captives, keeps its reading (C); a quarantine imposed on a place restricts
/// movement (191) as a lockdown does and its lifting eases it (081) (A); creditors suspending a country's debt repayments give
/// economic aid (071), not a cut in relations (E); "firefighting" is no "firefight" (193). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the blind81 gold lines.
/// </summary>
public class Blind81Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Forces sent at home for relief (decision 089 C): 073 to the helped when they are civilians of the country, else to the
    // country; a deployment to help the police, to rescue hostages or abroad on a mission keeps its own reading.
    [Theory]
    [InlineData("Pakistan's army deployed 2,000 troops and rescue boats to evacuate villagers cut off by floods in Sindh.", "PAKMIL→PAKCVL:073")]
    [InlineData("Pakistan's army deployed 2,000 troops and rescue boats to evacuate villagers cut off by floods in Sindh.", "!PAKMIL→*:154")]
    [InlineData("Vietnam's army sent soldiers to rescue residents stranded by the typhoon in Quang Ngai.", "VNMMIL→VNMCVL:073")]
    [InlineData("Kenya deployed the army to help police quell riots in Kisumu.", "KENMIL→*:154")]
    [InlineData("Kenya deployed the army to help police quell riots in Kisumu.", "!KENMIL→*:073")]
    [InlineData("Nigeria deployed soldiers to rescue the kidnapped pupils in Kebbi state.", "!NGAMIL→*:073")]
    [InlineData("Nigeria deployed soldiers to rescue the kidnapped pupils in Kebbi state.", "NGAMIL→NGAEDU:0841")]
    [InlineData("Ecuador's president deployed soldiers to patrol the streets of Guayaquil.", "ECUMIL→-:154")]
    // forces sent abroad to hand out relief give aid to the country served; sent abroad to evacuate their own nationals they
    // do not, and sent to help fight they keep the lexicon's reading
    [InlineData("Canada sent 300 soldiers and two helicopters to Haiti to help distribute food after the storm.", "CAN→HTI:073")]
    [InlineData("Britain sent troops to Cyprus to evacuate its citizens from Lebanon.", "!*→*:073")]
    [InlineData("Rwanda sent 2,000 more troops to Mozambique to help fight insurgents in Cabo Delgado.", "!*→*:073")]
    public void Forces_sent_at_home_for_relief_give_aid(string sentence, string expected) => AssertCoded(sentence, expected);

    // Quarantines (decision 089 A): imposed on a place, restricted movement (191); lifted, eased (081). A person held in
    // quarantine is no act.
    [Theory]
    [InlineData("Liberia's government imposed a quarantine on the town of Ganta after three Ebola deaths.", "LBRGOV→*:191")]
    [InlineData("Liberia's government lifted the quarantine on the town of Ganta on Friday.", "LBRGOV→*:081")]
    [InlineData("Liberia's government lifted the quarantine on the town of Ganta on Friday.", "!LBRGOV→*:191")]
    [InlineData("Two sailors were kept in quarantine at the port in Monrovia.", "!*→*:191")]
    public void Quarantines_restrict_movement(string sentence, string expected) => AssertCoded(sentence, expected);

    // Debt repayments suspended by creditors are debt relief (decision 089 E); a suspension of talks or ties stays 16x.
    [Theory]
    [InlineData("Germany and Canada suspended Malawi's debt repayments for a year after the floods.", "DEU→MWI:071")]
    [InlineData("Germany and Canada suspended Malawi's debt repayments for a year after the floods.", "!DEU→MWI:160")]
    [InlineData("Germany suspended development cooperation with Malawi after the disputed vote.", "!DEU→MWI:071")]
    public void Suspended_debt_repayments_are_debt_relief(string sentence, string expected) => AssertCoded(sentence, expected);

    // "firefighting" is fighting fires, not a form of "firefight" (a gun battle, 193); the gun battle keeps its code.
    [Theory]
    [InlineData("Cyprus sent two firefighting planes to Lebanon as wildfires spread near Tyre.", "!*→*:193")]
    [InlineData("Italy offered firefighting helicopters to Greece on Monday.", "!*→*:193")]
    [InlineData("Soldiers and rebels were killed in a firefight with Colombian troops near the border.", "*→*:193")]
    public void Firefighting_is_no_firefight(string sentence, string expected) => AssertCoded(sentence, expected);
}
