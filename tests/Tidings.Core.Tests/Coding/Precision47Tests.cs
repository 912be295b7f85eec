namespace Tidings.Tests.Coding;

/// <summary>
/// Session 47 (precision): events the coder made where nothing was done. What a demand, appeal, proposal or hope puts
/// forward is asked or hoped for; an option weighed is only weighed; "called the strike 'political'" names a strike rather
/// than calling one. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must
/// not. Sentences written for these tests.
/// </summary>
public class Precision47Tests
{
    // The content of a noun of asking or proposing ("Ghana's demand that Togo pull back its troops", "a demand to hand
    // over the suspects as a condition for reopening the border"), at any depth and with its event nouns, is not done.
    // The act told for itself, outside such a clause, is kept.
    [Theory]
    [InlineData("Ghana's demand that Togo pull back its troops from the border town was turned down by Lome on Monday.", "!TGO*→*:087*")]
    [InlineData("Uganda rejected a Kenyan demand to hand over the suspects as a condition for reopening the border crossing.", "!UGA*→*:08*")]
    [InlineData("Uganda rejected a Kenyan demand to hand over the suspects as a condition for reopening the border crossing.", "!KEN*→*:08*")]
    [InlineData("Poland rebuffed a Hungarian proposal to align its farm policy with Budapest's sanctions on Ukrainian grain.", "!HUN*→UKR:163")]
    [InlineData("Togo pulled back its troops from the border town on Monday.", "TGO*→*:087*")]
    [InlineData("Kenya imposed sanctions on Ugandan grain traders on Friday.", "KEN*→UGA*:163")]
    public void What_a_demand_or_proposal_asks_for_is_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An option weighed ("is considering closing its consulate") is no closure; the weighing is 014. A hope about what
    // others will do ("was hopeful that Ghana and Togo would sign a border accord") is no signing and no intent of theirs.
    // A side's own plan said outright keeps its code.
    [Theory]
    [InlineData("Chile's foreign minister said the government was considering closing its consulate in La Paz.", "!CHL*→*:16*")]
    [InlineData("Chile's foreign minister said the government was considering closing its consulate in La Paz.", "CHL*→*:014")]
    [InlineData("The Nigerian president said he was hopeful that Ghana and Togo would sign a border accord before the end of the year.", "!GHA*→TGO*:0*")]
    [InlineData("The Nigerian president said he was hopeful that Ghana and Togo would sign a border accord before the end of the year.", "!TGO*→GHA*:0*")]
    [InlineData("Chile closed its consulate in La Paz on Tuesday.", "CHL*→BOL*:16*")]
    [InlineData("Ghana and Togo signed a border accord in Accra on Tuesday.", "GHA*→TGO*:057")]
    public void An_option_weighed_or_a_hope_about_others_is_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "call" with a second predicate after its object names or judges a strike; only "called a strike" with nothing after the
    // noun calls one (143).
    [Theory]
    [InlineData("Chile's labour minister called the strike \"illegal\" and said wages would not be raised.", "!*→*:143")]
    [InlineData("Ghana calls Togolese strike 'an act of aggression'", "!*→*:143")]
    [InlineData("Chile's dockworkers' union called a national strike for Monday.", "CHLLAB→*:143")]
    public void Call_naming_a_strike_is_no_strike_called(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
    // "consider" with a predicate about its object judges it; only an option weighed is 014.
    [Theory]
    [InlineData("Peru's foreign ministry said it considered the ambassador's remarks offensive.", "!*→*:014")]
    [InlineData("Chile considered the naval exercise a provocation, its foreign ministry said.", "!*→*:014")]
    [InlineData("Peru is considering a ban on imports of Chilean fruit.", "PER*→*:014")]
    public void Consider_with_a_predicate_judges_and_weighs_no_option(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A military position or oil field seized is ground taken (192); documents seized stay property seized (1711).
    [Theory]
    [InlineData("Rebels seized an army base near the border town on Sunday.", "*REB→*:192")]
    [InlineData("Rebels seized an army base near the border town on Sunday.", "!*REB→*:1711")]
    [InlineData("Militias loyal to the eastern commander seized an oil field in southern Libya.", "*→*:192")]
    [InlineData("Police in Harare seized laptops and phones from three opposition activists.", "ZWECOP→ZWEOPP:1711")]
    public void A_position_seized_is_ground_taken(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
