namespace Tidings.Tests.Coding;

/// <summary>
/// Second events carried by subordinate structures (session 21, clauses21): a reaction in an object relative clause on an
/// act noun that sums up the clause before it (", a decision that X condemned", ", a move X denounced as ...", ", a charge
/// X denies") is aimed at that clause's doers; an object pronoun in a clause set beside the main one ("with its foreign
/// ministry accusing it of ...") stands for the main act's target when a source of the same country speaks.
/// </summary>
public class Clauses21Tests
{
    [Theory]
    // a relative "that" or "which" as the reaction's object: the reaction is aimed at whoever did the summed-up act
    [InlineData("Japan expelled two diplomats, a decision that Beijing condemned.", "JPN→*:161|CHNGOV→JPN:111")]
    [InlineData("Japan expelled two diplomats, a decision that Beijing strongly condemned on Saturday.", "CHNGOV→JPN:111")]
    [InlineData("Japan expelled two diplomats, a decision which China's foreign ministry denounced.", "CHNGOV→JPN:111")]
    [InlineData("Japan expelled two diplomats, a decision that Beijing rejected.", "CHNGOV→JPN:12*")]
    [InlineData("Japan expelled two Chinese diplomats on Friday, a decision that Beijing condemned as provocative.", "CHNGOV→JPN:111")]
    [InlineData("Peru closed its border with Bolivia, a step that La Paz criticised.", "PER→BOL:191|BOL*→PER:111")]
    // every coordinated doer of the act is a target
    [InlineData("Britain, Canada and Australia formally recognised the State of Palestine on Sunday, a coordinated move that the Israeli prime minister denounced as a reward for terrorism.",
        "ISRGOV→GBR:111|ISRGOV→CAN:111|ISRGOV→AUS:111")]
    public void A_reaction_to_a_summed_up_act_is_aimed_at_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // no relative pronoun at all: the parser's scattered words are put back as the noun's relative clause
    [InlineData("Japan expelled two Chinese diplomats on Friday, a decision Beijing called provocative.", "JPN→CHNGOV:161|CHNGOV→JPN:111")]
    [InlineData("Japan expelled two Chinese diplomats on Friday, a move Beijing denounced as a hostile act.", "CHNGOV→JPN:111")]
    [InlineData("Peru closed its border with Bolivia on Monday, a step the Bolivian government criticised.", "BOLGOV→PER:111")]
    [InlineData("Britain, Canada and Australia formally recognised the State of Palestine on Sunday, a coordinated move the Israeli prime minister denounced as a reward for terrorism.",
        "ISRGOV→GBR:111|ISRGOV→CAN:111|ISRGOV→AUS:111")]
    [InlineData("Sweden expelled a Russian diplomat, a step the Russian embassy condemned.", "RUS*→SWE:111")]
    // praise of the summed act is aimed at its doer too; an organisation's criticism of a veto
    [InlineData("Egypt reopened the crossing on Monday, a decision the United Nations welcomed.", "IGOUNO→EGY:051")]
    [InlineData("Hungary vetoed the sanctions package, a move the European Commission criticised.", "IGOEUREEC→HUN:111")]
    [InlineData("The army arrested the opposition leader, an action that the African Union condemned.", "IGOAFRAFU→*MIL:111")]
    public void A_reduced_relative_on_a_summing_noun_is_the_reaction(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a claim set after a parenthetical report sums up no act of the reporters': it is their claim, denied against them as its
    // makers (decision 063, the accuser first; session 58), with no reaction to an act of theirs
    [InlineData("Riot police fired rubber bullets at the crowd, rights groups said, a claim the interior ministry denied.", "*GOV→NGOHRI:016|!*→NGO*:11*|!*GOV→-:016")]
    // a subject relative or a relative with an object of its own is no reaction to the summed act
    [InlineData("Japan expelled two diplomats, a decision that angered Beijing.", "JPN→*:161|!CHN*→JPN:*")]
    [InlineData("Peru closed its border with Bolivia, a step that hurt traders.", "PER→BOL:191|!*→PER:111")]
    // an act noun with a doer of its own: "the move" is not what the clause before did
    [InlineData("Japan expelled two diplomats on Friday, the same day China condemned the drills.", "JPN→*:161|!CHNGOV→JPN:111")]
    public void Only_a_gap_object_relative_reacts_to_the_summed_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an object pronoun in a "with" clause whose speaker is of the main act's country stands for the main act's target
    [InlineData("The United States withdrew from the World Health Organization on Monday, with the State Department accusing it of mishandling the pandemic.",
        "USA→IGOUNO*:166|USAGOV→IGOUNO*:11*")]
    [InlineData("Argentina pulled out of the World Health Organization, with Argentina's foreign ministry accusing it of mishandling the pandemic.",
        "ARGGOV→IGOUNO*:11*")]
    // a named target is kept
    [InlineData("Canada expelled two Indian diplomats, with Prime Minister Mark Carney accusing New Delhi of plotting attacks.", "CANGOV→INDGOV:11*")]
    public void A_pronoun_beside_the_main_act_stands_for_its_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
