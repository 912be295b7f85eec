namespace Tidings.Tests.Coding;

/// <summary>
/// Session 55 (lexicon55): events missed outright or read one level up, fifth round: acts no effort was made towards, air
/// defences named bare or by "its", appeals for air defence, closures told by their noun, orders made of a government
/// organ, and policies a court or a state orders to be drawn up. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded as asserted news, each "!"-prefixed one must not (a negated or background event counts as not coded).
/// Sentences written for these tests.
/// </summary>
public class Lexicon55Tests
{
    // "made no move to arrest", "took no steps to detain": an act no effort was made towards did not happen, as one that
    // "failed to" happen; an effort that was made ("made a move to") leaves the act as it was.
    [Theory]
    [InlineData("Mongolia made no move to arrest the visiting Russian president during his two-day stay.", "!MNG*→RUS*:173")]
    [InlineData("The police took no steps to detain the former governor.", "!*:173")]
    [InlineData("The soldiers made no effort to detain the demonstrators.", "!*:173")]
    [InlineData("The police moved to arrest the former governor on Monday.", "COP→ELI:173")]
    public void Acts_no_effort_was_made_towards_are_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "air defences" is a plural role (MIL) also bare or after "its", as "air defence units" is: the force that shoots down
    // drones is the source of the downing (190). The singular "air defence" stays no actor.
    [Theory]
    [InlineData("Belarus's defence ministry said air defences shot down six Ukrainian drones near Gomel.", "BLRMIL→UKR:190")]
    [InlineData("Azerbaijan said its air defences shot down two Armenian drones over Fuzuli.", "AZEMIL→ARM:190")]
    [InlineData("Air defences downed three Iranian drones over the Gulf, the Saudi defence ministry said.", "*MIL→IRN:190")]
    [InlineData("Estonia said it would buy more air defence from Germany.", "!*MIL→*:*")]
    public void Air_defences_are_the_force_that_fires(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Air defence asked for by an appeal verb is an appeal for military aid (0232), untargeted when no one is named, aimed at
    // whom the appeal names after "to"; what a country needs is not an appeal.
    [Theory]
    [InlineData("Moldova's president appealed to the European Union for more air defence systems.", "MDAGOV→IGOEUREEC:0232")]
    [InlineData("Latvia's prime minister called for more air defence after drones crossed the border.", "LVAGOV→*:0232")]
    [InlineData("The Lebanese army pleaded for air defence systems to protect the capital.", "LBNMIL→*:0232")]
    [InlineData("Ukraine's air force says the country needs more air defence before the winter.", "!*:0232")]
    public void Appeals_for_air_defence_are_appeals_for_military_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A closure told by its noun whose object after "of" is an actor is the closer's sanction (172), a cut in relations
    // (161) when a diplomatic mission is closed; a closure of a border, a road or a port names no actor and codes nothing.
    [Theory]
    [InlineData("Lithuania announced the closure of the Belarusian consulate in Klaipeda on Friday.", "LTU→BLR*:161")]
    [InlineData("The junta announced the closure of the opposition newspaper on Monday.", "MIL→MED:1721")]
    [InlineData("The closure of the border crossing left hundreds of lorries stranded.", "!*:172")]
    [InlineData("Heavy snow forced the closure of the mountain road for two days.", "!*:172")]
    public void Closures_of_actors_told_by_their_noun(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A release ordered of a government or a legislature is a demand made of it (1053); one ordered of the police stays the
    // orderer's release (0841, Precision28Tests). A policy ordered to be drawn up is a policy change demanded (1042).
    [Theory]
    [InlineData("Malawi's High Court ordered the government to release the detained trade unionist within 48 hours.", "MWIJUD→MWIGOV:1053")]
    [InlineData("Malawi's High Court ordered the government to release the detained trade unionist within 48 hours.", "!MWIJUD→MWIGOV:0841")]
    [InlineData("Ghana's president ordered the police to release the arrested reporters.", "GHAGOV→*:0841")]
    [InlineData("Kenya's High Court ordered the government to produce a plan to reduce overcrowding in remand prisons.", "KENJUD→KENGOV:1042")]
    [InlineData("The court ordered the ministry to draw up new rules for the licensing of broadcasters.", "JUD→GOV:1042")]
    [InlineData("The ministry produced a plan to reduce overcrowding in prisons.", "!*:104*")]
    public void Orders_made_of_a_government_organ_are_demands(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Troops sent to the source's own border with a country are a show of force by the troops aimed at that country (154,
    // decision 018), also when the parser hangs "with X" on "border" so that X, not the troops, is found as the target;
    // troops sent to another country, or to another country's border, stay military protection (074).
    [Theory]
    [InlineData("Poland sent 10,000 soldiers to its border with Belarus on Monday.", "POLMIL→BLR:154")]
    [InlineData("Poland sent 10,000 soldiers to its border with Belarus on Monday.", "!POL→BLR:074")]
    [InlineData("Rwanda sent troops to Mozambique to help fight the insurgents.", "!*:154")]
    [InlineData("Germany sent 500 troops to Poland's border with Belarus.", "!DEU*→*:154")]
    public void Troops_sent_to_their_own_border_are_a_show_of_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
