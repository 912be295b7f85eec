namespace Tidings.Tests.Coding;

/// <summary>
/// The right code for an event the coder already finds (session 25, codes25): people only counted at the mass-killing
/// bound are a mass killing (202); an agreement that coordinated actors praise or condemn is not one they signed with each
/// other; receiving a foreign government's leader or envoy is hosting his visit (043, and his 042) wherever it happens.
/// </summary>
public class Codes25Tests
{
    [Theory]
    // people the sentence only counts, at 50 or more (or "hundreds", "thousands"), killed by an armed doer: a mass killing
    [InlineData("Gunmen killed more than 100 people in an attack on a market town in the north.", "*→*CVL:202|!*:1823")]
    [InlineData("Soldiers killed hundreds of men in house-to-house raids.", "*MIL→*CVL:202|!*:1823")]
    [InlineData("Militants killed 1,200 people in the region over three months, a rights group said.", "*→*CVL:202")]
    [InlineData("Gangs killed thousands of people in the capital this year.", "*CRM→*CVL:202")]
    [InlineData("Fighters killed 75 people in three villages in the east on Sunday.", "*→*CVL:202")]
    // named civilians keep the bound they had
    [InlineData("Gunmen killed 60 villagers in the province.", "*→*CVL:202")]
    // below the bound, or only "dozens", a killing by physical assault; a disaster is no doer
    [InlineData("Gunmen killed 12 people in an attack on a village.", "*→*CVL:1823|!*:202")]
    [InlineData("Police killed dozens of people during the protests.", "*COP→*CVL:1823|!*:202")]
    [InlineData("The earthquake killed 300 people.", "!*:202")]
    public void Counted_people_at_the_bound_are_a_mass_killing(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the agreement praised or condemned is not signed between those who judge it
    [InlineData("Egypt and Qatar welcomed the peace deal between the two rivals.", "!*:057")]
    [InlineData("Germany and France praised the trade agreement.", "!*:057")]
    [InlineData("Russia and China condemned the deal.", "!*:057")]
    [InlineData("Japan and Australia hailed the ceasefire agreement.", "!*:057")]
    // the parties it names are the ones praised
    [InlineData("France and Germany welcomed the agreement between Armenia and Azerbaijan.", "FRA→ARM:051|DEU→AZE:051|!*:057")]
    // signing one still is
    [InlineData("Brazil and Argentina signed a trade deal.", "BRA→ARG:057|ARG→BRA:057")]
    public void A_judged_agreement_is_not_the_judges_agreement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a foreign leader or envoy received at a building, or with no place, is a visit the receiver hosts
    [InlineData("Kenya's president received Ethiopia's prime minister at the state house.", "KENGOV→ETHGOV:043|ETHGOV→KENGOV:042|!*:040")]
    [InlineData("Oman's sultan received Iran's foreign minister at his palace.", "OMNGOV→IRNGOV:043|IRNGOV→OMNGOV:042")]
    [InlineData("Chile's president received Argentina's foreign minister on Monday.", "CHLGOV→ARGGOV:043|ARGGOV→CHLGOV:042")]
    [InlineData("The Ghanaian foreign minister was received by Nigeria's president.", "NGAGOV→GHAGOV:043|GHAGOV→NGAGOV:042")]
    // a place in the host's country says the same; a third country makes it a meeting abroad
    [InlineData("The Indonesian president received the Australian foreign minister in Jakarta.", "IDNGOV→AUSGOV:043|AUSGOV→IDNGOV:042")]
    [InlineData("Turkey's president received Somalia's president in Geneva.", "TURGOV→SOMGOV:044|!*:043")]
    // people who are no foreign government are not received on a visit
    [InlineData("The hospital received 200 wounded people.", "!*:04*")]
    [InlineData("Kenya's president received the Kenyan ambassador.", "!*:043")]
    public void Receiving_a_foreign_government_is_hosting_its_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
