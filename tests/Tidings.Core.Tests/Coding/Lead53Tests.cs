namespace Tidings.Tests.Coding;

/// <summary>
/// Session 53 (lead): a subject's verb after an insertion when a second verb is joined to it, and the country a bare role
/// borrows from its sentence when the role acts on that very country. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Lead53Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "X, <insertion>, VERBED Y and VERBED Z": the -ed form after the insertion is the subject's verb when a finite verb is
    // joined to it by "and", "but" or "or"; a reduced relative after an insertion is still one ("..., arrested in May, was
    // freed"), and a conjunction that opens a clause with its own subject does not make the -ed form finite.
    [Theory]
    [InlineData("Peru's foreign minister, in a note sent to the Organization of American States on Monday, accused Ecuador of failing to stop gunmen from crossing the border and asked the body to send monitors.", "PERGOV→ECU:112*")]
    [InlineData("Peru's foreign minister, in a note sent to the Organization of American States on Monday, accused Ecuador of failing to stop gunmen from crossing the border and asked the OAS to send monitors.", "PERGOV→IGOAMROAS:02*")]
    [InlineData("Kenya's foreign minister, in a statement on Friday, condemned the raid and urged Somalia to punish the attackers.", "KENGOV→SOM:02*")]
    [InlineData("Kenya's foreign minister, in a statement on Friday, condemned the raid and urged Somalia to punish the attackers.", "!SOM*→*:02*")]
    [InlineData("The Chadian army, backed by French jets, attacked rebel positions and seized two towns.", "TCDMIL→*REB:19*")]
    [InlineData("A Georgian opposition leader, detained in March and charged with sabotage, was released on bail on Friday.", "!GEOOPP→*:19*")]
    public void A_past_form_joined_to_a_finite_verb_after_an_insertion_is_the_verb(string sentence, string expected) => AssertCoded(sentence, expected);

    // A bare role with no country of its own borrows the sentence's only country; when it acts on that country ("accused
    // Uganda", "condemned Israel"), it is not that country's in any of its acts, not only the one aimed at the country.
    [Theory]
    [InlineData("The minister, in a statement on Tuesday, condemned Israel and urged the UN to act.", "GOV→IGOUNO:02*")]
    [InlineData("The minister, in a statement on Tuesday, condemned Israel and urged the UN to act.", "!ISRGOV→*:*")]
    [InlineData("The president, speaking on Monday, accused Uganda of arming the rebels and called for talks.", "!UGAGOV→*:*")]
    [InlineData("The president, speaking on Monday, accused Uganda of arming the rebels and called for talks.", "GOV→UGA:112*")]
    // A role that acts on its own country's people, not the country itself, keeps the country.
    [InlineData("Ugandan police arrested opposition supporters and the president praised the officers.", "UGACOP→UGAOPP:173")]
    public void A_role_acting_on_the_country_it_borrowed_is_not_that_country_in_its_other_acts(string sentence, string expected) => AssertCoded(sentence, expected);

    // The addressee of an appeal is its target whatever the asked-for act needs: "punish" is coded only when done to people,
    // but "urged Somalia to punish the attackers" is aimed at Somalia.
    [Theory]
    [InlineData("Kenya urged Somalia to punish the attackers.", "KEN→SOM:02*")]
    [InlineData("The UN urged Haiti to punish those responsible for the massacre.", "IGOUNO→HTI:02*")]
    [InlineData("Kenya urged Somalia to punish the attackers.", "!KEN→-:02*")]
    public void The_addressee_of_an_appeal_is_its_target_whatever_the_act_asked_for(string sentence, string expected) => AssertCoded(sentence, expected);

    // Peacekeeping whose recipient no actor names goes to the country where the force is kept, even when the actor stage
    // reads the place as part of the force's mention; a force kept at home, or troops kept abroad (no peacekeeping), are not.
    [Theory]
    [InlineData("The Security Council voted on Thursday to keep its peacekeepers in Lebanon for another year.", "IGOUNO→LBN:074")]
    [InlineData("The Security Council voted on Thursday to keep its peacekeepers in Lebanon for another year.", "!IGOUNO→-:074")]
    [InlineData("France will keep its troops in Chad until next year.", "!FRA→TCD:074")]
    public void Peacekeeping_goes_to_the_country_where_the_force_is_kept(string sentence, string expected) => AssertCoded(sentence, expected);
}
