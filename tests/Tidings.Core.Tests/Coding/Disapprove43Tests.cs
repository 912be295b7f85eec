namespace Tidings.Tests.Coding;

/// <summary>
/// Session 43 (disapprove43): criticism (111) told as a comment on the act of the sentence's main clause. A summing noun set
/// off by a comma after the clause (", a move the opposition condemned as ...", ", a move that rights groups criticised as
/// ...") names that clause's act, so the criticism is aimed at the clause's subject, wherever the parser hung the noun. A
/// reaction drawn from an actor ("drew criticism from", "drawing condemnation from") answers the actor whose act drew it,
/// also when the parse hides the drawing verb's subject; when that actor only reports the act ("the army said Boko Haram
/// had attacked a school, drawing condemnation from ..."), the reaction answers the reported act's doer. A naming participle
/// after a report set off after its clause ("Indian troops shelled villages, Pakistan's army said, calling the attack
/// reckless") judges the reported act's doer. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Disapprove43Tests
{
    [Theory]
    [InlineData("Kenya's parliament voted to scrap the housing levy, a move the opposition condemned as an attack on the poor.", "KENOPP→KENLEG:111")]
    [InlineData("Nigeria's senate passed a bill banning street protests, a move that rights groups criticised as repressive.", "NGOHRI→NGALEG:111")]
    [InlineData("The Peruvian government extended the state of emergency in Lima, a move the union called illegal.", "PERLAB→PERGOV:111")]
    [InlineData("Peru's parliament passed the budget on Friday, a move the finance minister praised as responsible.", "!*→*:11*")]
    public void A_summing_noun_after_the_main_clause_is_criticised_as_its_subjects_act(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Pakistan tested a new cruise missile on Tuesday, drawing sharp criticism from India.", "IND→PAK:111")]
    [InlineData("Serbia's decision to buy Chinese drones drew criticism from the European Union.", "IGOEUREEC→SRB:111")]
    [InlineData("The Nigerian army said Boko Haram had attacked a school, drawing condemnation from the United Nations.", "IGOUNO→NGAREB:111")]
    [InlineData("The Nigerian army said Boko Haram had attacked a school, drawing condemnation from the United Nations.", "!IGOUNO→NGAMIL:111")]
    [InlineData("The minister's speech drew applause from France.", "!*→*:11*")]
    [InlineData("Ghana's president visited Moscow, drawing praise from Russia.", "!*→GHAGOV:11*")]
    public void A_drawn_reaction_answers_the_actor_whose_act_drew_it(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // A naming participle after a report set off after its clause ("X did Y, Z said, calling it ...") judges the reported
    // act: its doer is the target, not the reporter nor nobody.
    [Theory]
    [InlineData("Indian troops shelled three villages near the border, Pakistan's army said, calling the attack unprovoked and reckless.", "PAKMIL→INDMIL:111")]
    [InlineData("Indian troops shelled three villages near the border, Pakistan's army said, calling the attack unprovoked and reckless.", "!PAKMIL→-:111")]
    [InlineData("Indian troops shelled three villages near the border, Pakistan's army said, calling the attack a success.", "!*→*:11*")]
    public void A_naming_participle_after_a_parenthetical_report_judges_the_reported_doer(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
