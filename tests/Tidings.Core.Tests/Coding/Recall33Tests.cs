namespace Tidings.Tests.Coding;

/// <summary>
/// Gold events with no trigger in the lexicon (session 33, recall33): families of rows added to data/coding/verbs.tsv for
/// heavy weapons moved to a border (154), an office holder voted out or a no-confidence motion passed (172) and a vote to
/// impeach (1041), chemical agents named by their munition or container (2041), bank accounts frozen (1711), orchards
/// uprooted (1712), villages emptied of their people (201) and offers to host talks between others (039); and "hand
/// over" split by its object ("handed two suspects over to"), as "drive out" is. Each family has a row for the other
/// sense of its words that must not fire. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Recall33Tests
{
    [Theory]
    // heavy weapons and armoured formations moved towards a border mobilise as troops do
    [InlineData("Ethiopia moved heavy artillery to its border with Sudan on Friday.", "ETH*:154")]
    [InlineData("Algeria moved armoured units close to its border with Morocco.", "DZA*:154")]
    [InlineData("Venezuela moved tanks to the frontier with Guyana last week.", "VEN*:154")]
    // a thing moved that is no weapon, or a test rescheduled, is no mobilisation
    [InlineData("The carmaker moved its headquarters to Dubai.", "!*:154")]
    [InlineData("Pakistan's defence ministry moved the missile tests to next month.", "!*:154")]
    public void Heavy_weapons_moved_to_a_border_are_a_mobilisation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // voted out, or a no-confidence motion passed: removed from office
    [InlineData("Zambia's parliament voted to remove the interior minister on Wednesday.", "ZMBLEG→ZMBGOV:172")]
    [InlineData("Malawi's parliament passed a motion of no confidence in the finance minister.", "MWILEG→MWIGOV:172")]
    // a vote to impeach asks for the removal
    [InlineData("Kenya's Senate voted to impeach the deputy president on Thursday.", "KENLEG→KENGOV:1041")]
    // a clause removed names no one; a motion filed is only the demand
    [InlineData("Zambia's parliament voted to remove the clause from the bill.", "!*:172")]
    [InlineData("Estonia's parliament voted to remove Soviet-era war memorials from public places.", "!*:172")]
    [InlineData("Malawi's opposition filed a motion of no confidence in the finance minister.", "!*:172")]
    public void Office_holders_voted_out_are_removed(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the agent named by its munition or container
    [InlineData("Myanmar's army used chemical munitions against Kachin rebels.", "MMRMIL→MMRREB:2041")]
    [InlineData("Syrian army helicopters dropped chlorine barrels on rebel fighters near Hama.", "SYRMIL→*:2041")]
    // chlorine that cleans water, and an old stockpile, are no attack
    [InlineData("Syrian engineers treated the city's water with chlorine.", "!*:2041")]
    [InlineData("Syrian officials showed inspectors a site where chemical munitions had been stored.", "!*:2041")]
    public void Chemical_munitions_are_chemical_attacks(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // bank accounts frozen by the authorities: property confiscated
    [InlineData("Authorities in Tajikistan froze the bank accounts of an independent newspaper.", "TJK*→*:1711")]
    // sanctioned people's assets frozen stay a sanction
    [InlineData("Switzerland froze the assets of ten Russian businessmen under new sanctions.", "!*:1711")]
    public void Frozen_bank_accounts_are_confiscated_property(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // orchards uprooted are destroyed property
    [InlineData("Israeli settlers uprooted hundreds of olive trees near Nablus.", "ISR*:1712")]
    // people uprooted by a war are not
    [InlineData("Thousands of Sudanese families were uprooted by the war.", "!*:1712")]
    public void Uprooted_orchards_are_destroyed_property(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // villages emptied by force: a mass expulsion of their people
    [InlineData("Myanmar soldiers emptied three villages in Sagaing state last month.", "MMRMIL→*:201")]
    // a building emptied is no expulsion
    [InlineData("Myanmar soldiers emptied the warehouse in Sagaing.", "!*:201")]
    public void Emptied_villages_are_a_mass_expulsion(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "hand over" split by its object, as "drive out" and "call off" are
    [InlineData("Kenyan police handed two suspected smugglers over to Ugandan officers at the Busia border post.", "KENCOP→UGACOP:063")]
    [InlineData("Colombia's ELN rebels handed the three hostages over to the Red Cross on Monday.", "COL*:0841")]
    // "over" before a noun group of its own is a preposition: no handover
    [InlineData("Voters in Ghana handed the ruling party a heavy defeat over the economy.", "!*:063")]
    [InlineData("Kenyan police handed protesters leaflets over the weekend.", "!*:063")]
    public void Hand_over_may_follow_its_object(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // offering to host talks between two others is offering to mediate
    [InlineData("Kenya offered to host peace talks between Sudan's army and the RSF.", "KEN→SDNMIL:039|KEN→SDNREB:039")]
    // a summit hosted names no parties to mediate between
    [InlineData("Kenya offered to host the African Union summit next year.", "!*:039")]
    public void Offering_to_host_talks_between_others_is_mediation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
