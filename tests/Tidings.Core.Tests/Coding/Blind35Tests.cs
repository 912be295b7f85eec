namespace Tidings.Tests.Coding;

/// <summary>
/// General causes behind the misses of the blind35 gold split (session 20, blind35): a participle of saying after a
/// subordinate clause, expulsions counted in millions, labour strikes taken up by a light verb, joint drills of a named
/// kind, hyphenated modifiers read as verbs, and acts of a law told by a
/// participle or relative clause on it.
/// </summary>
public class Blind35Tests
{
    [Theory]
    // ", accusing ..." after an "after" clause is said by the main clause's doer, not by the subordinate act's
    [InlineData("Kenya recalled its ambassador from Uganda after Ugandan troops crossed the border, accusing Kampala of aggression.", "KEN→UGAGOV:1123|!UGA*→*:112*")]
    [InlineData("Colombia suspended talks with the ELN after its fighters attacked a military base, accusing the group of violating the ceasefire.", "COL→COLREB:1123|!COLREB→*:112*")]
    [InlineData("Peru's president closed the border with Bolivia after protesters blocked a highway, calling the blockade an attack on the economy.", "!*CVL→*:11*")]
    // a participle of result stays on the act it follows
    // (session 32: the "after" clause with its own subject is the cause of the news, background, so only the negative is checked)
    [InlineData("Ethiopia recalled its envoy after Eritrean troops shelled a border town, killing six civilians.", "!ETH→*:19*")]
    public void A_speech_participle_after_a_subordinate_clause_belongs_to_the_main_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a count in millions is a mass of people
    [InlineData("Iran expelled more than 1.2 million Afghans this year.", "IRN→AFGCVL:201")]
    [InlineData("Pakistan expelled two million Afghans over three years.", "PAK→AFGCVL:201")]
    // a handful stays an expulsion of people, not a mass one
    [InlineData("Iran expelled twelve Afghans last year.", "!*:201")]
    public void An_expulsion_counted_in_millions_is_a_mass_expulsion(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // workers, teachers and health workers who begin, launch or call a strike conduct a labour strike
    [InlineData("Teachers in Kenya launched a strike on Monday.", "KENEDU→*:143")]
    [InlineData("Doctors in Nigeria began an indefinite strike over unpaid salaries.", "NGAHLH→*:14*|!*:19*")]
    [InlineData("Nurses in Zimbabwe began an indefinite strike on Monday to demand higher pay.", "ZWEHLH→*:143*")]
    // a strike only named as the setting is no event; a military strike stays one
    [InlineData("Journalists were detained while covering a nurses' strike in Harare.", "!*:14*")]
    [InlineData("Israeli warplanes carried out a strike on a Hamas compound in Gaza.", "ISRMIL→PSEREBHMS:19*|!*:14*")]
    public void A_strike_taken_up_by_workers_is_a_labour_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // joint drills of a kind that is a show of force by itself are still cooperation between the drilling sides
    [InlineData("Japanese and Australian troops held joint live-fire exercises on Sunday.", "JPNMIL→AUSMIL:062|AUSMIL→JPNMIL:062|!*:150")]
    [InlineData("U.S. and Philippine marines held joint live-fire exercises on the island of Batanes on Monday.", "USAMIL→PHLMIL:062|PHLMIL→USAMIL:062|!*:150")]
    // alone they are a show of force
    [InlineData("China held live-fire exercises near Taiwan.", "CHN*→TWN:150")]
    // joint drills near a third country's border are still cooperation between the drillers (gold eg0129, cd037)
    [InlineData("Sweden and Finland held joint air drills near the border with Russia.", "SWE→FIN:062|FIN→SWE:062|!*:150")]
    public void Joint_drills_of_a_named_kind_are_military_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "small-arms fire": a hyphenated modifier opened by an adjective of size is no verb, so "exchanged" keeps its object
    [InlineData("Indian and Pakistani troops exchanged small-arms fire across the Line of Control.", "INDMIL→PAKMIL:19*|PAKMIL→INDMIL:19*")]
    [InlineData("Armenian and Azerbaijani soldiers exchanged small-arms fire on the border overnight.", "ARMMIL→AZEMIL:19*|AZEMIL→ARMMIL:19*")]
    public void A_hyphenated_modifier_is_no_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a warning of a response with force is a threat of military force
    [InlineData("Iran warned Israel on Wednesday that it would face a crushing response if it attacked Iranian territory again.", "IRN→ISR:138|!*:012")]
    [InlineData("North Korea warned of a military response to the joint drills.", "PRK→*:138")]
    // a warning of weather or of prices stays no threat
    [InlineData("Forecasters warned of heavy snow across the north on Friday.", "!*:13*")]
    [InlineData("Iran's central bank warned that prices would rise further.", "!*:13*")]
    public void A_warning_of_a_forceful_response_is_a_threat_of_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what a law or decree does, its maker does through it
    [InlineData("Kenya's parliament passed a law banning the opposition party.", "KENLEG→KENOPP:1722")]
    [InlineData("Kenya's parliament passed a law that bans the opposition party.", "KENLEG→KENOPP:1722")]
    [InlineData("Mali's president signed a decree dissolving the opposition party.", "MLIGOV→MLIOPP:172*")]
    [InlineData("Iraq's parliament passed a law imposing restrictions on foreign-funded media.", "IRQLEG→MED:1721")]
    // a law that only allows something does no act on anyone
    [InlineData("Estonia's parliament passed a law allowing the navy to use force against ships.", "!*:19*")]
    public void A_law_does_what_its_maker_does(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
