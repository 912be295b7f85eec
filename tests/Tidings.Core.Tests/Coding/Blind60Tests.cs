namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind60 split (session 40: the English-language regional and national press of South Asia, West and
/// East Africa, Southeast Asia, the Gulf and the Caribbean). The largest class of misses was actors the lexicon did not
/// know in that press, so the event had no source: its agent nouns (hoodlums and miscreants CVL as thugs, cultists and
/// cattle rustlers CRM, security operatives and a state police command COP, a magistrate JUD, MLAs and MNAs LEG), its
/// police, anti-graft and security agencies by name or acronym (EFCC, DCI, EACC, NAB, RAB, MACC, NBI, DSS, the
/// Enforcement Directorate, Pakistan Rangers), and main parties of the countries it covers (AIADMK, Jubilee, FDC,
/// ACT-Wazalendo, PAS, RSP ... and the APC's acronym). "Arraign" is a formal charge (173), as "indict" is. Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written
/// for these tests.
/// </summary>
public class Blind60Tests
{
    [Theory]
    [InlineData("Hoodlums on Friday attacked Nigerian police officers at a checkpoint in Ilorin.", "NGACVL→NGACOP:190")]
    [InlineData("Armed miscreants abducted a Pakistani customs official near Sukkur on Monday.", "PAKCVL→PAKGOV:181")]
    [InlineData("Suspected cultists killed a Nigerian lawmaker in Port Harcourt on Sunday.", "NGACRM→NGALEG:186")]
    [InlineData("Cattle rustlers attacked Kenyan police reservists in Baringo on Wednesday.", "KENCRM→KENCOP:190")]
    [InlineData("Ghanaian security operatives detained an opposition activist in Tamale.", "GHACOP→GHAOPP:173")]
    [InlineData("A magistrate remanded two Kenyan activists in custody.", "KENJUD→KENCVL:173")]
    public void Agent_nouns_of_the_regional_press_are_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Economic and Financial Crimes Commission has arrested a former Nigerian governor.", "NGACOP→NGAELI:173")]
    [InlineData("The Directorate of Criminal Investigations has arrested a Kenyan county official.", "KENCOP→KENGOV:173")]
    [InlineData("Kenya's Ethics and Anti-Corruption Commission arrested a former governor.", "KENCOP→KENELI:173")]
    [InlineData("The National Accountability Bureau arrested a former Pakistani minister on Tuesday.", "PAKCOP→PAKELI:173")]
    [InlineData("The Rapid Action Battalion detained an opposition leader in Dhaka.", "BGDCOP→BGDOPP:173")]
    [InlineData("The National Bureau of Investigation arrested a Philippine congressman.", "PHLCOP→PHLLEG:173")]
    [InlineData("The Department of State Services detained a Nigerian journalist in Abuja.", "NGASPY→NGAMED:173")]
    [InlineData("Pakistan Rangers arrested two Indian fishermen near Sir Creek.", "PAKCOP→INDAGR:173")]
    [InlineData("The Enforcement Directorate arrested an Indian opposition leader in Ranchi.", "INDCOP→INDOPP:173")]
    public void Police_antigraft_and_security_agencies_are_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The AIADMK accused the Indian government of neglecting Tamil Nadu.", "INDPTY→INDGOV:112")]
    [InlineData("The Forum for Democratic Change accused Ugandan police of torturing its supporters.", "UGAPTY→UGACOP:1122")]
    [InlineData("ACT-Wazalendo criticised Tanzanian police over the arrests of its members.", "TZAPTY→TZACOP:111")]
    [InlineData("The Malaysian Islamic Party criticised the Malaysian government over the budget.", "MYSPTY→MYSGOV:111")]
    [InlineData("The Rastriya Swatantra Party accused the Nepali government of shielding corrupt officials.", "NPLPTY→NPLGOV:112")]
    public void Main_parties_of_the_countries_covered_are_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A known acronym in parentheses after the organisation's full name restates it and keeps the role the words before the
    // name gave ("ruling" GOVPTY); read alone it would be the party's plain code, and a later "the party" would take that.
    [Theory]
    [InlineData("The publicity secretary of the ruling All Progressives Congress (APC) on Sunday accused the Peoples Democratic Party of sponsoring thugs.", "NGAGOVPTY→NGAOPP:112")]
    [InlineData("The publicity secretary of the ruling All Progressives Congress (APC) on Sunday accused the Peoples Democratic Party of sponsoring thugs.", "!NGAPTY→NGAOPP:*")]
    public void A_known_acronym_after_the_full_name_keeps_its_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Police arraigned three Nigerian journalists before a court in Abuja.", "NGACOP→NGAMED:173")]
    public void Arraigning_is_a_formal_charge(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // The protest words of the South Asian English press: a hartal or bandh is a general strike (143), a dharna a sit-in
    // (141), a gherao the encircling of an official until a demand is met (144).
    [Theory]
    [InlineData("The Awami League called a nationwide hartal against the verdict.", "BGD*→*:143")]
    [InlineData("Farmers staged a dharna outside the district collectorate in Bathinda on Monday.", "INDAGR→INDGOV:141")]
    [InlineData("Villagers gheraoed the Indian block development officer in Purnia for six hours.", "INDCVL→*:144")]
    public void South_Asian_protest_words_are_protests(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
