namespace Tidings.Tests.Coding;

/// <summary>
/// The business, economy and labour desk (session 28, blind46): a strike by workers, teachers, doctors or farmers is a
/// labour strike, never a military one; strikers told as "on strike"; pickets at ports, gates and refineries; a gas supply
/// cut or halved with its volume after the noun; workers of ports and mines named by one word; unions named by an
/// acronym before "union"; raids by prosecutors, regulators and tax officials; trade duties raised or named by their kind.
/// </summary>
public class Blind46Tests
{
    [Theory]
    // "strike" with a workforce as its doer is the labour strike (143), verb or noun
    [InlineData("Dockworkers struck for a second day at the port of Durban.", "ZAFLAB→-:143|!*:19*")]
    [InlineData("Teachers in Kenya struck over unpaid wages on Monday.", "KENEDU→*:143|!*:19*")]
    [InlineData("The nurses' union held a strike against the health ministry.", "*HLH→*:143|!*:19*")]
    [InlineData("Unions struck against the pension reform in France.", "FRALAB→*:14*|!*:19*")]
    [InlineData("Workers at the steel plant held a one-day strike against the company.", "*LAB→*BUS:143|!*:19*")]
    [InlineData("Farmers in India went on strike over crop prices.", "INDAGR→*:14*|!*:19*")]
    // armed doers keep the military strike
    [InlineData("The army launched strikes against rebel positions.", "*MIL→*REB:195|!*:143")]
    [InlineData("Russian warplanes struck rebel positions near Idlib.", "RUSMIL→*:19*|!*:143")]
    [InlineData("Israeli jets struck Hezbollah targets in southern Lebanon.", "ISRMIL→*:195|!*:143")]
    public void A_workforce_strike_is_a_labour_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // strikers told as on strike, staying or remaining on it
    [InlineData("About 3,000 miners have been on strike since March.", "*LAB→-:143")]
    [InlineData("Doctors in Nigeria remained on strike for a third week.", "NGAHLH→*:143")]
    [InlineData("Bus drivers were on strike in Lagos on Monday.", "NGALAB→-:143")]
    // workers of ports and mines named by one word
    [InlineData("Port workers in Mombasa went on strike.", "KENLAB→-:143")]
    [InlineData("Mineworkers downed tools at three mines.", "*LAB→-:143")]
    public void Strikers_on_strike_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // pickets at ports, gates, terminals and refineries obstruct passage (144)
    [InlineData("Dockworkers blocked the entrance to the port of Santos.", "BRALAB→*:144")]
    [InlineData("Striking truck drivers blocked the port of Durban with their lorries.", "ZAFLAB→*:144")]
    [InlineData("Protesters blocked the gates of the refinery for six hours.", "*CVL→-:144")]
    [InlineData("Oil workers blocked the refinery in Port Harcourt.", "NGALAB→*:144")]
    public void A_picket_at_a_port_or_plant_obstructs_passage(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a supply of gas cut, halved or reduced reduces relations (160, decision 024), the volume told after the noun
    [InlineData("Russia's Gazprom halved deliveries of natural gas to Moldova on Monday.", "RUSBUS→MDA:160")]
    [InlineData("Gazprom cuts gas to Serbia", "RUSBUS→SRB:160")]
    [InlineData("Azerbaijan reduced gas supplies to Georgia last week.", "AZE→GEO:160")]
    [InlineData("Algeria cut deliveries to Spain after the row.", "DZA→ESP:160")]
    // deliveries cut to no actor are business, no event
    [InlineData("The company cut deliveries to customers after the fire.", "!*:160")]
    public void A_gas_supply_cut_reduces_relations(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a union named by words the lexicon lacks before a lower-case "union" or "labour federation" is that union (LAB)
    [InlineData("The CGT union called a strike.", "LAB→-:143")]
    [InlineData("The Unite union held a strike against the company.", "LAB→BUS:143|!*:19*")]
    [InlineData("Argentina's CGT labour federation held a general strike against the government.", "ARGLAB→ARGGOV:143")]
    // a capitalised "Union" is part of a proper name
    [InlineData("Turkey joined the Customs Union in 1995.", "!LAB→*:*")]
    public void A_named_union_is_labour(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a raid by prosecutors, regulators or tax officials is an investigation's search (091), by police a search and
    // seizure (171), by troops force (190)
    [InlineData("South Korean prosecutors raided the offices of Samsung.", "KORJUD→KORBUS:091|!*:19*")]
    [InlineData("India's tax agency raided the offices of the Chinese smartphone maker Orion Mobile on Monday.", "INDGOV→CHNBUS:091|!*:19*")]
    [InlineData("Paraguayan police raided the offices of an opposition newspaper.", "PRYCOP→PRYMED:171")]
    [InlineData("Israeli troops raided the Jenin refugee camp.", "ISRMIL→*:190")]
    // makers named by their product are business
    [InlineData("The Kenyan phone maker denied the charges.", "KENBUS→-:016")]
    [InlineData("Gazprom accused the Armenian state distributor of failing to pay its bills.", "RUSBUS→ARMBUS:112")]
    public void A_raid_by_investigators_is_an_investigation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // trade duties raised, imposed or named by their kind are sanctions on the goods' country (163)
    [InlineData("The European Commission on Monday raised duties on electric cars imported from China to as much as 45 percent.", "IGOEUREEC→CHN:163")]
    [InlineData("India imposed anti-dumping duties on steel from Vietnam.", "IND→VNM:163")]
    [InlineData("Mexico imposed duties on Chinese shoes.", "MEX→CHN:163")]
    [InlineData("Canada slapped punitive duties on Chinese electric vehicles.", "CAN→CHN:163")]
    // a duty that is a task is no trade measure
    [InlineData("Officers on duty at the embassy were injured.", "!*:163")]
    public void Trade_duties_are_sanctions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
