namespace Tidings.Tests.Coding;

/// <summary>
/// Session 71 (actor71): the actor a role noun names. A city or province named right before a bare role gives it that
/// place's country, and a capital before a role of no state organ is that city, not its government
/// (ActorRecognizer.PlacesBeforeRoles); "chief" before another role noun takes that noun's sector; a plural union named by
/// its members' possessive is theirs alone; relief and humanitarian agencies are aid agencies, and anti-corruption and
/// election-monitoring groups national NGOs (roles.tsv). Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for
/// these tests, not taken from the gold lines or the session's probes.
/// </summary>
public class Actor71Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Before, the role took the sentence's other country (the accused's) or, after a capital, became that capital's
    // government. A capital before a state role, a region, a brand and a long capitalised name keep their old readings.
    [Theory]
    [InlineData("A Kherson farmer accused Russian soldiers of stealing his grain.", "UKRAGR→RUSMIL:112*|!RUSAGR→*:112*")]
    [InlineData("Herat teachers accused Iran of mistreating Afghan workers.", "AFGEDU→IRN:112*|!IRNEDU→*:112*")]
    [InlineData("Kabul shopkeepers accused Pakistan of closing the border crossing.", "AFGCVL→PAK:112*|!AFGGOV→PAK:112*")]
    [InlineData("Moscow officials accused Ukraine of shelling the border region.", "RUSGOV→UKR:112*")]
    [InlineData("Amazon workers accused the company of cutting their pay.", "!BRA*→*:112*")]
    public void A_place_before_a_role_says_whose(string sentence, string expected) => AssertCoded(sentence, expected);

    // "chief" alone is a GOV title; before another role noun it only ranks the holder. Whole offices and a chief after
    // his body keep their codes.
    [Theory]
    [InlineData("Guatemala's chief prosecutor accused the president of obstructing an inquiry.", "GTMJUD→GTMGOV:112*|!GTMGOV→GTMGOV:112*")]
    [InlineData("The chief prosecutor accused the former mayor of Cali of taking bribes.", "*JUD→*:112*|!*GOV→*ELI:112*")]
    [InlineData("Pakistan's army chief accused India of sheltering militants.", "PAKMIL→IND:112*")]
    [InlineData("The police chief accused protesters of rioting.", "COP→CVL:112*")]
    public void Chief_before_a_role_takes_its_sector(string sentence, string expected) => AssertCoded(sentence, expected);

    // Plural unions named by their members were coded twice, once with the members' sector and once as labour; unions
    // named by a country alone stay labour.
    [Theory]
    [InlineData("Nigerian farmers' unions accused the agriculture ministry of hoarding fertiliser.", "NGAAGR→*:112*|!NGALAB→*:112*")]
    [InlineData("Teachers' unions in Chile accused the government of breaking its promises.", "CHLEDU→CHLGOV:112*|!CHLLAB→*:112*")]
    [InlineData("Chilean unions accused the government of breaking its promises.", "CHLLAB→CHLGOV:112*")]
    public void Unions_named_by_their_members(string sentence, string expected) => AssertCoded(sentence, expected);

    // "agencies" alone is a news agency; relief and humanitarian agencies are aid agencies (NGO), the UN's the UN's.
    [Theory]
    [InlineData("UN humanitarian agencies accused the Sudanese army of blocking convoys.", "IGOUNO→SDNMIL:112*|!SDNMED→*:112*")]
    [InlineData("Relief agencies accused Ethiopia's government of blocking food aid.", "NGO→ETHGOV:112*|!ETHMED→*:112*")]
    [InlineData("Ethiopia's state news agency accused Egypt of lying.", "ETHMED→EGY:112*")]
    public void Relief_agencies_are_aid_agencies(string sentence, string expected) => AssertCoded(sentence, expected);

    // A campaigning group against corruption or watching elections is a national NGO; the state's anti-corruption
    // agencies stay the government.
    [Theory]
    [InlineData("A Nigerian anti-corruption group accused the senate of hiding its budget.", "NGANGO→NGALEG:112*|!NGAGOV→NGALEG:112*")]
    [InlineData("Police raided the offices of an Ethiopian election-monitoring group.", "*COP→ETHNGO:*")]
    [InlineData("Uganda's anti-corruption agency criticised the health minister.", "UGAGOV→*:111|!UGANGO→*:111")]
    public void Campaigning_groups_are_ngos(string sentence, string expected) => AssertCoded(sentence, expected);
}
