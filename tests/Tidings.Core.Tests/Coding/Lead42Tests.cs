namespace Tidings.Tests.Coding;

/// <summary>
/// Session 42 (lead): constructions of the regional press that blind60 showed and that recur across news. Traders who
/// shut their shops, businesses or markets "in protest" are on strike (143; without "in protest" a closed shop is no
/// event); an appeal court upholding or confirming a conviction or sentence finds the convicted guilty (116); and the
/// agent of a participle after an event noun's phrase is the participle's, not the noun's ("in protest against a tax
/// imposed by the government": the government is no protester). Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead42Tests
{
    [Theory]
    [InlineData("Shopkeepers in Srinagar downed shutters in protest against the arrest of a local cleric.", "INDCVL→*:143*")]
    [InlineData("Traders in Kano on Monday shut their shops in protest against new levies imposed by the Nigerian government.", "NGABUS→NGAGOV:143*")]
    [InlineData("Market women in Accra closed their businesses in protest against the Ghanaian government's new tax.", "GHA*→GHAGOV:143*")]
    [InlineData("Shops remained closed in Srinagar on Friday because of the curfew imposed by Indian authorities.", "!*→*:143*")]
    [InlineData("The Kenyan retailer closed its shop in Mombasa last year after sales fell.", "!*→*:143*")]
    public void Shutting_shops_in_protest_is_a_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Pakistan's Supreme Court on Tuesday upheld the conviction of opposition leader Imran Khan.", "PAKJUD→PAKOPP:116")]
    [InlineData("An appeals court in Tunis confirmed the prison sentence of a Tunisian opposition leader.", "TUNJUD→TUNOPP:116")]
    [InlineData("The Ugandan court upheld the sentence against the former army commander.", "UGAJUD→*:116")]
    [InlineData("The Senate upheld the president's veto of the budget bill.", "!*→*:116")]
    public void Upholding_a_conviction_or_sentence_finds_guilty(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Lawyers in Lahore boycotted the courts on Monday in protest against a new law passed by the Pakistani parliament.", "!PAKLEG→*:*")]
    [InlineData("Farmers in Punjab blocked highways in protest against a price cut announced by the Indian government.", "!INDGOV→*:14*")]
    [InlineData("Strikes by Israel on Gaza killed 20 people on Sunday.", "ISR→*:19*")]
    public void A_participles_agent_is_not_the_event_nouns(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An exchange of fire is mutual: with its other side named it is coded both ways, as "exchanged fire with" is; fought
    // by the clause's subject in a phrase of time ("in a gunfight with", "after a shootout with") it is that subject's, and
    // after "after" it is the first step of the same operation, news and not a cause told as known.
    [Theory]
    [InlineData("Three Indian soldiers were killed in a gunfight with militants in Kashmir on Sunday.", "INDMIL→INDREB:193")]
    [InlineData("Three Indian soldiers were killed in a gunfight with militants in Kashmir on Sunday.", "INDREB→INDMIL:193")]
    [InlineData("Kenyan police freed six hostages after a shootout with their kidnappers in Nairobi.", "KENCOP→KENCRM:193")]
    [InlineData("Kenyan police freed six hostages after a shootout with their kidnappers in Nairobi.", "KENCRM→KENCOP:193")]
    [InlineData("Mexican soldiers killed four gunmen in a gun battle near Culiacan on Friday.", "!MEXCRM→MEXMIL:193")]
    [InlineData("Serbia recalled its envoy after a gun battle between Kosovo police and Serb gunmen.", "!SRB*→*:193")]
    public void An_exchange_of_fire_with_a_named_side_is_mutual(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A dateline in ordinary capitalisation, as the regional press prints it, places the story: bare roles take its
    // country. A country name before a dash is no dateline.
    [Theory]
    [InlineData("Abuja - The Senate on Tuesday urged the police to arrest the killers of a lawmaker.", "NGALEG→NGACOP:02*")]
    [InlineData("Kathmandu, March 9: Police arrested three opposition activists near the parliament.", "NPLCOP→NPLOPP:173")]
    [InlineData("Jakarta - Thousands of drivers rallied outside the palace on Thursday to demand that the government cut fuel prices.", "IDN*→IDNGOV:14*")]
    public void A_title_case_dateline_places_the_story(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Forcing a text through a vote is no ramming: "rammed through a law", "rammed the bill through parliament".
    [Theory]
    [InlineData("Hungary's parliament rammed through a law restricting foreign-funded groups.", "!*→*:19*")]
    [InlineData("The Georgian ruling party rammed the bill through parliament on Friday.", "!*→*:19*")]
    [InlineData("A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal.", "CHN*→PHL*:19*")]
    public void Forcing_a_law_through_is_no_ramming(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A pronoun object no actor stands for is still the object: an actor further on is not the target instead.
    [Theory]
    [InlineData("The army chief visited soldiers in Maiduguri on Thursday, urging them to sustain operations against Boko Haram insurgents.", "!*→NGAREB:02*")]
    [InlineData("The EU summoned the Russian ambassador and urged him to end attacks on Ukraine.", "IGOEU*→RUS*:02*")]
    public void An_unresolved_pronoun_object_blocks_a_later_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A host "received a courtesy call from" the visitor: the visitor after "from" makes the visit, the subject hosts it.
    [Theory]
    [InlineData("Sri Lanka's President on Tuesday received a courtesy call from the visiting Indian foreign secretary in Colombo.", "INDGOV→LKAGOV:042")]
    [InlineData("Sri Lanka's President on Tuesday received a courtesy call from the visiting Indian foreign secretary in Colombo.", "LKAGOV→INDGOV:043")]
    [InlineData("The Ghanaian president received several courtesy calls at the Jubilee House on Monday.", "!*→*:04*")]
    public void A_courtesy_call_received_is_a_visit_hosted(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
