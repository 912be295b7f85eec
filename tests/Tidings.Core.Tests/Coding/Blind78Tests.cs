namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (blind78): migration, refugees, asylum and deportations as political news (decision 073). A crowd counted in
/// number words ("several thousand people") acts as one counted in digits does; an object that names its owner by a
/// possessive or adjective actor stays that owner's when a "by" phrase deeper in it tells another act; captives held for
/// ransom are abducted (181); assistance stopped, halted or frozen is aid reduced (162); visa and entry restrictions on
/// another state's officials or citizens are sanctions (163); nationals and asylum seekers pushed back across a border are
/// expelled (174); a participle of charging right after an object is a reduced relative on it, however the parser hung it
/// (no accusation by the object); a social affairs minister is the government. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from
/// the blind78 gold lines.
/// </summary>
public class Blind78Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A count in number words before "people" is a crowd when a verb of what crowds do follows, as a count in digits is;
    // people so counted who are killed or flee stay victims, no actors.
    [Theory]
    [InlineData("Several thousand people marched through Lisbon on Sunday against the government's housing plan.", "PRTCVL→PRTGOV:141*")]
    [InlineData("Several hundred people protested outside the parliament in Accra on Tuesday.", "GHACVL→*:141*")]
    [InlineData("Several hundred people were killed in the fighting around the town of Bentiu.", "!SSDCVL→*")]
    [InlineData("Two thousand people fled the shelling of Kharkiv on Monday.", "!UKRCVL→*")]
    public void Crowds_counted_in_number_words_act(string sentence, string expected) => AssertCoded(sentence, expected);

    // A criticised object owned by a state ("a new US levy") is that state's, whoever a "by" phrase deeper in it names;
    // an object with no owner of its own is still its maker's ("the law passed by parliament").
    [Theory]
    [InlineData("Guatemala's president denounced a new US levy on money transferred abroad by migrants.", "GTMGOV→USA:111")]
    [InlineData("Guatemala's president denounced a new US levy on money transferred abroad by migrants.", "!GTMGOV→REF:111")]
    [InlineData("Kenya's opposition condemned the finance law passed by parliament.", "KENOPP→KENLEG:111")]
    public void An_owned_object_keeps_its_owner(string sentence, string expected) => AssertCoded(sentence, expected);

    // People held for ransom are abducted; people held for questioning are not.
    [Theory]
    [InlineData("Gunmen held 14 bus passengers for ransom near Kaduna for a week.", "NGAREB→*:181")]
    [InlineData("Police held the suspects for questioning in Kaduna.", "!*→*:181")]
    public void Held_for_ransom_is_an_abduction(string sentence, string expected) => AssertCoded(sentence, expected);

    // Assistance stopped is aid reduced; a convoy of assistance stopped is no aid cut.
    [Theory]
    [InlineData("The United States stopped assistance to Niger after the coup.", "USA→NER:162")]
    [InlineData("Police stopped a convoy carrying assistance to Gaza.", "!*→*:162")]
    public void Assistance_stopped_is_aid_reduced(string sentence, string expected) => AssertCoded(sentence, expected);

    // Visa restrictions, suspended work visas and entry bars laid on another state's people are sanctions (163); one holder's
    // visa revoked is one too (163, decision 134; session 68 changed the old expectation of 172).
    [Theory]
    [InlineData("Washington imposed visa restrictions on three Nicaraguan judges on Monday.", "USAGOV→NICJUD:163")]
    [InlineData("The United States barred entry to citizens of Chad.", "USA→TCD*:163")]
    [InlineData("Kuwait suspended the issuance of work visas to Egyptian nationals.", "KWT→EGY*:163")]
    [InlineData("Kuwait suspended the issuance of work visas to Egyptian nationals.", "!KWT→*:160")]
    [InlineData("Washington revoked the visa of a Thai police general.", "USAGOV→THACOP:163")]
    [InlineData("Washington revoked the visa of a Thai police general.", "!*→*:172")]
    public void Visa_and_entry_restrictions_are_sanctions(string sentence, string expected) => AssertCoded(sentence, expected);

    // Nationals and asylum seekers pushed back across a border are expelled (174); a deadline pushed back is no expulsion.
    [Theory]
    [InlineData("Bulgarian border police pushed 60 Afghan nationals back into Turkey.", "BGRCOP→AFG*:174")]
    [InlineData("Greek police pushed 30 asylum seekers back across the Evros river.", "GRCCOP→REF:174")]
    [InlineData("The Greek government pushed back the deadline for asylum applications.", "!*→*:174")]
    public void Nationals_and_asylum_seekers_pushed_back_are_expelled(string sentence, string expected) => AssertCoded(sentence, expected);

    // "extradited an Eritrean man accused of running ...": a participle of charging after the object, hung by the parser on
    // the main verb as an adverbial or complement clause, is a reduced relative on the object (TreeRepairs): the man accuses
    // no one. A coordinated "and accused him of" is the subject's own accusation.
    [Theory]
    [InlineData("Greece extradited an Eritrean man accused of running one of the largest smuggling rings in Sudan to Sweden on Thursday.", "!ERICVL→*:112*")]
    [InlineData("Greece extradited an Eritrean man accused of running one of the largest smuggling rings in Sudan to Sweden on Thursday.", "GRC→SWE:063")]
    [InlineData("Police in Nairobi arrested the man and accused him of smuggling migrants into Uganda.", "KENCOP→KENCVL:112*")]
    public void A_charging_participle_after_the_object_accuses_no_one(string sentence, string expected) => AssertCoded(sentence, expected);

    // The social affairs portfolio is a cabinet post (GOV), as economic and home affairs are; the country alone is not the
    // one that threatens.
    [Theory]
    [InlineData("Iraq's social affairs minister threatened to deport Syrians who work without permits.", "IRQGOV→SYRCVL:137")]
    [InlineData("Iraq's social affairs minister threatened to deport Syrians who work without permits.", "!IRQ→*:137")]
    public void A_social_affairs_minister_is_the_government(string sentence, string expected) => AssertCoded(sentence, expected);
}
