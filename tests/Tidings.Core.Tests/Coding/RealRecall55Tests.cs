namespace Tidings.Tests.Coding;

/// <summary>
/// Session 55 (realrecall55): constructions of real articles that lost or misdirected their events. Events are written
/// "SOURCE→TARGET:CODE" ("|" joins several checks); each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests.
/// </summary>
public class RealRecall55Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A group noun with an "including" / "such as" list is the subject of the verb after the list, in an adverbial clause
    // or as the sentence's subject: the parser read the list's last member as the subject of a clause of its own
    // ("... and the US provide ...") or the verb as a relative clause on the group (TreeRepairs.IncludedLists).
    [Theory]
    [InlineData("Officials said the roads were reopened, as 20 countries including Chile, Japan, Norway and the US provide assistance to Nepal.",
        "CHL→NPL:07*|JPN→NPL:07*|NOR→NPL:07*|USA→NPL:07*")]
    [InlineData("Several donors including Norway, Sweden and the EU pledged aid to Malawi.", "NOR→MWI:03*|SWE→MWI:03*|IGOEUREEC→MWI:03*")]
    [InlineData("The ministry said roads were cleared as a dozen countries including Canada, Norway, Kenya and the UK sent tents to Haiti.",
        "CAN→HTI:07*|NOR→HTI:07*|KEN→HTI:07*|GBR→HTI:07*")]
    [InlineData("Thirty countries including Australia, France and the US provide assistance.", "AUS→-:07*|FRA→-:07*|USA→-:07*")]
    // The members are donors, not the stricken place the aid goes to.
    [InlineData("Officials said the roads were reopened, as 20 countries including Chile, Japan, Norway and the US provide assistance to Nepal.",
        "!*→CHL:07*|!*→JPN:07*")]
    [InlineData("Thirty countries including Australia, France and the US provide assistance.", "!*→FRA:07*|!*→AUS:07*")]
    // A group with no verb after its list stays as it was: no act is given to the countries listed.
    [InlineData("Diplomats said several countries including France and Germany were present.", "!FRA→*:*|!DEU→*:*")]
    public void A_group_with_an_including_list_is_the_subject_of_the_verb_after_the_list(string sentence, string expected) => AssertCoded(sentence, expected);

    // A launch or a test named back is the firing told before it (a show or use of force), not joint drills the lead told.
    [Theory]
    [InlineData("Japan and the United States began joint naval drills on Monday. A day later North Korea fired three ballistic missiles into the sea. Tokyo condemned the launches.",
        "JPNGOV→PRK:111|!JPNGOV→USA:111")]
    // Drills named back are still the drills.
    [InlineData("Japan and the United States began joint naval drills on Monday. A day later North Korea fired three ballistic missiles into the sea. Beijing condemned the drills.",
        "CHNGOV→*:111|!CHNGOV→PRK:111")]
    public void A_launch_named_back_is_the_firing_not_the_drills(string sentence, string expected) => AssertCoded(sentence, expected);

    // A force known only through a pronoun's owner ("its forces") does not lend that owner to the place it takes: the
    // speaking state is not where it fights.
    [Theory]
    [InlineData("Russia said its forces had captured two villages.", "!RUSMIL→RUS:192")]
    [InlineData("Ukraine said its forces had captured a village.", "!UKRMIL→UKR:192")]
    // A force named with its country keeps the rule that a town it takes is its own country's.
    [InlineData("Myanmar's army recaptured the town of Lashio.", "MMRMIL→MMR:192")]
    public void A_pronouns_owner_does_not_place_the_ground_taken(string sentence, string expected) => AssertCoded(sentence, expected);

    // A definite armed role before a word for ground it holds ("the army base", "the rebel camp") stands for that side, as
    // the indefinite "an army base" already did.
    [Theory]
    [InlineData("The rebels fired two rockets at the army base.", "REB→MIL:19*")]
    [InlineData("The rebels attacked the army base.", "REB→MIL:19*")]
    [InlineData("Soldiers raided the rebel camp near the river.", "MIL→REB:19*")]
    // A base that no one attacks is no actor of an event.
    [InlineData("The army base was closed for the holiday.", "!*→MIL:*")]
    // The army named as the doer is not turned into a piece of ground.
    [InlineData("The army shelled the rebel camp.", "MIL→REB:19*")]
    public void A_definite_armed_role_before_held_ground_is_that_side(string sentence, string expected) => AssertCoded(sentence, expected);
}
