namespace Tidings.Tests.Coding;

/// <summary>
/// Session 44 (recall): events the coder missed outright. Bombs dropped on a target (195), rockets launched at one (194),
/// executions by hanging (1823), and a town taken whose own-country adjective names the country it is taken from (192).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Recall44Tests
{
    // Bombs dropped on a place or people are an aerial attack, as "bombed" and "air strikes" are; "dropped" alone, or a
    // bomb that is no object of "drop", is none.
    [Theory]
    [InlineData("Russian warplanes dropped bombs on Ukrainian villages near the border.", "RUS*→UKR*:195")]
    [InlineData("Government helicopters dropped barrel bombs on Syrian rebels in Idlib.", "*→SYRREB:195")]
    [InlineData("Sudanese army jets dropped explosives on RSF positions in Darfur overnight.", "SDNMIL→SDNREB:195")]
    [InlineData("Nigerian air force jets dropped laser-guided bombs on Boko Haram fighters near Bama.", "NGAMIL→NGAREB:1951")]
    [InlineData("Prosecutors dropped the charges against the Kenyan opposition leader on Monday.", "!*→*:19*")]
    [InlineData("Ukraine dropped its objection to the bomb disposal plan.", "!*→*:195")]
    public void Bombs_dropped_on_a_target_are_an_aerial_attack(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Rockets launched at a target are shelling, as rockets fired at one are.
    [Theory]
    [InlineData("Hezbollah launched rockets at northern Israel on Sunday.", "LBNREB→ISR:194")]
    [InlineData("Israel launched a new campaign against smuggling on Sunday.", "!*→*:194")]
    public void Rockets_launched_at_a_target_are_shelling(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "hanged" said of people is an execution; "hung" (a banner, a flag) is none.
    [Theory]
    [InlineData("Iran hanged three men convicted over last year's protests.", "IRN*→*:1823")]
    [InlineData("Saudi Arabia hanged two Pakistani nationals for drug smuggling.", "SAU*→PAK*:1823")]
    [InlineData("Kenyan protesters hung banners on the gates of parliament.", "!*→*:18*")]
    public void Hanged_is_an_execution(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A town taken is aimed at the country it belongs to, also when the taker is of that country and the town's phrase
    // names the country with an adjective ("the Congolese town of X"), as the same phrase without the adjective is.
    [Theory]
    [InlineData("M23 rebels seized the Congolese town of Uvira on Tuesday.", "CODREB→COD:192")]
    [InlineData("Al-Shabaab fighters captured the Somali town of Mahas after government troops withdrew.", "SOMREB→SOM:192")]
    [InlineData("Russian troops captured the Ukrainian village of Pokrovsk.", "RUSMIL→UKR:192")]
    [InlineData("Sudan's foreign ministry condemned the Sudanese rebels' attack on the town.", "!SDNGOV→SDN:*")]
    public void A_town_taken_keeps_its_country_adjective_as_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
    // "tear-gassed" and "teargassed" a crowd is crowd control (175), as "fired tear gas at" it is.
    [Theory]
    [InlineData("Ugandan police tear-gassed opposition supporters outside the court.", "UGACOP→UGAOPP:175")]
    [InlineData("Riot police teargassed students marching on the Kenyan parliament.", "KENCOP→*:175")]
    [InlineData("Kenyan police said no tear gas had been used at the rally.", "!*→*:175")]
    public void Tear_gassed_is_crowd_control(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A political leaning between "the" and a role describes its holder, as "the jailed" or "the veteran" do: "the leftist
    // opposition party" is the opposition, an actor like "the opposition party".
    [Theory]
    [InlineData("In Peru, the leftist opposition party accused the government of rigging the count.", "PEROPP→PERGOV:112*")]
    [InlineData("In Zambia, the conservative opposition leader accused the president of corruption.", "ZMBOPP→ZMBGOV:112*")]
    [InlineData("In Peru, the leftist newspapers praised the vote.", "!PEROPP→*:*")]
    public void A_political_leaning_describes_the_holder(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
