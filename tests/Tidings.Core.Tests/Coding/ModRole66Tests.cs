namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (modrole66): a person named by a role noun with modifiers before it. Role nouns of trade and art (artists,
/// poets, painters, playwrights, street and market vendors, hawkers) are private people (CVL); a councillor is local
/// government (GOV); an "army major" is an officer (MIL), where "major" alone stays an adjective; a word of the holder's lot
/// ("a detained journalist", "a jailed activist") between "a" and the role keeps the one indefinite holder; "a dissident
/// artist" is a dissident (OPP), as "a Cuban dissident artist" is. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold.
/// </summary>
public class ModRole66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Role nouns the lexicon lacked: each is one person, the object of an arrest, a sentence or a shooting.
    [Theory]
    [InlineData("Police in Minsk arrested a prominent artist on Tuesday.", "BLRCOP→BLRCVL:173")]
    [InlineData("A court in Tashkent sentenced a young poet to eight years in prison.", "UZBJUD→UZBCVL:116")]
    [InlineData("A court in Tashkent sentenced a young poet to eight years in prison.", "!UZBJUD→-:116")]
    [InlineData("Police in Lagos arrested a street vendor on Monday.", "NGACOP→NGACVL:173")]
    [InlineData("Gunmen kidnapped a town councillor in Mexico's Guerrero state on Sunday.", "*→MEXGOV:181")]
    [InlineData("A military court in Bangkok sentenced an army major to five years in prison for leaking secrets.", "THAJUD→THAMIL:116")]
    // "major" alone is an adjective: "a major highway" is no officer
    [InlineData("Protesters in Bogota blocked a major highway on Monday.", "!*→*MIL:*")]
    // "vendor" alone may be a company selling to another: not read as a private person
    [InlineData("Police in Lagos raided a software vendor on Monday.", "!*→*CVL:*")]
    public void Role_nouns_of_trade_art_and_local_office(string sentence, string expected) => AssertCoded(sentence, expected);

    // A participle of the holder's lot between "a" and the role describes the one holder; after "the" it did already.
    [Theory]
    [InlineData("Vietnam's foreign minister met a detained journalist in Hanoi on Monday.", "VNMGOV→VNMMED:04*")]
    // the participle right after a country is still its verb: "Uganda jailed a journalist" keeps its arrest
    [InlineData("Uganda jailed a journalist on Monday for insulting the president.", "UGA*→UGAMED:17*")]
    [InlineData("Egypt's president pardoned a jailed activist on Thursday.", "EGYGOV→EGYCVL:0841")]
    public void Holders_lot_after_an_indefinite_article(string sentence, string expected) => AssertCoded(sentence, expected);

    // "a dissident" before a civilian or media role makes the holder a dissident (OPP); armed dissidents keep their role.
    [Theory]
    [InlineData("Police in Havana detained a dissident painter on Friday.", "CUBCOP→CUBOPP:173")]
    [InlineData("Police in Havana detained a dissident painter on Friday.", "!CUBCOP→CUBCVL:173")]
    [InlineData("Police in Havana detained a painter on Friday.", "CUBCOP→CUBCVL:173")]
    [InlineData("Troops in Cauca captured a dissident commander on Friday.", "!*→*OPP:*")]
    public void Dissident_before_a_civilian_role(string sentence, string expected) => AssertCoded(sentence, expected);
}
