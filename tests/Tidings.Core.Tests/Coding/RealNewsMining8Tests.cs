namespace Tidings.Tests.Coding;

/// <summary>
/// General structures found by reading the coder's errors on real news it had never seen (session 18, realmine8: GeoVirus
/// Wikinews articles of the realnews dev7 split, and dev6). The sentences are written for these tests, in news style, with
/// actors of every region; none is taken from a corpus.
/// </summary>
public class RealNewsMining8Tests
{
    [Theory]
    // A claim, a charge or a report named as what is rejected or dismissed is denied (016), as "denied the claim" is.
    [InlineData("Peru's interior minister dismissed the claim on Tuesday.", "PERGOV→-:016")]
    [InlineData("Malawi's health ministry rejected the report as politically motivated.", "MWIGOV*→-:016")]
    [InlineData("The Thai army dismissed the charges against its commanders.", "THAMIL→-:016")]
    // An accusation before it in the sentence against the denier's side makes its maker the denial's target.
    [InlineData("Somalia accused Kenya of training militias, but Nairobi dismissed the claim.", "KENGOV→SOM:016")]
    [InlineData("Armenia accused Azerbaijan of shelling border villages, and Baku rejected the claim.", "AZEGOV→ARM:016")]
    // A request or a proposal rejected is still a rejection.
    [InlineData("Colombia rejected the request for extradition from Venezuela.", "!*:016")]
    public void Rejecting_a_claim_denies_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An event named only as what pauses ("a lull in the fighting", "a pause in the strikes") is not going on.
    [InlineData("Villages in eastern Chad are enjoying a lull in the fighting.", "!*:19*")]
    [InlineData("Residents of Khartoum used a pause in the shelling to flee.", "!*:19*")]
    [InlineData("Farmers in Borno welcomed a respite from the attacks.", "!*:18*|!*:19*")]
    // The fighting itself stays news.
    [InlineData("Chadian troops fought rebels near Abeche on Sunday.", "TCDMIL→TCDREB:19*")]
    public void An_event_in_a_pause_is_not_going_on(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A broker participle set off by commas after the agreement mediates with each side, however the parser hangs it.
    [InlineData("A deal between Ethiopia and Eritrea, mediated by Saudi Arabia, ended the border dispute.", "SAU→ETH:045|SAU→ERI:045|ETH→ERI:057")]
    [InlineData("An agreement between Armenia and Azerbaijan, brokered by the United States, opened the transit route.", "USA→ARM:045|USA→AZE:045")]
    // With no broker phrase no one mediates.
    [InlineData("A deal between Ethiopia and Eritrea ended the border dispute.", "!*:045")]
    public void A_broker_after_the_agreement_mediates(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Stopping the giving of aid is reducing aid (162); held out with "may" in the source's own words, with an adverb
    // between, it is a threat to cut aid (1311).
    [InlineData("Japan said it may temporarily stop giving aid to Myanmar unless the junta frees political prisoners.", "JPN→MMR*:1311")]
    [InlineData("Germany stopped providing aid to Niger after the coup.", "DEU→NER:162")]
    [InlineData("Norway said it could soon suspend aid to Malawi.", "NOR→MWI:1311")]
    // "may not" is no threat.
    [InlineData("Canada said it may not stop giving aid to Haiti.", "!CAN→HTI:1311")]
    public void Stopping_aid_held_out_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An appeal launched or issued is made to no one in particular; what it is for names its kind, and the aid it is to
    // pay for is not given.
    [InlineData("The United Nations launched an appeal for 30 million dollars to assist flood victims in Malawi.", "IGOUNO→-:02*|!IGOUNO→MWI:07*")]
    [InlineData("UNICEF issued an appeal for food aid for Somalia.", "IGOUNOKID→SOM:0233")]
    public void A_launched_appeal_is_an_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Medical personnel, staff and workers are health workers (HLH); people called foreign are not the sentence's country's.
    [InlineData("Sudanese police detained two medical workers in Omdurman.", "SDNCOP→SDNHLH:173")]
    [InlineData("Libya freed six medical personnel on Tuesday.", "LBY→LBYHLH:084*")]
    [InlineData("Libya freed six foreign medical personnel on Tuesday.", "!LBY→LBYHLH:*")]
    public void Medical_personnel_are_health_workers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A commitment or pledge restated frames the act it is to: intent (03x), not the act done.
    [InlineData("Kenya reiterated its commitment to assist Somali refugees.", "KEN→SOMREF:033|!KEN→SOMREF:07*")]
    [InlineData("Brazil's president reaffirmed his pledge to send troops to Haiti.", "BRAGOV→HTI:0334")]
    public void A_restated_commitment_is_an_intent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Outrage expressed or voiced at an act condemns it (111); an attack of no named doer gives no target, its place none.
    [InlineData("Uganda's foreign minister expressed outrage at the killing of two diplomats in Juba.", "UGAGOV→-:111|!UGAGOV→SSD*:111")]
    [InlineData("Chile's president voiced his outrage over the attack on the embassy.", "CHLGOV→-:111")]
    [InlineData("Fiji's prime minister expressed outrage at India's decision to close the consulate.", "FJIGOV→IND*:111")]
    public void Outrage_expressed_condemns(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
