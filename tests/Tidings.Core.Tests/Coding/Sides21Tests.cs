namespace Tidings.Tests.Coding;

/// <summary>
/// "The two sides", "the two neighbours", "the pair", "the two" and "each other" as actors (session 21, sides21): such a
/// phrase stands for the two sides the text last paired ("A and B", "between A and B") in its sentence or the few before
/// it, a symmetric act of the pair is coded both ways, and with no pair named the phrase stays unresolved and codes no
/// actor. Articles of two sentences are written as one body.
/// </summary>
public class Sides21Tests
{
    [Theory]
    // the pair is the two sides coordinated in the sentence before, or earlier in its own
    [InlineData("Peru and Chile clashed over fishing rights last year. The two countries agreed on Monday to hold talks on the dispute.", "PER→CHL:036|CHL→PER:036")]
    [InlineData("Serbia and Kosovo blamed each other for the violence. The two sides met in Brussels on Friday.", "SRB→KSV:04*|KSV→SRB:04*")]
    [InlineData("Guyana and Suriname settled their border dispute in March. On Monday, the two neighbours signed a trade agreement.", "GUY→SUR:057|SUR→GUY:057")]
    [InlineData("The army and the rebels fought for weeks near the capital. The two sides agreed to a ceasefire on Sunday.", "MIL→REB:0871|REB→MIL:0871")]
    // a coordinated pair is the pair, not a third party the sentence also named ("prisoners" are no side)
    [InlineData("Russia and Ukraine exchanged prisoners on Friday, and the two sides pledged to hold more talks.", "RUS→UKR:036|UKR→RUS:036|!*CVL*:036")]
    // the coordinated objects of an act are the pair, not its doer
    [InlineData("The United States sanctioned Iran and Venezuela on Monday. The two countries condemned the move.", "IRN→*:111|VEN→*:111|!USA→*:111")]
    [InlineData("Indonesia criticized Australia and New Zealand on Monday. The two countries rejected the criticism.", "AUS→IDN:016|NZL→IDN:016|!IDN→*:016")]
    public void The_two_sides_are_the_last_pair_named(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a contest or talks "between the two …" opening its clause is between the pair, both ways
    [InlineData("Thailand and Cambodia traded accusations on Monday. Fighting between the two neighbours spread to six areas.", "THA→KHM:190|KHM→THA:190")]
    [InlineData("Rwanda and Congo signed a deal in June. Talks between the two sides resumed in Doha on Monday.", "RWA→COD:040|COD→RWA:040")]
    // its own sentence may name the two sides before it
    [InlineData("Thailand's air force bombed Cambodian military positions on Friday as fighting between the two neighbours spread to six areas.", "THAMIL→KHMMIL:195|THA→KHM:190|KHM→THA:190")]
    // a third party acting on the pair stays outside it
    [InlineData("Thailand and Cambodia clashed again on Sunday. Malaysia offered to host talks between the two neighbours.", "MYS→THA:039|MYS→KHM:039|!MYS→MYS:*")]
    [InlineData("Thailand and Cambodia clashed again on Sunday. Norway urged both countries to return to talks.", "NOR→THA:02*|NOR→KHM:02*")]
    // "between the two countries" on the subjects' own object leaves the subjects as each other's partners
    [InlineData("Iran's foreign minister and his Kuwaiti counterpart agreed to resume direct flights between the two countries.", "IRNGOV→KWTGOV:0311|KWTGOV→IRNGOV:0311|!IRNGOV→IRN:*")]
    public void A_between_phrase_on_the_pair_names_both_sides(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // "the pair" and a bare "the two" before its verb are the two sides just named
    [InlineData("Ghana's president met his Togolese counterpart in Accra. The pair agreed to cooperate on border security.", "GHAGOV→TGOGOV:031|TGOGOV→GHAGOV:031")]
    [InlineData("Kenya's president met his Ugandan counterpart on Monday. The pair agreed to build a railway.", "KENGOV→UGAGOV:03*|UGAGOV→KENGOV:03*")]
    [InlineData("Nigeria's president hosted Benin's president in Abuja, and the two agreed to reopen the border.", "NGAGOV→BENGOV:043|BENGOV→NGAGOV:042")]
    // "the pair of …" is a count of things, and a pair arrested is no side of anything named
    [InlineData("Police said the pair of suspects fled the scene.", "!*→*:*")]
    [InlineData("Police arrested the pair on Monday.", "COP→-:173")]
    public void The_pair_and_the_two_are_the_sides_just_named(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // "each other"/"one another" after coordinated subjects is each side's act on the other
    [InlineData("Mali and Niger accused each other of supporting armed groups.", "MLI→NER:112*|NER→MLI:112*")]
    [InlineData("Sudan's army and the paramilitary Rapid Support Forces blamed one another for the attack on the market.", "SDNMIL→SDNREB:112|SDNREB→SDNMIL:112")]
    [InlineData("China and Japan criticized each other over the islands.", "CHN→JPN:111|JPN→CHN:111")]
    [InlineData("Bolivia and Paraguay accused each other of harbouring smugglers.", "BOL→PRY:112*|PRY→BOL:112*")]
    public void Each_other_is_the_other_coordinated_side(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // with no pair named the phrase codes no actor
    [InlineData("The two sides agreed to meet again next week.", "!*→*:*")]
    [InlineData("Both countries condemned the attack.", "!*→*:*")]
    [InlineData("Malaysia offered to host talks between the two neighbours.", "!MYS→*:*")]
    [InlineData("Norway urged both sides to return to talks.", "!NOR→NOR:*")]
    public void With_no_pair_named_the_phrase_stays_unresolved(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
