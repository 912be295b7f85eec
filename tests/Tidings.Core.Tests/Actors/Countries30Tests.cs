using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Whose country a role takes from its sentence (session 30, actors30c): aid workers, aid agencies and aid groups are
/// placed only by their own phrase, as the gold codes foreign aid groups (`NGO`); nationals named by their demonym after a
/// state's organ are the foreigners it acts on, not its own people; and a place the gazetteer lacks is placed by the
/// country or state that qualifies it ("in Cook County, Illinois"). Sentences written for these tests.
/// </summary>
public class Countries30Tests
{
    private static readonly DateOnly Date = new(2025, 6, 10);

    [Theory]
    // a bare aid group keeps its role alone, whoever's place or victims the sentence names
    [InlineData("Gunmen abducted four aid workers near Kadugli on Tuesday.", "aid workers", "NGO")]
    [InlineData("Residents of the Somali town of Beledweyne appealed to aid agencies for food.", "aid agencies", "NGO")]
    [InlineData("The Taliban ordered aid groups to stop hiring Afghan women.", "aid groups", "NGO")]
    [InlineData("Kenyan police said an aid agency had lost two trucks near Garissa.", "aid agency", "NGO")]
    // its own phrase still gives it a country
    [InlineData("Gunmen abducted two Sudanese aid workers near Kadugli on Tuesday.", "Sudanese aid workers", "SDNNGO")]
    [InlineData("Militants kidnapped an Italian aid worker in northern Mali.", "Italian aid worker", "ITANGO")]
    public void An_aid_group_is_placed_only_by_its_own_phrase(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "c30a"), span, code);

    [Theory]
    // the place says whose the organ is, not the nationals it acts on
    [InlineData("Police detained two Ukrainians near the city of Lublin on Sunday.", "Police", "POLCOP")]
    [InlineData("Police arrested three Britons in Dubai on Friday.", "Police", "ARECOP")]
    [InlineData("Prosecutors charged four Georgians with burglary in Athens.", "Prosecutors", "GRCJUD")]
    // a people named before the organ may still be its own ("Israelis rallied ... police dispersed them")
    [InlineData("Thousands of Kenyans marched in the capital and police fired tear gas.", "police", "KENCOP")]
    public void Nationals_after_a_state_organ_do_not_give_it_their_country(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "c30n"), span, code);

    [Theory]
    // a place the gazetteer lacks, qualified by a state or a country
    [InlineData("Sheriff's deputies in Cook County, Illinois, arrested 23 people on Saturday.", "Sheriff's deputies", "USACOP")]
    [InlineData("Police in Marble Falls, Texas, arrested a pastor on Monday.", "Police", "USACOP")]
    [InlineData("Protesters in Ndola Rural, Zambia, blocked a highway.", "Protesters", "ZMBCVL")]
    public void A_place_the_gazetteer_lacks_is_placed_by_its_qualifier(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "c30q"), span, code);

    [Theory]
    // a country's organ or group named by a role noun is that country plus the role, not the bare country
    [InlineData("Poland's broadcasting watchdog fined a private channel on Monday.", "Poland's broadcasting watchdog", "POLGOV")]
    [InlineData("Kenya's police watchdog opened an inquiry into the shooting.", "Kenya's police watchdog", "KENGOV")]
    [InlineData("Germany's main business lobby urged Berlin to cut energy taxes.", "Germany's main business lobby", "DEUBUS")]
    [InlineData("A jailed Egyptian rights activist ended his hunger strike.", "Egyptian rights activist", "EGYCVL")]
    [InlineData("Nigeria's financial crimes agency arrested a former governor.", "Nigeria's financial crimes agency", "NGAGOV")]
    [InlineData("South Korea put its frontline artillery units on alert.", "artillery units", "KORMIL")]
    public void A_role_noun_after_a_country_gives_the_role(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "c30r"), span, code);
}
