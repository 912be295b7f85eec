namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (fight63): root 19, false events. An armed group's assault on non-combatants beside the killing the sentence
/// tells of it is coded by its victims (decision 079): a mass killing (202) is one event, fewer killed is the assault 180 beside
/// the killing 1823; a state taking control of a company confiscates property (1711), it takes no ground (192); a raid by a
/// security service is a search and seizure (171), as one by the police is. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold.
/// </summary>
public class Fight63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Decision 079: the assault beside a killing of non-combatants by the same armed group. A raid or an attack whose killing
    // is a massacre is that one event; with fewer killed, the assault is 180 aimed at the victims, never a battle (190).
    [Theory]
    [InlineData("Gunmen raided a farming village in Nigeria's Katsina state before dawn on Friday, killing 11 villagers, police said.", "NGAREB→NGACVL:180|NGAREB→NGACVL:1823|!NGAREB→*:190")]
    [InlineData("Militiamen raided a camp for displaced families in Congo's Ituri province on Monday, killing nine residents.", "CODREB→CODCVL:180|!CODREB→*:190")]
    [InlineData("Gunmen attacked a church in Nigeria's Benue state during an evening service, killing at least 12 worshippers.", "NGAREB→NGAREL:180|NGAREB→NGAREL:1823|!NGAREB→*:190")]
    [InlineData("Armed men raided a village in Nigeria's Zamfara state on Sunday, killing 60 villagers, local officials said.", "NGAREB→NGACVL:202|!NGAREB→*:190|!NGAREB→*:180")]
    // An assault on a force stays the fighting (190): soldiers killed are combatants.
    [InlineData("Jihadist fighters stormed an army post in northern Burkina Faso on Sunday, killing 14 soldiers.", "*→BFAMIL:190|!*→*:180")]
    // A state force's raid is no armed group's assault: troops raiding a militant camp fight it.
    [InlineData("Nigerian troops raided a militant camp in Borno state on Tuesday, killing 12 insurgents.", "NGAMIL→*:190|!NGAMIL→*:180")]
    public void Armed_assaults_told_with_their_killing(string sentence, string expected) => AssertCoded(sentence, expected);

    // A state taking control of a company or its assets confiscates property (1711); ground taken by force keeps 192.
    [Theory]
    [InlineData("Hungary's government seized control of the local assets of the Austrian bank Raiffeisen on Friday.", "HUNGOV→AUTBUS:1711|!*→*:192")]
    [InlineData("Burkina Faso's junta nationalised a gold mine run by a British company on Monday, taking control of it in a tax dispute.", "*→GBRBUS:1711|!*→*:192")]
    [InlineData("Russian troops took control of three villages in Ukraine's Kharkiv region, the defence ministry said.", "RUSMIL→UKR:192")]
    public void Companies_taken_by_a_state_are_confiscated(string sentence, string expected) => AssertCoded(sentence, expected);

    // A security service's raid on homes or offices is a search and seizure (171), as a police raid is; troops raiding a
    // town use force (190).
    [Theory]
    [InlineData("Belarus's security service, the KGB, raided the homes of four opposition activists in Minsk on Thursday.", "BLRSPY→*:171|!*→*:190")]
    [InlineData("Israeli troops raided the town of Qabatiya in the occupied West Bank on Monday.", "ISRMIL→PSE:190")]
    public void Raids_by_security_services_are_searches(string sentence, string expected) => AssertCoded(sentence, expected);

    // The fighting people fled or were displaced by is the cause of their flight, not news of its own; a fight told by its
    // own clause beside the flight is coded.
    [Theory]
    [InlineData("Tanzania opened its border to Burundians fleeing fighting in Cibitoke province on Saturday.", "!*→*:19*")]
    [InlineData("Thailand sent rice to families in Myanmar's Kayin state displaced by fighting between the army and Karen rebels.", "!*→*:19*")]
    [InlineData("Sudan's army and the Rapid Support Forces clashed near El Obeid on Sunday, and hundreds of villagers fled.", "SDNMIL→SDNREB:190")]
    public void Fights_people_fled_are_background(string sentence, string expected) => AssertCoded(sentence, expected);

    // "fight" and "battle" of a side that carries no arms, against nothing armed, are figurative; a government fighting an
    // armed group uses force.
    [Theory]
    [InlineData("Firefighters battled through the night to keep wildfires away from villages in southern Spain.", "!*→*:19*")]
    [InlineData("Lawmakers in Brazil battled over the budget for a third day.", "!*→*:19*")]
    [InlineData("Poland's government battled to contain floods in the south of the country.", "!*→*:19*")]
    [InlineData("Sudan's government has fought the Rapid Support Forces in Darfur since April.", "SDNGOV→SDNREB:190")]
    public void Fights_of_unarmed_sides_are_figurative(string sentence, string expected) => AssertCoded(sentence, expected);
}
