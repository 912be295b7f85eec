namespace Tidings.Tests.Coding;

/// <summary>
/// Session 43 (blind61): constructions of translated state-media and national-agency copy that the blind61 split showed
/// and that recur across such copy. A guest named "the visiting ..." makes a visit the other side hosts; "dismissed" with an
/// office holder of the dismisser's own country as object is removal from office, no rejection; "neutralized" fighters
/// is force; a relief or aid ship sent is humanitarian aid; "the first ... since YEAR" does not date the news as history;
/// the Gulf agencies' "Amir", lower-case "carabineros", "the Zionist regime" and Russia's Investigative Committee are
/// actors; "Highlands" alone is not Scotland. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind61Tests
{
    [Theory]
    [InlineData("Oman's sultan praised bilateral ties during a meeting with the visiting Indian foreign minister.", "OMNGOV→INDGOV:043")]
    [InlineData("Oman's sultan praised bilateral ties during a meeting with the visiting Indian foreign minister.", "INDGOV→OMNGOV:042")]
    [InlineData("Qatar's prime minister held talks with the visiting Turkish defence minister on Sunday.", "QATGOV→TURGOV:043")]
    [InlineData("Kuwait's crown prince met Egypt's foreign minister on Sunday.", "!KWTGOV→EGYGOV:043")]
    public void A_visiting_guest_is_hosted(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Fiji's prime minister dismissed the police commissioner over the escape of two prisoners.", "!*→*:12*")]
    [InlineData("The Peruvian president dismissed his interior minister on Friday.", "!*→*:12*")]
    [InlineData("Kenya dismissed Uganda's proposal for new border talks.", "KEN*→UGA*:12*")]
    public void Dismissing_ones_own_office_holder_is_no_rejection(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Turkish troops neutralized seven PKK militants in northern Iraq, the ministry said.", "TURMIL→TURREB:19*")]
    [InlineData("Nigerian troops neutralised 12 bandits in Zamfara on Sunday.", "NGAMIL→NGACRM:19*")]
    [InlineData("Police neutralized an explosive device near the stadium.", "!*→*:19*")]
    public void Neutralized_fighters_is_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Saudi Arabia dispatched a relief ship carrying flour and tents to Yemen on Monday.", "SAU→YEM:073")]
    [InlineData("Turkey sent an aid ship to Lebanon with 2,000 tonnes of food.", "TUR→LBN:073")]
    [InlineData("Iran sent a warship to the Red Sea on Monday.", "!*→*:07*")]
    public void A_relief_ship_sent_is_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Denmark said on Friday it had deported an Iraqi national to Baghdad, the first such deportation since 2012.", "DNK*→IRQ*:174")]
    [InlineData("Sweden's police said they had arrested a Somali national in Malmo, the largest drug seizure since 2019.", "SWECOP→SOM*:173")]
    // Without "first" or a superlative before it, "since YEAR" still tells a state that began in history.
    [InlineData("Sudan's army has besieged the town of Babanusa since 2023.", "!*→*:19*")]
    public void The_first_since_a_year_is_still_news(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Amir of Kuwait received the Jordanian foreign minister on Sunday.", "KWTGOV→JORGOV:043")]
    [InlineData("The Amir of Qatar praised Egypt's mediation efforts.", "QATGOV→EGY*:051")]
    [InlineData("Chilean carabineros arrested 14 protesters in Temuco.", "CHLCOP→CHLCVL:173")]
    [InlineData("Tehran condemned the Zionist regime's airstrike on a village in southern Lebanon.", "IRNGOV→ISRGOV:111")]
    [InlineData("The Investigative Committee of Russia opened a criminal case against three Ukrainian officers.", "RUSJUD→UKR*:091")]
    public void State_media_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Fighters killed 12 villagers on the Highlands Highway in Papua New Guinea.", "!*→GBR*:*")]
    [InlineData("Fighters killed 12 villagers on the Highlands Highway in Papua New Guinea.", "*→PNGCVL:18*")]
    public void Highlands_alone_is_not_Scotland(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
