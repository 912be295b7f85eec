using static Tidings.Tests.Actors.ActorDocs;
using Tidings.Documents;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 46 (actors46): actors the recognizer split, merged or gave another's code. Coordinated country possessives
/// before one role each own it; names of fixed groups of states ("the two Koreas", "the Baltic states") are each member;
/// "his fighters" after an organisation's leader are the organisation's and "their fighters" never belong to a weapon named
/// by its country; opposition members of a legislature are the opposition, as "opposition lawmakers" are. Sentences
/// written for these tests.
/// </summary>
public class Actors46Tests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    private static void AssertCodes(Document doc, string span, params string[] codes)
    {
        var got = doc.Actors.Where(a => a.Tokens.TextIn(doc) == span).Select(a => a.Code).ToList();
        foreach (var c in codes)
            Assert.True(got.Contains(c), $"'{span}': expected {c} among [{string.Join(", ", got)}]; all: {Dump(doc)}");
    }

    [Theory]
    // every possessive country before the shared role owns it; the last is read with the role
    [InlineData("Kenya's and Tanzania's trade ministers signed the deal in Arusha.", "Kenya's", "KENGOV")]
    [InlineData("Kenya's and Tanzania's trade ministers signed the deal in Arusha.", "Tanzania's trade ministers", "TZAGOV")]
    [InlineData("Peru's, Chile's and Bolivia's armies held joint drills in the Andes.", "Peru's", "PERMIL")]
    [InlineData("Peru's, Chile's and Bolivia's armies held joint drills in the Andes.", "Chile's", "CHLMIL")]
    [InlineData("Peru's, Chile's and Bolivia's armies held joint drills in the Andes.", "Bolivia's armies", "BOLMIL")]
    public void Coordinated_country_possessives_each_own_the_role(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors46c"), span, code);

    [Theory]
    // a possessive before something that is no role stays the bare country, a modifier
    [InlineData("Ghana's and Togo's borders were closed on Friday.", "Ghana's", "GHA")]
    // a possessive followed by "and" and no second possessive is no coordination
    [InlineData("Ghana's president and Togo signed a border accord.", "Ghana's president", "GHAGOV")]
    public void A_possessive_without_a_shared_role_is_not_coordinated(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors46n"), span, code);

    [Theory]
    [InlineData("China offered to host talks between the two Koreas next month.", "Koreas", "PRK", "KOR")]
    [InlineData("The Koreas reopened their military hotline on Tuesday.", "Koreas", "PRK", "KOR")]
    [InlineData("Poland thanked the Baltic states for their support.", "Baltic states", "EST", "LVA", "LTU")]
    public void A_named_group_of_states_is_each_member(string text, string span, params string[] codes)
        => AssertCodes(RunPipeline(text, Published, "actors46g"), span, codes);

    [Theory]
    // "Baltic" naming a sea or ports is no group of states
    [InlineData("Russian warships sailed into the Baltic Sea on Monday.", "Baltic")]
    [InlineData("Exports from Baltic ports fell in May.", "Baltic")]
    public void A_group_word_on_a_place_is_no_state(string text, string word)
    {
        var doc = RunPipeline(text, Published, "actors46b");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc).StartsWith(word, StringComparison.Ordinal) && a.Code is "EST" or "LVA" or "LTU");
    }

    [Fact]
    public void A_group_of_states_owns_no_its_office()
    {
        var doc = RunPipeline("Mongolia offered to host talks between the two Koreas, its foreign ministry said.", Published, "actors46o");
        AssertMentionCode(doc, "foreign ministry", "MNGGOV");
    }

    [Theory]
    // a leader's fighters are his organisation's
    [InlineData("Al-Shabaab leader Ahmed Diriye said his fighters would keep attacking the capital.", "fighters", "SOMREB")]
    // "their fighters": the speaking organisation's, not the drones' country
    [InlineData("The Syrian Democratic Forces said Turkish drones had killed four of their fighters.", "fighters", "SYRREB")]
    public void Fighters_belong_to_the_organisation_not_to_a_weapon(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors46f"), span, code);

    [Theory]
    // the group's own "his" names someone else: its bare fighters are no one's by the pronoun
    [InlineData("Hamas said his fighters were ready.", "fighters", "PSEREBHMS")]
    public void An_organisation_is_no_his(string text, string span, string notCode)
    {
        var doc = RunPipeline(text, Published, "actors46h");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Code == notCode);
    }

    [Theory]
    [InlineData("Zambian police arrested an opposition senator in Lusaka on Friday.", "opposition senator", "ZMBOPP")]
    [InlineData("Two opposition MPs were detained by Ugandan police.", "opposition MPs", "UGAOPP")]
    [InlineData("Opposition legislators walked out of Malawi's parliament.", "Opposition legislators", "MWIOPP")]
    public void Opposition_members_of_a_legislature_are_the_opposition(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors46l"), span, code);
    [Theory]
    // a country's possessive before a bare surname is the one listed office holder of that country bearing it on the date
    [InlineData("Chad's Deby flew to Khartoum for talks on the border.", "Chad's Deby", "TCDGOV")]
    [InlineData("Sudan's army chief hosted Chad's Deby in Port Sudan on Monday.", "Chad's Deby", "TCDGOV")]
    public void A_possessive_before_a_listed_surname_is_the_office_holder(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors46s"), span, code);

    [Theory]
    // a surname no listed person of that country bears is no one the lexicon knows
    [InlineData("Kenya's Smith said the plan had failed.", "Kenya's Smith")]
    // a surname listed only for another country's office holder is not given to this country
    [InlineData("Ghana's Deby said the plan had failed.", "Ghana's Deby")]
    public void A_possessive_before_an_unlisted_surname_is_no_person(string text, string span)
    {
        var doc = RunPipeline(text, Published, "actors46u");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Rule.StartsWith("country-possessive+surname", StringComparison.Ordinal));
    }
}
