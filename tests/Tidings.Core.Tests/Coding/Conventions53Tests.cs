namespace Tidings.Tests.Coding;

/// <summary>
/// Session 53 (conventions53, decision 058): actor readings the written conventions settle. Members of a named state force
/// are that force; an agency called the state's is a state body; a high commissioner is his state's envoy; the head of an
/// intelligence or police service out of office is an elite; a compound naming who leads a body is no word of its name; an
/// apposition that names a ranked holder's office gives the office; sector
/// ministries named with "of" keep their sector. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Conventions53Tests
{
    // "officers" alone are police (roles.tsv); "of" a named army or service they are its members. A ministry after "of"
    // is no force, and its officers keep the police row.
    [Theory]
    [InlineData("U.S. prosecutors charged two officers of China's People's Liberation Army with stealing trade secrets from a chip maker.", "USAJUD→CHNMIL:173")]
    [InlineData("U.S. prosecutors charged two officers of China's People's Liberation Army with stealing trade secrets from a chip maker.", "!USAJUD→CHNCOP:173")]
    [InlineData("The EU imposed sanctions on five senior officers of the Belarusian interior ministry over the crackdown.", "IGOEUREEC→BLRCOP:163")]
    [InlineData("The EU imposed sanctions on five senior officers of the Belarusian interior ministry over the crackdown.", "!IGOEUREEC→BLRGOV:163")]
    public void Members_of_a_named_force_are_that_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A bare "agency" is a news agency (MED); one the words call the state's or the government's is a state body, and
    // "state news agency" (the longer row) is still media.
    [Theory]
    [InlineData("Ukraine's parliament voted to dismiss the head of the state agency in charge of road building.", "UKRLEG→UKRGOV:172")]
    [InlineData("Ukraine's parliament voted to dismiss the head of the state agency in charge of road building.", "!UKRLEG→UKRMED:*")]
    [InlineData("Iran's state news agency accused the BBC of spreading lies about the protests.", "IRNMED→GBRMED:112")]
    public void An_agency_of_the_state_is_a_state_body(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A high commissioner is a Commonwealth state's ambassador: his government, also after a country name used as a noun
    // adjunct. The UN's high commissioners stay the UN offices the lexicon lists by name.
    [Theory]
    [InlineData("Pakistan summoned the Indian High Commissioner in Islamabad to protest the shelling.", "PAK→INDGOV:114")]
    [InlineData("Pakistan summoned the Indian High Commissioner in Islamabad to protest the shelling.", "!PAK→IND:114")]
    [InlineData("Kenya summoned the Uganda High Commissioner in Nairobi over the arrest of two opposition activists.", "KEN→UGAGOV:114")]
    [InlineData("The UN High Commissioner for Refugees urged European governments to take in more Sudanese refugees.", "IGOUNOREFHCR→*:02*")]
    [InlineData("The UN High Commissioner for Refugees urged European governments to take in more Sudanese refugees.", "!GOV→*:02*")]
    public void A_high_commissioner_is_his_governments_envoy(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // The head of an intelligence or police service is a state office as an army chief is: "former" puts its holder among
    // the elites (ELI), not the government nor the civilians. Plain former officers hold no office.
    [Theory]
    [InlineData("Peru's top court ordered the arrest of a former intelligence chief over the wiretapping of judges.", "PERJUD→PERELI:173")]
    [InlineData("Peru's top court ordered the arrest of a former intelligence chief over the wiretapping of judges.", "!PERJUD→PERGOV:173")]
    [InlineData("Peru's top court ordered the arrest of a former police chief over the killing of protesters.", "PERJUD→PERELI:173")]
    [InlineData("Peru's top court ordered the arrest of a former police chief over the killing of protesters.", "!PERJUD→PERCVL:173")]
    public void A_former_head_of_a_service_is_an_elite(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "Kurdish-led", "Iran-backed" describe the body named after them: the listed name is read (the SDF is an armed group,
    // REB, not a military because its name ends in "Forces").
    [Theory]
    [InlineData("The Kurdish-led Syrian Democratic Forces accused Turkey of shelling villages near Kobani.", "SYRREB→TUR:112*")]
    [InlineData("The Kurdish-led Syrian Democratic Forces accused Turkey of shelling villages near Kobani.", "!SYRMIL→TUR:112*")]
    public void A_controller_compound_is_no_word_of_the_name(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Decision 023 point 7: a rank title before a known office holder gives the role, but an apposition that names his
    // office before him gives the office. With no office named, or the junta named as the office, the rank stays.
    [Theory]
    [InlineData("Burkina Faso's leader, Captain Ibrahim Traore, spoke by telephone with Goita on Monday and offered to send soldiers to escort the fuel trucks, his office said.", "BFAGOV→MLIGOV:041")]
    [InlineData("Burkina Faso's leader, Captain Ibrahim Traore, spoke by telephone with Goita on Monday and offered to send soldiers to escort the fuel trucks, his office said.", "!BFAMIL→MLIGOV:041")]
    [InlineData("Captain Ibrahim Traore thanked Russia for its military help on Friday.", "BFAMIL→RUS:051")]
    [InlineData("Niger's junta leader, General Abdourahamane Tiani, accused France of backing jihadists.", "NERMIL→FRA:1123")]
    public void An_office_named_in_apposition_before_a_ranked_holder_gives_the_office(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Decision 023 point 4: a sector ministry keeps its sector also when named with "of" ("the Ministry of Health" as
    // "the health ministry"); the ministries with no sector code stay GOV.
    [Theory]
    [InlineData("Striking doctors marched on the Ministry of Health in Nairobi to demand unpaid wages.", "KENHLH→KENGOVHLH:14*")]
    [InlineData("Striking doctors marched on the Ministry of Health in Nairobi to demand unpaid wages.", "!KENHLH→KENGOV:14*")]
    [InlineData("Kenya's Ministry of Foreign Affairs summoned the Ugandan ambassador over the border clash.", "KENGOV→UGAGOV:114")]
    public void A_sector_ministry_named_with_of_keeps_its_sector(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
