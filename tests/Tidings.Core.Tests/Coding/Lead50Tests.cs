namespace Tidings.Tests.Coding;

/// <summary>
/// Session 50 (lead). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Lead50Tests
{
    // The noun of a verb whose phrase rows name an act ("suspend military aid" 1622, "suspend talks" 164, "freeze
    // development aid" 1621) names the same act with its object: the family is written once for the verb. Its doer is
    // the light verb's subject, its target after the row's preposition; the noun alone, with no doer, is no event.
    [Theory]
    [InlineData("Washington announced the suspension of humanitarian aid to Yemen.", "USAGOV→YEM:1623")]
    [InlineData("Germany announced a freeze on development aid to Niger.", "DEU→NER:1621")]
    [InlineData("Sweden announced the suspension of military aid to Rwanda.", "SWE→RWA:1622")]
    [InlineData("Sweden announced the suspension of military aid to Rwanda.", "!SWE→RWA:072")]
    [InlineData("Sweden announced the delivery of military aid to Rwanda.", "!SWE→RWA:162*")]
    public void A_verbs_noun_names_its_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An order of a cut in relations named by its noun is the cut, made by the authority that orders it; an order given
    // to another side to do it ("ordered Rwanda to withdraw") stays a demand.
    [Theory]
    [InlineData("Kenya's president ordered the suspension of military aid to Somalia.", "KENGOV→SOM:1622")]
    [InlineData("Kenya's president ordered the suspension of military aid to Somalia.", "!KENGOV→SOM:100")]
    [InlineData("Congo's president ordered Rwanda to withdraw its troops.", "COD*→RWA:105*")]
    public void An_ordered_cut_is_made_by_the_orderer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A diplomatic mission closed is a reduction of diplomatic relations (161), not an administrative sanction (172); other
    // closures ordered keep their codes.
    [Theory]
    [InlineData("Poland ordered the closure of the Russian consulate in Gdansk.", "POL→RUS*:161")]
    [InlineData("Poland ordered the closure of the Russian consulate in Gdansk.", "!POL→*:172")]
    [InlineData("Authorities in Baku ordered the closure of two opposition newspapers.", "!*→*:161")]
    public void A_closed_mission_reduces_relations(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A verbal or diplomatic act told to a nation's people as a whole (thanks, apologies, pledges, condolences) is told to
    // the nation, its bare country code; force used against them or people named as victims stay its civilians.
    [Theory]
    [InlineData("Germany apologised to the people of Namibia for the colonial-era killings.", "DEU→NAM:055")]
    [InlineData("Kenya pledged to send food to the people of Sudan.", "KEN→SDN:033*")]
    [InlineData("Kenya pledged to send food to the people of Sudan.", "!KEN→SDNCVL:*")]
    [InlineData("Soldiers opened fire on the people of Gaza who had gathered at the crossing.", "!*→PSE:*")]
    public void A_nations_people_addressed_is_the_nation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A contracted "'s" read as an auxiliary ("has", "is") is no possessive: the verb after it stays a verb, even one that
    // also has a noun entry ("arrest", "ban"). A possessive "'s" still makes the word after it the owner's act.
    [Theory]
    [InlineData("The interior minister says he's arrested the opposition leader.", "*GOV→*OPP:173")]
    [InlineData("Uganda's president says he's banned all rallies in the capital.", "UGAGOV→*:172*")]
    [InlineData("Uganda's arrest of the opposition leader drew protests.", "UGA→UGAOPP:173")]
    public void A_contracted_auxiliary_is_no_possessive(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
