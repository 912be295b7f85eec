using static Tidings.Tests.Actors.ActorDocs;
using Tidings.Documents;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 57 (realrecall57): actors of real articles whose country came from the wrong place. A country told as a place
/// with a modifier ("to neighbouring Uganda") made the article's main country; a place named like another country ("Niger
/// State", "the Niger Delta") was that country; a company's name on a venue ("Barclays Center") was the company; and a
/// definite state organ named before every country of its sentence took the country of another actor named after it.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// and small articles written for these tests.
/// </summary>
public class RealRecall57Tests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    private static void AssertNoMention(Document doc, string span) =>
        Assert.True(!doc.Actors.Any(a => a.Tokens.TextIn(doc) == span && a.Code is not null), $"'{span}' should be no actor; all: {Dump(doc)}");

    private const string KenyaStory = "Violence broke out in Kenya after the disputed election. Aid agencies flew food to Kenya on Monday. "
        + "Some 6,000 have fled to neighbouring Uganda. The police arrested dozens of protesters in the capital.";

    // A country after a place preposition and a modifier is a place, as one right after the preposition is: it does not
    // become the main country of a story that names its own country only as a place.
    [Theory]
    [InlineData(KenyaStory, "KENCOP→KENCVL:173")]
    [InlineData(KenyaStory, "!UGACOP→UGACVL:173")]
    // Named as an actor ("Uganda's president"), the neighbour is the story's country, modifier or not.
    [InlineData("Uganda's president called for calm. Thousands of families fled to neighbouring Uganda. The police arrested dozens of protesters.",
        "UGACOP→UGACVL:173")]
    public void A_country_told_as_a_modified_place_is_not_the_articles_country(string text, string expected) => AssertCoded(text, expected);

    // Only a locative word makes the country a place: a verb before it does not ("to lend Malawi"), and a place behind a
    // locative word still places the sentence's people and armed men (these were coded so before, and must stay so).
    [Theory]
    [InlineData("The World Bank will lend Malawi a further 90 million dollars, the bank said, praising the government's reforms.",
        "IGOUNODEVWBK→MWIGOV:051")]
    [InlineData("Gunmen kidnapped 20 pupils in northwest Nigeria on Friday.", "NGAREB→NGAEDU:181")]
    [InlineData("In neighbouring Mali, gunmen killed 12 villagers near the border.", "MLIREB→MLICVL:18*")]
    [InlineData("In neighbouring Mali, gunmen killed 12 villagers near the border.", "!REB→CVL:18*")]
    public void A_locative_modifier_keeps_the_place_for_its_sentence(string text, string expected) => AssertCoded(text, expected);

    // A place named like another country is that place, of the country the gazetteer puts it in.
    [Theory]
    [InlineData("The Niger State government banned a rally by students.", "NGAGOV→NGAEDU:1721")]
    [InlineData("The Niger State government banned a rally by students.", "!NERGOV→NEREDU:1721")]
    // The country itself keeps its name.
    [InlineData("Niger's government banned a rally by students.", "NERGOV→NEREDU:1721")]
    public void A_state_named_like_another_country_is_that_states(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("The Niger Delta Development Commission accused Shell of polluting the creeks.", "Niger Delta Development Commission", "NGAGOV")]
    [InlineData("Niger State Governor Abubakar Musa visited the flooded villages.", "Niger State Governor Abubakar Musa", "NGAGOV")]
    // Same-country places are read as before.
    [InlineData("Mexico City police arrested ten people after the march.", "Mexico City police", "MEXCOP")]
    public void A_body_of_a_place_named_like_another_country_is_of_the_places_country(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "rr57niger"), span, code);

    [Fact]
    public void The_delta_named_like_a_country_is_no_mention_of_the_country()
    {
        var doc = RunPipeline("Militants in the Niger Delta blew up an oil pipeline.", Published, "rr57delta");
        Assert.DoesNotContain(doc.Actors, a => a.Code is not null && a.Code.StartsWith("NER", StringComparison.Ordinal));
    }

    // A company's name on an arena or stadium is the venue, no actor.
    [Fact]
    public void A_company_name_on_a_venue_is_no_actor()
    {
        var doc = RunPipeline("The boxer was arrested after a brawl at Barclays Center in Brooklyn, police said.", Published, "rr57venue");
        AssertNoMention(doc, "Barclays");
        AssertMentionCode(doc, "police", "USACOP");
    }

    [Theory]
    [InlineData("Barclays agreed to pay a fine to US regulators.", "GBRBUS→USAGOV:*")]
    // A non-profit's own centre keeps its name: the lexicon names it whole.
    [InlineData("The Carter Center criticised the conduct of the election in Kenya.", "NGO→KEN*:*")]
    public void A_company_or_centre_named_alone_is_still_an_actor(string text, string expected) => AssertCoded(text, expected);

    private const string UkraineStory = "Ukrainian medics treated the wounded in Odesa. Ukrainian rescuers searched the rubble. "
        + "The ministry accused Russian forces of shelling the port overnight.";

    private const string HaitiStory = "Haitian doctors warned that cholera was spreading in the slums. Haitian nurses went on strike over unpaid wages. "
        + "The health minister said the clinics would receive supplies from US health officials.";

    // A definite state organ named before every country of its sentence is the article's, not the later actor's country's.
    [Theory]
    [InlineData(UkraineStory, "UKRGOV→RUSMIL:1123")]
    [InlineData(UkraineStory, "!RUSGOV→RUSMIL:1123")]
    public void A_definite_organ_before_another_countrys_actor_is_the_articles(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData(HaitiStory, "health minister", "HTIGOVHLH")]
    [InlineData(UkraineStory, "ministry", "UKRGOV")]
    // A country named before the organ still decides ("Russia's ministry"), and so does one the organ's own phrase names.
    [InlineData("Ukrainian medics treated the wounded in Odesa. Russia said the ministry had warned Kyiv.", "ministry", "RUSGOV")]
    public void Definite_organs_take_the_right_country(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "rr57organ"), span, code);
}
