namespace Tidings.Tests.Coding;

/// <summary>
/// General structures found by reading the coder's errors on real news it had never seen (session 19, realmine9: GeoVirus
/// Wikinews articles of the realnews dev8 split, with the older real dev splits). The sentences are written for these tests,
/// in news style, with actors of every region; none is taken from a corpus.
/// </summary>
public class RealNewsMining9Tests
{
    [Theory]
    // Medical and relief staff sent or dispatched are humanitarian aid (073), with or without a team noun.
    [InlineData("China dispatched medical experts to Italy.", "CHN→ITA:073")]
    [InlineData("Doctors Without Borders sent a team of specialists to Sudan.", "NGOHLHMSF→SDN:073")]
    [InlineData("Cuba sent nurses and health workers to Peru.", "CUB→PER:073")]
    // A deployment by a health or relief body, or of medical staff, is aid, not a show of force (154).
    [InlineData("The WHO has deployed personnel to the affected areas of Guinea.", "IGOUNOHLHWHO→GIN:073|!*:154")]
    [InlineData("The Kenyan army deployed medical teams to the flooded towns of Somalia.", "KENMIL→SOM*:073|!*:154")]
    // Troops deployed are still a show of force.
    [InlineData("Chad deployed troops to the border with Sudan.", "TCD*→SDN:154")]
    public void Medical_staff_sent_or_deployed_are_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // The staff an aid phrase names are the aid, not its recipient: with no "to" phrase the recipient is the country the
    // context places them in, and none when that is the giver's own.
    [InlineData("Cholera has killed 200 people in Haiti. The UN has set up clinics in the Artibonite region and sent additional doctors.", "IGOUNO→HTI:073|!IGOUNO→HTIHLH:073")]
    [InlineData("Floods hit northern Malawi on Monday. Britain sent doctors, the embassy said.", "!GBR→MWIHLH:*")]
    [InlineData("Cuba sent Cuban doctors to Italy.", "CUB→ITA:073")]
    public void Sent_staff_are_not_the_recipient(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // An article whose actors over its whole length name no main country (the country hit, then its neighbours listed
    // later) lends the one it has named so far to an unplaced role: a reader of the article up to the sentence would.
    [InlineData("Severe flooding in Niger has affected 100,000 people, the country's worst in decades. Officials requested international aid. The floods also hit Benin, Ghana, Togo, Mali and Chad.", "NERGOV→-:023*")]
    [InlineData("A cholera outbreak in Malawi has killed 40 people, the country's health agency said. Officials appealed for medical aid. Zambia, Mozambique, Tanzania and Zimbabwe are on alert.", "MWIGOV→-:023*")]
    public void The_article_so_far_places_bare_roles(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // An appeal for aid whose kind an adjective names is an appeal for aid with no addressee, as "appealed for aid" is.
    [InlineData("Malawi appealed for medical aid.", "MWI→-:0233")]
    [InlineData("Officials in Malawi appealed for emergency relief.", "MWIGOV→-:0233")]
    [InlineData("Haiti's government asked for medical aid on Monday.", "HTIGOV→-:0233")]
    // With an addressee named it is aimed at it.
    [InlineData("Malawi appealed to Britain for humanitarian aid.", "MWI→GBR:0233")]
    // An appeal for calm is no appeal for aid.
    [InlineData("Malawi appealed for calm.", "!*:023*")]
    public void An_appeal_for_aid_needs_no_addressee(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Judgements of cruelty and of moral outrage given to an act by a naming verb criticise its doer (111).
    [InlineData("Human Rights Watch described the crackdown as brutal.", "NGOHRI→-:111")]
    [InlineData("Amnesty International called the executions barbaric.", "NGOHRI*→-:111")]
    [InlineData("Nigeria's president called the attack cowardly.", "NGAGOV→-:111")]
    // Advocacy and campaign groups are NGOs.
    [InlineData("An advocacy group called the sentence excessive.", "NGO→-:111")]
    // A neutral judgement is none.
    [InlineData("The minister described the talks as long.", "!*:111")]
    public void A_judgement_of_cruelty_criticises(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Aid sent to a place that holds no actor is received by the place's country.
    [InlineData("Japan has sent aid to the quake zone in Turkey.", "JPN→TUR:07*")]
    [InlineData("Britain sent relief supplies to Aleppo.", "GBR→SYR:073")]
    [InlineData("The WHO has deployed experts to the affected areas of Guinea.", "IGOUNOHLHWHO→GIN:073")]
    // Not the giver's own country: aid a government sends to its own towns has no foreign recipient.
    [InlineData("Kenya sent aid to the flooded towns of Kenya.", "!KEN→KEN:07*")]
    public void Aid_sent_to_a_place_goes_to_its_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
