namespace Tidings.Tests.Coding;

/// <summary>
/// Less-known actors that the blind51 split (news sentences aimed at sub-national bodies, named parties, unions and people
/// defined by an apposition) found miscoded: a body named "&lt;place&gt; Assembly" is a legislature; a lawyer for private clients
/// is JUD; "main opposition" before a party's name gives the party its side, and the country that owns the side by its
/// possessive; a headline's "Opposition Party" before the party's name only describes it; a name's apposition set off by
/// commas before the verb does not hide the verb; union federations, bar associations and the main parties of several
/// countries are lexicon rows.
/// </summary>
public class Blind51Tests
{
    [Theory]
    // a place's "Assembly" is its legislature (LEG), not an unknown word
    [InlineData("The Sindh Assembly passed a resolution condemning India.", "PAKLEG→IND:111")]
    [InlineData("The Nairobi County Assembly criticised Governor Johnson Sakaja over garbage collection.", "KENLEG→KENGOV:111")]
    // in lower case "assembly" is a gathering, no legislature
    [InlineData("Police arrested 40 people for unlawful assembly in Lahore.", "PAKCOP→*:173|!*LEG*")]
    public void A_places_Assembly_is_a_legislature(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a lawyer for private people acts as the lawyer (JUD), with the client's country
    [InlineData("Ruth Wanjiku, a lawyer for the families, accused Kenyan police of covering up the killings.", "KENJUD→KENCOP:112*|!KENCVL→*:*")]
    // a spokeswoman still speaks for the body she serves
    [InlineData("Ana Costa, a spokeswoman for the Brazilian army, denied that soldiers had fired on protesters.", "BRAMIL→*:016")]
    // the -ed form after a name's apposition is the sentence's verb
    [InlineData("Amina Diallo, a spokeswoman for the Guinean navy, accused Sierra Leonean trawlers of ramming a patrol boat.", "GINMIL→SLE:1123")]
    public void A_name_in_apposition_keeps_its_role_and_its_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "main opposition" before a shared party name: the party of the possessive's country, in opposition
    [InlineData("Malawi's main opposition Democratic Progressive Party accused the electoral commission of bias.", "MWIOPP→MWIGOV:112|!TWN*→*:*")]
    [InlineData("South Korea's main opposition Democratic Party filed a lawsuit against the national police chief.", "KOROPP→KORCOP:115")]
    public void A_side_before_a_party_is_the_partys(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Fact]
    public void A_headlines_Opposition_Party_before_the_name_only_describes_it() =>
        PipelineEvents.AssertHeadlineCoded("Ivorian Opposition Party PDCI Accuses Government Of Rigging", "CIVOPP→CIVGOV:112*|!CIVPTY→*:*");

    [Theory]
    // union federations and bar associations named by acronym or name
    [InlineData("COSATU called a general strike against the government's wage freeze.", "ZAFLAB→ZAFGOV:143")]
    [InlineData("The KCTU staged a rally in Seoul against the labour law reform.", "KORLAB→KORGOV:14*")]
    [InlineData("IG Metall called a warning strike at Volkswagen plants.", "DEULAB→*:143")]
    [InlineData("The Nigerian Bar Association urged the police to release the detained journalist.", "NGAJUD→NGACOP:0253")]
    [InlineData("The Law Society of Kenya condemned the abduction of government critics.", "KENJUD→*:111")]
    // parties other countries' parties share a name with, and opposition parties with dated periods
    [InlineData("Nigeria's Labour Party accused the electoral commission of rigging the vote.", "NGAPTY→NGAGOV:1121|!GBR*→*:*")]
    [InlineData("Cambodia's Supreme Court banned the leaders of the CNRP from politics.", "KHMJUD→KHMOPP:1722")]
    [InlineData("Thailand's People's Party accused the army of meddling in politics.", "THAOPP→THAMIL:112")]
    public void Unions_bars_and_parties_are_lexicon_rows(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
