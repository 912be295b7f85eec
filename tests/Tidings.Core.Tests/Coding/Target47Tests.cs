namespace Tidings.Tests.Coding;

/// <summary>
/// Targets of events whose source and code were already right (session 47, target47): people described by an
/// attributive participle ("striking nurses", "protesting students") who are the addressees of a demand or appeal, a
/// coordinated subject whose verb the tagger read as a noun, a release demand aimed at the captor named earlier in the
/// sentence, a side within a country that a state acts on when the sentence names several countries, and "overnight" after
/// a struck place read as the adverb it is.
/// </summary>
public class Target47Tests
{
    [Theory]
    // the participle before a plural noun of people is the people's modifier, not a verb with the people as object
    [InlineData("Striking nurses in Kenya demanded", 0, "JJ")]
    [InlineData("The minister appealed to protesting farmers to leave the roads", 4, "JJ")]
    [InlineData("The envoy urged the warring parties to talk", 4, "JJ")]
    [InlineData("Soldiers fired on fleeing villagers", 3, "JJ")]
    // after a noun or before a possessive it stays a verb: a reduced relative clause or a gerund with its object
    [InlineData("Police fired at students protesting lawmakers ' perks", 4, "VBG")]
    [InlineData("Jets kept striking targets in the north", 2, "VBG")]
    public void An_attributive_participle_before_people_is_an_adjective(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // "overnight" after a place, with no noun after it, is an adverb, not the head of the place's phrase
    [InlineData("Drones struck the port of Odesa overnight , officials said", 6, "RB")]
    [InlineData("Troops shelled the town of Sumy overnight and into the morning", 6, "RB")]
    // before a noun it stays the adjective
    [InlineData("The army imposed an overnight curfew in the town", 4, "JJ")]
    public void Overnight_after_a_place_is_an_adverb(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // the people wounded in a shelled town of another country are that country's, not the attacker's
    [InlineData("Russian artillery shelled the town of Sumy overnight, wounding nine people.", "RUSMIL→UKR*:19*|!RUSMIL→RUSCVL:19*")]
    public void Victims_of_a_shelled_place_overnight_are_of_its_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the people a demand or appeal is addressed to, described by a participle, are its target
    [InlineData("Colombia's president demanded that striking miners return to work by Friday.", "COLGOV→COLLAB:10*")]
    [InlineData("Uganda's army chief appealed to protesting students to end their sit-in outside parliament.", "UGAMIL→UGAEDU:02*")]
    [InlineData("Peru's prime minister urged striking teachers to go back to their schools.", "PERGOV→PEREDU:*")]
    // the participle itself is no act: the students appealed to did not protest in this sentence
    [InlineData("Uganda's army chief appealed to protesting students to end their sit-in outside parliament.", "!UGAEDU→*:14*")]
    public void Participle_described_addressees_are_targets(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a coordinated subject keeps its verb when the tagger would read "fought" as the last conjunct's noun: each side
    // fights the other
    [InlineData("Ethiopian soldiers and Fano militiamen fought pitched battles near the town of Gondar.", "ETHMIL→ETHREB:19*|ETHREB→ETHMIL:19*")]
    [InlineData("Congolese troops and M23 rebels fought for control of the town of Sake.", "CODMIL→CODREB:19*|CODREB→CODMIL:19*")]
    // one subject fighting with no one named keeps no invented target
    [InlineData("Fano militiamen fought through the night near Gondar.", "!ETHREB→ETHMIL:19*")]
    public void Coordinated_fighters_target_each_other(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a release demand whose people are named back is aimed at the earlier captor in the sentence
    [InlineData("Georgian police arrested three Armenian activists near the border on Monday, and Armenia's government demanded their release.", "ARMGOV→GEOCOP:1053")]
    [InlineData("Iran seized a Liberian-flagged tanker in the Strait of Hormuz, and Liberia demanded the crew's immediate release.", "LBR→IRN:1053")]
    [InlineData("Gunmen abducted 30 pupils from a school in Zamfara state, and the governor demanded their release.", "NGAGOV→NGAREB:1053")]
    // with no captor earlier in the sentence the demand keeps its own reading
    [InlineData("Armenia's government demanded the immediate release of the activists.", "!ARMGOV→ARMCOP:1053")]
    // an earlier act that holds no one gives no captor
    [InlineData("Georgian police met three Armenian activists on Monday, and Armenia's government demanded their release.", "!ARMGOV→GEOCOP:1053")]
    public void Release_demands_are_aimed_at_the_captor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a side within a country, acted on by that country's state, takes the state's country when the sentence names several
    [InlineData("Niger's president pardoned 60 rebels, and Mali's junta expelled a French aid group.", "NERGOV→NERREB:*")]
    [InlineData("Kenya's government signed a peace deal with two armed groups, and Uganda deployed troops to its border.", "KENGOV→KENREB:*")]
    // an act of force across a border does not give the attacked side the attacker's country
    [InlineData("Turkish jets struck Kurdish rebel positions in northern Iraq and in Syria.", "!TURMIL→TURREB:19*")]
    public void A_states_own_side_takes_its_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
