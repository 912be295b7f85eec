namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (coerce68): roots 17 and 14. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Coerce68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "killing 40 villagers and burning homes": the second participle, which the parser may hang on the first one's object,
    // is a conjunct of the first and shares its subject; homes burned in a place a raid struck are its people's (CVL), not
    // the bare country the participle inherited from the attack on the place.
    [Theory]
    [InlineData("Militiamen attacked two villages in Congo's Ituri province on Sunday, killing more than 40 people and burning homes, a local official said.", "CODREB→CODCVL:1712")]
    [InlineData("Bandits raided a farming community in Niger's Tillaberi region, killing 23 villagers and torching dozens of houses, officials said.", "NERCRM→NERCVL:1712")]
    [InlineData("Bandits raided a farming community in Niger's Tillaberi region, killing 23 villagers and torching dozens of houses, officials said.", "!NERCRM→NER:1712")]
    // a killing with no burning beside it gains no destruction
    [InlineData("Floods swept through the valley on Monday, killing 12 people and washing away bridges, officials said.", "!*→*:1712")]
    public void A_second_participle_shares_the_first_ones_subject(string sentence, string expected) => AssertCoded(sentence, expected);

    // Fire set beside the killing of people who are no armed side is destruction of their property (1712) aimed at them; fire
    // set beside the killing of police officers at their post stays the attack's outcome.
    [Theory]
    [InlineData("Jihadists ambushed a convoy of cattle trucks in northern Burkina Faso, setting the trucks ablaze and killing several drivers.", "BFAREB→BFALAB:1712")]
    [InlineData("Gunmen attacked a polling station in Katsina state, killing three election officials and setting ballot boxes on fire.", "NGAREB→NGAGOV:1712")]
    [InlineData("Militants attacked a police post in northern Kenya, killing four officers and setting two vehicles on fire.", "!*→*:1712")]
    public void Fire_set_beside_a_killing_of_people_destroys_their_property(string sentence, string expected) => AssertCoded(sentence, expected);

    // A crowd of protesters or rioters that burns or loots property no one is named as owning, at home, riots (145) against
    // its own government; an owner named keeps the destruction; armed men burning homes stay 1712.
    [Theory]
    [InlineData("Rioters looted shops and burned cars in the Congolese city of Goma.", "CODCVL→CODGOV:145")]
    [InlineData("Rioters looted shops and burned cars in the Congolese city of Goma.", "!*→*:1712")]
    [InlineData("Rebels burned dozens of homes in a village in eastern Congo.", "CODREB→COD*:1712")]
    [InlineData("Rebels burned dozens of homes in a village in eastern Congo.", "!*→*:145")]
    public void A_crowd_burning_and_looting_riots(string sentence, string expected) => AssertCoded(sentence, expected);

    // Tyres a crowd burns are its barricade's fuel, not property destroyed.
    [Theory]
    [InlineData("Opposition supporters in Harare blocked roads with burning tyres on Monday.", "!*→*:1712")]
    [InlineData("Protesters blocked the main road into Lima with burning tyres on Monday.", "!*→*:145")]
    [InlineData("Protesters blocked the main road into Lima with burning tyres on Monday.", "!*→*:1712")]
    [InlineData("Farmers set fire to tyres outside the agriculture ministry in Paris.", "!*→*:1712")]
    [InlineData("Farmers set fire to a tractor dealership outside Paris.", "FRAAGR→*:1712")]
    public void Burning_tyres_destroy_no_property(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 134: visa, entry and travel bans laid on another state's people are sanctions (163); a travel ban on a state's
    // own people restricts their rights (172).
    [Theory]
    [InlineData("Canada revoked the visas of two Iranian officials on Monday.", "CAN*→IRNGOV:163")]
    [InlineData("Canada revoked the visas of two Iranian officials on Monday.", "!*→*:172")]
    [InlineData("Britain imposed a travel ban on four Sudanese generals.", "GBR*→SDNMIL:163")]
    [InlineData("Britain imposed a travel ban on four Sudanese generals.", "!*→*:172")]
    [InlineData("Belarus imposed a travel ban on opposition activists.", "BLR*→BLROPP:172")]
    [InlineData("Belarus imposed a travel ban on opposition activists.", "!*→*:163")]
    public void Visa_and_travel_bans_on_foreigners_are_sanctions(string sentence, string expected) => AssertCoded(sentence, expected);

    // A search of someone's home or office by police or security agents is a search and seizure (171); by prosecutors it is
    // an investigation's search (091); a search for people names no owner.
    [Theory]
    [InlineData("Police in Minsk searched the homes of three opposition activists on Tuesday.", "BLRCOP→BLROPP:171")]
    [InlineData("Prosecutors in Seoul searched the offices of the ruling party on Friday.", "KORJUD→*:091")]
    [InlineData("Prosecutors in Seoul searched the offices of the ruling party on Friday.", "!KORJUD→*:171")]
    [InlineData("Police searched for three missing fishermen off the coast of Kerala.", "!*→*:171")]
    public void Searches_of_premises_are_seizures_or_investigations(string sentence, string expected) => AssertCoded(sentence, expected);

    // "they" protesting in a clause on what a force did to people stands for those people: their protest is coded with them
    // as its source; a "they" that acts as a force would ("as they fired") is left to the general reading.
    [Theory]
    [InlineData("Police in Lagos detained dozens of students as they tried to march on the state assembly.", "NGAEDU→*:141")]
    [InlineData("Riot police in Lima fired tear gas at farmers as they blocked a highway near the capital.", "PERAGR→*:144")]
    [InlineData("Riot police in Lima fired tear gas at farmers as they blocked a highway near the capital.", "!PERCOP→*:191")]
    public void Protests_of_the_people_a_force_acted_on(string sentence, string expected) => AssertCoded(sentence, expected);
}
