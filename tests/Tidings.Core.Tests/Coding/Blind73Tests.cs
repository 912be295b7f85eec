namespace Tidings.Tests.Coding;

/// <summary>
/// Session 55 (blind73): espionage, cyber operations and intelligence as political news (decision 061). Accusations whose
/// alleged act gathers secrets are accusations of espionage; hackers the text ties to a state organ are that organ and
/// still attack with computers; break-ins into networks, phones and accounts are cyber intrusions (171); prisoners traded,
/// revenge vowed, indictments rejected and licences suspended. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the blind73 gold lines.
/// </summary>
public class Blind73Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // An accused act that watches, reads another's mail, or passes or takes secrets is espionage (1125); a disruptive attack
    // or information spread keeps the plain accusation (112).
    [Theory]
    [InlineData("Norway accused Russia of hacking into the email accounts of its members of parliament.", "NOR→RUS:1125")]
    [InlineData("The army accused two villagers of passing information to the insurgents.", "MIL→CVL:1125")]
    [InlineData("Japan accused China of flying surveillance drones over its southern islands.", "JPN→CHN:1125")]
    [InlineData("Czech prosecutors accused a former official of selling state secrets to Moscow.", "CZEJUD→*:1125")]
    [InlineData("Poland blamed Belarus for a cyber-espionage campaign against its ministries.", "POL→BLR:1125")]
    [InlineData("Ukraine accused Russia of spreading false information about its army.", "!UKR→RUS:1125")]
    [InlineData("Ukraine accused Russia of spreading false information about its army.", "UKR→RUS:112")]
    [InlineData("Finland accused Russia of a cyber attack on its railway operator.", "!FIN→RUS:1125")]
    public void Accused_acts_that_gather_secrets_are_espionage(string sentence, string expected) => AssertCoded(sentence, expected);

    // Hackers tied to a state organ by "linked to", "working for", "backed by" are that organ (decision 061, as eb40084) and
    // attack with computers (171); hackers tied to no state organ keep their criminal role.
    [Theory]
    [InlineData("Hackers working for Iran's Revolutionary Guards attacked the websites of two Israeli hospitals.", "IRNMIL→*:171")]
    [InlineData("Hackers working for Iran's Revolutionary Guards attacked the websites of two Israeli hospitals.", "!IRNMIL→*:190")]
    [InlineData("Hackers linked to Russia's GRU targeted the computer systems of a Polish arms maker.", "RUSSPY→POLBUS:171")]
    [InlineData("Hackers linked to a criminal gang attacked the website of Kenya's tax office.", "!KEN*→*:171")]
    public void Hackers_tied_to_a_state_organ_are_that_organ(string sentence, string expected) => AssertCoded(sentence, expected);

    // Breaking into computers, networks, phones or accounts is a cyber intrusion (171); breaking into a building is not.
    [Theory]
    [InlineData("Chinese hackers broke into the networks of three Australian universities.", "CHNCRM→AUSEDU:171")]
    [InlineData("Mexican police used spyware to break into the phones of two reporters.", "MEXCOP→MEXMED:171")]
    [InlineData("Protesters broke into the parliament building in Nairobi.", "!*→*:171")]
    public void Break_ins_into_computers_are_cyber_intrusions(string sentence, string expected) => AssertCoded(sentence, expected);

    // Prisoners traded between two states are released both ways (0841), not traded goods (061).
    [Theory]
    [InlineData("Belarus and Poland traded six prisoners at a border crossing on Monday.", "BLR→POL:0841")]
    [InlineData("Belarus and Poland traded six prisoners at a border crossing on Monday.", "POL→BLR:0841")]
    [InlineData("Belarus and Poland traded six prisoners at a border crossing on Monday.", "!BLR→POL:061")]
    public void Traded_prisoners_are_released(string sentence, string expected) => AssertCoded(sentence, expected);

    // Revenge vowed in the infinitive is a threat (130), not an intent to cooperate (030).
    [Theory]
    [InlineData("Hezbollah vowed to take revenge on Israel for the killing of its commander.", "*→ISR:130")]
    [InlineData("Hezbollah vowed to take revenge on Israel for the killing of its commander.", "!*→ISR:030")]
    public void Vowed_revenge_is_a_threat(string sentence, string expected) => AssertCoded(sentence, expected);

    // An indictment rejected or dismissed is a denial (016); a licence suspended is an administrative sanction (172).
    [Theory]
    [InlineData("China's foreign ministry rejected the indictment of its citizens as a political smear.", "CHNGOV→*:016")]
    [InlineData("Georgia's media regulator suspended the licence of an opposition television channel.", "GEOGOV→*:172")]
    public void Rejected_indictments_and_suspended_licences(string sentence, string expected) => AssertCoded(sentence, expected);

    // An act alleged in a charge stays alleged when a long named force and a time phrase stand between the verb and "with".
    [Theory]
    [InlineData("Prosecutors in Oslo charged two officers of Russia's Foreign Intelligence Service on Tuesday with breaking into the computer networks of a Norwegian shipyard.", "!RUS*→*:171")]
    [InlineData("Prosecutors in Oslo charged two officers of Russia's Foreign Intelligence Service on Tuesday with breaking into the computer networks of a Norwegian shipyard.", "NORJUD→RUSSPY:173")]
    public void An_act_charged_after_a_long_object_stays_alleged(string sentence, string expected) => AssertCoded(sentence, expected);

    // University lecturers are education (EDU), as professors are.
    [Theory]
    [InlineData("Polish police detained a university lecturer in Krakow on Monday.", "POLCOP→POLEDU:173")]
    [InlineData("Polish police detained a university lecturer in Krakow on Monday.", "!POLCOP→-:173")]
    public void Lecturers_are_education(string sentence, string expected) => AssertCoded(sentence, expected);
}
