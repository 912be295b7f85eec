namespace Tidings.Tests.Coding;

/// <summary>
/// Session 18's rows and rules from the blind31 split (fresh wire copy on trade coercion, disputed elections, maritime and
/// airspace incidents, refugees, spying, prisoner deals and peacekeeping), over the default pipeline, on sentences written for
/// these tests: a country named in a "-flagged", "-owned" or "-registered" compound is the bare country of the thing, as its
/// adjective is; detaining a ship seizes property (1711), not people (173); extending or renewing a force's mandate provides
/// peacekeeping (074, the codebook's description) aimed at the place it serves; the passive subject of a judgement or
/// rejection ("An attack ... was condemned by ...") is what is judged, presupposed as in the active. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Blind31Tests
{
    [Theory]
    // a flag or owner compound names the ship's country, over one to three capitalised words
    [InlineData("Iran's navy seized a Panama-flagged tanker in the Gulf.", "IRNMIL→PAN:1711")]
    [InlineData("Estonian police seized a Marshall Islands-flagged cargo ship on Monday.", "ESTCOP→MHL:1711")]
    [InlineData("Houthi fighters hijacked a Japanese-owned car carrier off the coast of Yemen.", "YEMREB→JPN:181")]
    [InlineData("Somali pirates hijacked a Malta-registered bulk carrier.", "SOMCRM→MLT:181")]
    // a compound of no country is no actor
    [InlineData("Greek police seized a state-owned tanker.", "!GRCCOP→GRC:1711")]
    public void Codes_flag_and_owner_compounds_as_the_country(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // detaining a ship is seizing property (1711); detaining people stays an arrest (173)
    [InlineData("Russian authorities detained a Greek-owned tanker near the port of Ust-Luga.", "RUSGOV→GRC:1711|!RUSGOV→GRC:173")]
    [InlineData("Sri Lanka's navy detained an Indian trawler off Jaffna.", "LKAMIL→IND:1711")]
    [InlineData("Turkish police detained two Syrian journalists in Istanbul.", "TURCOP→SYRMED:173")]
    public void Codes_detained_ships_as_seized_property(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // extending or renewing a mandate provides peacekeeping (074) where the force serves
    [InlineData("The U.N. Security Council voted on Friday to extend the mandate of its peacekeeping force in Cyprus for a year.", "IGOUNO→CYP:074")]
    [InlineData("The Security Council renewed the mandate of the peacekeeping force in southern Lebanon for six months.", "IGOUNO→LBN:074")]
    public void Codes_extended_mandates_as_peacekeeping(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // what a passive judgement condemns is presupposed, as in the active
    [InlineData("An attack by Houthi forces on a Liberian-flagged freighter was condemned by the International Maritime Organization.",
        "IGOUNOBUS→YEMREB:111|!YEMREB→LBR:190")]
    [InlineData("The International Maritime Organization condemned an attack by Houthi forces on a Liberian-flagged freighter.",
        "IGOUNOBUS→YEMREB:111|!YEMREB→LBR:190")]
    // an attack that is the subject of no judgement stays news
    [InlineData("An attack by Houthi forces on a Liberian-flagged freighter set the ship ablaze.", "YEMREB→LBR:190")]
    public void Presupposes_what_a_passive_judgement_condemns(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a word of a title inside a name ("EU trade chief") names no trade
    [InlineData("EU trade chief Maros Sefcovic spoke by telephone with Japan's trade minister on Monday.", "!IGOEUREEC→JPNGOV:061")]
    // a verb the tagger makes a flat noun of a name, with its object after it, stays the demanded act
    [InlineData("The United States demanded that Venezuela release three detained American citizens.", "USA→VEN:1053")]
    public void Reads_title_words_inside_names_as_no_event(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // protecting rights or interests is no military protection (074)
    [InlineData("Beijing urged Manila to protect the legitimate rights of Chinese citizens.", "!CHNGOV→CHNCVL:074|!PHLGOV→CHNCVL:074")]
    [InlineData("Kenya's president promised to protect the interests of Kenyan traders.", "!KENGOV→KENBUS:074")]
    public void Reads_protected_rights_as_no_peacekeeping(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a participle of aiming after a sanction noun names the sanctions' target, no attack
    [InlineData("Britain announced new sanctions on Tuesday targeting four Iranian shipping companies.", "!GBR→IRNBUS:190|!GBRGOV→IRNBUS:190")]
    [InlineData("Washington imposed tariffs targeting Chinese steel.", "!USAGOV→CHN:190")]
    // after an attack noun, the participle is the attack
    [InlineData("Israeli strikes targeting Hamas commanders killed 12 people in Gaza.", "ISR→PSEREBHMS:195")]
    public void Reads_targeting_after_sanctions_as_their_aim(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
