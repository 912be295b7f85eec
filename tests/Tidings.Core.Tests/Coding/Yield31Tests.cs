namespace Tidings.Tests.Coding;

/// <summary>
/// Aid, yielding and reduced relations told in the ways wire copy tells them (roots 07, 08, 16): relief that arrives by
/// the vehicle carrying it or handed to the stricken people, access given by letting another body deliver aid, a relief body's own deliveries suspended,
/// laws and reforms given up, and parties put on or taken off a sanctions list.
/// </summary>
public class Yield31Tests
{
    [Theory]
    // the vehicle's load is the aid; the giver is the actor the vehicle is named by, or where it comes from
    [InlineData("A Turkish convoy carrying tents and blankets crossed into northern Syria on Friday.", "TUR→SYR:073")]
    [InlineData("A Saudi ship carrying 300 tonnes of food docked at Port Sudan on Monday.", "SAU→SDN:073")]
    [InlineData("Qatari relief flights carrying tents and medicine landed in Kabul.", "QAT→AFG:073")]
    [InlineData("Aid trucks carrying flour and rice crossed into Gaza from Jordan.", "JOR→PSE:073")]
    [InlineData("A convoy of 20 UNICEF trucks carrying vaccines and medicine reached Mekelle on Tuesday.", "IGOUNOKID→ETH:073")]
    // a load that is no relief, or a vehicle that does not arrive, is no aid
    [InlineData("A convoy of army trucks carrying soldiers reached the border town.", "!*:07*")]
    [InlineData("A Ukrainian ship carrying grain docked at Istanbul.", "!*:07*")]
    [InlineData("A convoy carrying food and medicine came under fire near the border.", "!*:07*")]
    public void Relief_arriving_by_its_vehicle_is_aid_to_where_it_arrives(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // relief handed to people of the stricken country goes to its civilians, also a state's relief to its own people
    [InlineData("Japan delivered tents and blankets to flood victims in Pakistan.", "JPN→PAKCVL:073")]
    [InlineData("UNICEF sent food and medicines to the survivors in Goma on Tuesday.", "IGOUNOKID→CODCVL:073")]
    [InlineData("The Punjab provincial government distributed tents and food rations to 40,000 flood victims in Kasur.", "PAKGOV→PAKCVL:073")]
    // relief sent to a country, or a state's own relief to a home place, keeps its reading
    [InlineData("China sent tents to Nepal.", "CHN→NPL:073")]
    [InlineData("Pakistan's army flew tents and medicine to Skardu.", "!*:073")]
    public void Relief_handed_to_the_stricken_goes_to_their_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // letting another body bring relief, or admitting relief staff, is humanitarian access for that body
    [InlineData("Ethiopia's government allowed UN agencies to deliver food to Tigray.", "ETHGOV→IGOUNO:0863")]
    [InlineData("The rebels allowed the Red Cross to distribute aid in the town.", "REB→NGOHLHIRC:0863")]
    [InlineData("Sudan's government granted visas to 25 foreign aid workers.", "SDNGOV→NGO:0863")]
    // letting others in who bring no relief is no humanitarian access
    [InlineData("The army allowed journalists to enter the town.", "!*:0863")]
    public void Letting_another_body_deliver_aid_gives_humanitarian_access(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a relief body stopping its own deliveries cuts humanitarian aid
    [InlineData("The World Food Programme suspended food distributions in northern Ethiopia.", "IGOUNOAGRWFP→*:1623")]
    [InlineData("The charity halted its aid operations in Darfur after two staff were killed.", "*→*:1623")]
    public void Suspended_relief_deliveries_cut_humanitarian_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a law or reform withdrawn or shelved is a policy given up
    [InlineData("Ghana's government withdrew its land reform after weeks of protests.", "GHAGOV→*:0832")]
    [InlineData("The Kenyan government shelved the housing law after a wave of protests.", "KENGOV→*:0832")]
    // a proposal withdrawn in a negotiation or a debate is no concession
    [InlineData("Russia withdrew its proposal for a vote.", "!*:083*")]
    public void A_law_or_reform_given_up_is_a_policy_concession(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // listing is the sanction, delisting eases it
    [InlineData("The US Treasury removed three Turkish banks from its sanctions list.", "USAGOV→TURBUS:085")]
    [InlineData("The US Commerce Department added 12 Iranian firms to its trade blacklist.", "USAGOV→IRNBUS:163")]
    [InlineData("Britain put two Russian banks on its sanctions list.", "GBR→RUSBUS:163")]
    public void A_sanctions_list_is_a_sanction(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a truce agreed in other words is the truce, for both sides
    [InlineData("The army and the rebels agreed to halt fighting in the north.", "MIL→REB:0871|REB→MIL:0871")]
    // staying committed to a truce in force is no new one
    [InlineData("Hezbollah said it remained committed to the ceasefire.", "!*:0871")]
    public void A_truce_agreed_in_other_words_is_a_truce(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
