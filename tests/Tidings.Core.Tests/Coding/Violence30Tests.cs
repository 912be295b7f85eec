namespace Tidings.Tests.Coding;

/// <summary>
/// Force and violence (roots 15, 18-20): casualties told with "were wounded" and no doer are no event; joint drills of
/// every wording are military cooperation; boats stopped at sea and roads blocked by a force are a restriction of movement;
/// a shooting that tells how an assault or a massacre was done is no second event; a whole population expelled is a mass
/// expulsion.
/// </summary>
public class Violence30Tests
{
    [Theory]
    // the tagger reads the participle as an adjective after "were": its subject is who was harmed, never the doer
    [InlineData("Five soldiers were wounded near the border town on Sunday, the ministry said.")]
    [InlineData("Eleven miners were wounded in the blast at the mine.")]
    [InlineData("Dozens of protesters were beaten during the rally, witnesses said.")]
    public void A_casualty_told_with_a_copula_participle_has_no_doer(string sentence) =>
        PipelineEvents.AssertCoded(sentence, "!*:18*|!*:19*|!*:20*");

    [Theory]
    // a by-agent still names the doer, and the active keeps its reading
    [InlineData("Three protesters were wounded by police in Nairobi.", "KENCOP→KENCVL:17*")]
    [InlineData("Russian shelling wounded five civilians in Kherson.", "RUS→UKRCVL:194")]
    public void A_named_doer_of_harm_keeps_its_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // joint drills are cooperation between the forces that hold them (062), not a show of force by each (150)
    [InlineData("Japanese and Australian warplanes held joint air drills over the Coral Sea.", "JPN*→AUS*:062|AUS*→JPN*:062|!*:150")]
    [InlineData("India staged joint live-fire exercises with France off Goa.", "IND*→FRA*:062|FRA*→IND*:062|!*:150")]
    // drills of one side stay a show of force
    [InlineData("China staged air drills near Taiwan on Monday.", "CHN*→TWN*:150")]
    public void Joint_drills_are_military_cooperation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a boat stopped at sea is kept from going on (191); an aircraft intercepted is still a raised alert (152)
    [InlineData("The Tunisian coast guard intercepted a boat carrying 40 migrants off Sfax.", "TUN*→*:191")]
    [InlineData("Turkish jets intercepted a Greek plane over the Aegean.", "TUR*→GRC:152|!*:191")]
    public void A_boat_intercepted_at_sea_is_restricted(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the shooting participle tells how the massacre or the raid was done
    [InlineData("Jihadist fighters massacred more than 100 villagers in central Mali, shooting men and boys.", "MLIREB→MLICVL:202|!*:193")]
    [InlineData("Rebels stormed a village in Ituri, shooting farmers and burning homes.", "CODREB→*:18*|!*:193")]
    // a shooting of its own is still coded
    [InlineData("Soldiers shot at protesters in the capital of Guinea.", "GINMIL→GINCVL:17*")]
    public void A_shooting_participle_is_the_manner_of_the_attack(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // roads blocked by troops, police or an armed group restrict movement (191); protesters' roadblocks stay 144
    [InlineData("Sudanese troops blocked every road into the town of Kassala, cutting off fuel supplies to its people.", "SDNMIL→*:191|!*:144")]
    [InlineData("Cartel gunmen torched trucks and blocked highways around the Mexican city of Culiacan.", "MEXCRM→*:191")]
    [InlineData("Bangladeshi authorities sealed roads into Dhaka with trucks before an opposition rally.", "BGDGOV→*:191")]
    [InlineData("Protesters blocked roads in the capital on Monday.", "*:144|!*:191")]
    public void Roads_blocked_by_a_force_restrict_movement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a whole population expelled is a mass expulsion (201), not the expulsion of an envoy (166)
    [InlineData("Sudan's army expelled the entire population of two villages in Darfur, witnesses said.", "SDNMIL→*:201|!*:166")]
    // a military alert declared along a border is aimed at the neighbour (152)
    [InlineData("Eritrea declared a military alert along its border with Ethiopia.", "ERI*→ETH:152")]
    public void Expulsions_and_alerts(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
