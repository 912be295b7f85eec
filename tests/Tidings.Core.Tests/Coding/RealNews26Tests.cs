namespace Tidings.Tests.Coding;

/// <summary>
/// Groups named by their members in real reports (session 26, realnews26): a group noun the actor recognizer coded by role
/// alone stands for the members its "including"/"such as" list names; a list whose last member the parser hung on the verb
/// as a second subject, or whose verb it made a conjunct of the group, still gives every member; a target told by country
/// and role (the coup-makers, a stricken country) is shared by every coordinated subject found before the verb.
/// </summary>
public class RealNews26Tests
{
    [Theory]
    // a role-coded group noun ("aid groups" → NGO) gives way to the named members of its list
    [InlineData("Aid groups including Oxfam and the Red Cross have sent supplies to Haiti.", "NGODEV→HTI:073|NGOHLHIRC→HTI:073|!*NGO→*:*")]
    [InlineData("Relief agencies such as Oxfam and the Red Cross delivered food to Somalia.", "NGODEV→SOM:07*|NGOHLHIRC→SOM:07*")]
    [InlineData("Western governments, including Britain and France, condemned the coup in Niger.", "GBR→NERMIL:111|FRA→NERMIL:111")]
    [InlineData("Charities including Oxfam criticised the government of Kenya.", "NGODEV→KENGOV:111")]
    // a named group is no role: its own code stays
    [InlineData("The European Union, including France and Germany, condemned the attack on the embassy in Kabul.", "IGOEUREEC→*:111")]
    public void A_role_coded_group_stands_for_the_members_it_lists(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "and the US" hung on the verb as a second subject beside "countries including ..."
    [InlineData("Roads were reopened, as 30 countries including Australia, France, Japan and the US provide assistance to Pakistan.",
        "AUS→PAK:07*|FRA→PAK:07*|JPN→PAK:07*|USA→PAK:07*")]
    [InlineData("Several countries including Norway, Sweden and Denmark sent aid to Sudan.", "NOR→SDN:07*|SWE→SDN:07*|DNK→SDN:07*")]
    [InlineData("Nations including Jordan, Egypt and Qatar sent food to Gaza.", "JOR→*:07*|EGY→*:07*|QAT→*:07*")]
    // the verb read as a conjunct of the group noun ("donors ... and the EU pledged")
    [InlineData("Several donors including Norway, Sweden and the EU pledged aid to Sudan.", "NOR→SDN:033*|SWE→SDN:033*|IGOEUREEC→SDN:033*")]
    [InlineData("Several donors including Japan, Canada and the EU pledged aid to Haiti.", "JPN→HTI:033*|CAN→HTI:033*|IGOEUREEC→HTI:033*")]
    // the members of a plain list of countries are still the sources
    [InlineData("Countries such as Rwanda and Zambia have issued travel warnings.", "RWA→-:*|ZMB→-:*")]
    public void Every_member_of_a_listed_group_is_a_source(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the target told by country and role is the same for each subject coordinated before the verb
    [InlineData("Western countries, including Britain and France, condemned the coup in Niger.", "GBR→NERMIL:111|FRA→NERMIL:111")]
    [InlineData("Western countries, including Germany and Italy, condemned the coup in Mali.", "DEU→MLIMIL:111|ITA→MLIMIL:111")]
    [InlineData("Britain and France condemned the coup in Niger.", "GBR→NERMIL:111|FRA→NERMIL:111")]
    [InlineData("Germany and Italy condemned the coup in Mali.", "DEU→MLIMIL:111|ITA→MLIMIL:111")]
    public void Coordinated_subjects_share_a_target_told_by_country_and_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a group with no actor in its list is left alone; nothing is made up for it
    [InlineData("Aid groups including local charities have sent supplies to Haiti.", "*NGO→HTI:073")]
    [InlineData("Several countries including some in Europe sent aid to Sudan.", "!NOR→*:*|!SWE→*:*")]
    // a list after "including" on the object is not a source
    [InlineData("Kenya criticised several countries including Norway and Sweden.", "KEN→*:111|!NOR→*:*|!SWE→*:*")]
    // event-free real prose stays event-free
    [InlineData("Groups including local choirs and dance troupes performed at the festival on Sunday.", "!*:*")]
    [InlineData("Teams including Brazil and Argentina qualified for the tournament.", "!*:07*|!*:11*")]
    public void Listed_groups_add_no_events_of_their_own(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
