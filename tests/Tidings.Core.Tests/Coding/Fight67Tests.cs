namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (fight67): roots 18 and 19, missed assaults. People or a craft seized by an armed group or a gang are
/// abducted or hijacked (181, the codebook's "abduct, hijack, or take hostage"), wherever the sentence says they were taken
/// from; a state's navy seizing a tanker still confiscates it (1711). An armed group's firing on non-combatants ("opened fire
/// on worshippers", "fired on a bus carrying pilgrims") is the assault (180) an attack on them is, and decision 079 folds it
/// with the killing it tells (decision 123). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Fight67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // People seized by an armed group are abducted even when a place follows them ("from a market in ... district", which the
    // lexicon's ground phrases read as territory taken); a "-men" plural the lemmatizer leaves whole ("fishermen") is people.
    // Police who seize people arrest them; ground seized stays 192.
    [Theory]
    [InlineData("Armed men seized eleven traders from a market in Cameroon's Bui district on Friday.", "CMRREB→CMRBUS:181")]
    [InlineData("Armed men seized eleven traders from a market in Cameroon's Bui district on Friday.", "!*→*:192")]
    [InlineData("Rebel fighters seized nine Bangladeshi fishermen in the Naf river on Monday.", "*REB→BGDAGR:181")]
    [InlineData("Police seized 20 protesters in the district of Kibera in Nairobi.", "KENCOP→KENCVL:173")]
    [InlineData("Jihadists seized the town of Menaka in eastern Mali on Sunday.", "MLIREB→MLI:192")]
    public void People_seized_by_armed_groups_are_abducted(string sentence, string expected) => AssertCoded(sentence, expected);

    // A craft or vehicle seized by an armed group or a gang is hijacked (181); seized by a state's force it is confiscated
    // (1711), as is a cargo the armed group seizes.
    [Theory]
    [InlineData("Houthi fighters seized a Panama-flagged bulk carrier in the Red Sea on Tuesday.", "YEMREB→PAN:181")]
    [InlineData("Separatist fighters seized a minibus carrying 18 passengers near Kumba, the army said.", "*REB→*:181")]
    [InlineData("Iran's navy seized a Marshall Islands-flagged tanker in the Gulf of Oman.", "IRNMIL→MHL:1711")]
    [InlineData("Iran's navy seized a Marshall Islands-flagged tanker in the Gulf of Oman.", "!*→*:181")]
    [InlineData("Rebels seized a cargo of weapons in eastern Congo on Monday.", "!*→*:181")]
    public void Craft_seized_by_armed_groups_are_hijacked(string sentence, string expected) => AssertCoded(sentence, expected);

    // Firing on non-combatants by an armed group is an assault (180), with or without a wounding; firing on a force stays the
    // fighting (19x); police firing on protesters stays repression (175).
    [Theory]
    [InlineData("Gunmen fired on a minibus carrying pilgrims near Karbala on Friday, wounding seven people.", "IRQREB→*REL:180")]
    [InlineData("Suspected militants fired at a crowd of shoppers in a market in Kaduna on Sunday.", "NGAREB→NGACVL:180")]
    [InlineData("Bandits shot at travellers on the Kaduna highway on Monday, police said.", "*→*CVL:180")]
    [InlineData("Gunmen opened fire on soldiers at a checkpoint in Zamfara state on Monday.", "!*→*:180")]
    [InlineData("Gunmen opened fire on soldiers at a checkpoint in Zamfara state on Monday.", "NGAREB→NGAMIL:193")]
    [InlineData("Police opened fire on protesters in Nairobi on Tuesday.", "KENCOP→KENCVL:175")]
    public void Firing_on_non_combatants_is_assault(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 079 with the firing family: fewer than 25 non-combatants killed is the assault beside the killing (180 and
    // 1823); 25 or more, counted as people, is the massacre alone (202).
    [Theory]
    [InlineData("Gunmen opened fire on villagers in Zamfara state on Tuesday, killing eight people.", "NGAREB→NGACVL:180")]
    [InlineData("Gunmen opened fire on villagers in Zamfara state on Tuesday, killing eight people.", "NGAREB→NGACVL:1823")]
    [InlineData("Gunmen opened fire on worshippers at a mosque in western Niger on Friday, killing 31 people.", "NERREB→NERREL:202")]
    [InlineData("Gunmen opened fire on worshippers at a mosque in western Niger on Friday, killing 31 people.", "!*→*:1823")]
    [InlineData("Gunmen opened fire on worshippers at a mosque in western Niger on Friday, killing 31 people.", "!*→*:180")]
    public void Firing_and_the_killing_it_tells(string sentence, string expected) => AssertCoded(sentence, expected);

    // An attack on a bus or a train strikes those it is said to carry, when the sentence names them as an actor; the killing
    // told of the assault on them, with the dead only counted, is theirs too.
    [Theory]
    [InlineData("Gunmen opened fire on a bus carrying pilgrims in the Reasi district of Jammu and Kashmir.", "INDREB→INDREL:180")]
    [InlineData("Gunmen opened fire on a minibus carrying pilgrims near Jammu on Sunday, killing six people.", "INDREB→INDREL:1823")]
    [InlineData("Gunmen opened fire on a minibus carrying pilgrims near Jammu on Sunday, killing six people.", "!*→INDCVL:*")]
    public void Attacks_on_carriers_strike_those_aboard(string sentence, string expected) => AssertCoded(sentence, expected);

    // A blast told of the bomb alone ("exploded", "tore through", "ripped through", "went off") is an agentless bombing; a
    // vehicle packed with or laden with explosives is a car bomb (1832); "planted by the roadside" names a place, no bomber.
    // The same verbs with any other subject tell no attack, and the bombing's killing is not coded a second time.
    [Theory]
    [InlineData("A roadside bomb ripped through a bus carrying police recruits near Baidoa on Tuesday.", "-→SOMCOP:1833")]
    [InlineData("A bomb planted by the roadside tore through a van carrying police officers near Baidoa on Friday.", "-→SOMCOP:1833")]
    [InlineData("An explosives-laden car blew up near the gate of a police compound in Baidoa on Monday, killing four people.", "-→SOMCOP:1832")]
    [InlineData("A bomb tore through a bus carrying police recruits near Baidoa on Tuesday, killing 11 people.", "!-→SOMCVL:*")]
    [InlineData("A fire tore through a market in Lagos on Sunday, destroying hundreds of stalls.", "!*→*:18*")]
    [InlineData("A storm ripped through the town of Kasese on Monday, killing four people.", "!*→*:18*")]
    [InlineData("Protests exploded across the city after the verdict.", "!*→*:18*")]
    [InlineData("A gas cylinder exploded in a restaurant in Karachi, killing three people.", "!*→*:18*")]
    public void Blasts_told_of_the_bomb(string sentence, string expected) => AssertCoded(sentence, expected);
}
