namespace Tidings.Tests.Coding;

/// <summary>
/// Threats told as conditions, ultimatums and threatened responses with force (CAMEO 13x; gold/README.md, "verbal
/// categories carry their mode"). The sentences are written for these tests.
/// </summary>
public class ThreatsAndUltimatumsTests
{
    [Theory]
    // A demand with a penalty for refusing it is an ultimatum, from the teller to whom it is told; the demanded act and the
    // telling verb are not coded besides.
    [InlineData("Washington told Caracas to hold free elections or face new sanctions.", "USAGOV→VENGOV:139|!USAGOV→VENGOV:012")]
    [InlineData("Ghana's president gave the rebels ten days to release the hostages or face a military offensive.", "GHAGOV→GHAREB:139|!GHAGOV→CVL:0841")]
    [InlineData("Washington warned Caracas to release the prisoners or face new sanctions.", "USAGOV→VENGOV:139|!VENGOV→USAGOV:0841|!USAGOV→VENGOV:012")]
    // The tagger may tag the infinitive or "face" as nouns or adjectives; the "to" that marks the clause is the sign.
    [InlineData("The army ordered residents to leave the city or face arrest.", "MIL→CVL:139")]
    // A penalty told as a passive after "or" ("or be deregistered") stands where "or face" does (session 13).
    [InlineData("Zambia's electoral commission told the opposition party to file its accounts within a month or be deregistered.", "ZMB*→ZMBOPP:139")]
    [InlineData("Nigeria's army gave the militants 48 hours to surrender or be wiped out.", "NGAMIL→NGAREB:139")]
    // No "to" clause told to anyone: no ultimatum.
    // The infinitive on the verb or on its object ("gave the fighters 72 hours to ...", acl on "fighters", the deadline
    // as the infinitive's oblique): both trees are one ultimatum (decision 021, coder on neural trees).
    [InlineData("Uganda's army gave the rebel fighters 72 hours to lay down their weapons or face an offensive.", "UGAMIL→UGAREB:139")]
    [InlineData("Protesters said they would rather go to jail or face fines.", "!*:139")]
    public void Ultimatums(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A threatened response with force is a threat of military force (138), told as a noun with a forceful adjective or
    // as a warned act whose "with force" the parser hangs on the object.
    [InlineData("Tehran vowed a crushing response to any Israeli strike on its oil fields.", "IRNGOV→ISR:138")]
    [InlineData("\"We will answer any provocation with overwhelming force,\" Pyongyang warned Seoul on Sunday.", "PRKGOV→KORGOV:138")]
    [InlineData("Pyongyang threatened an overwhelming response against Seoul.", "PRKGOV→KORGOV:138")]
    // A response with no force named stays a threat (130).
    [InlineData("Hezbollah vowed revenge against Israel.", "LBNREB→ISR:130|!LBNREB→ISR:138")]
    public void Threatened_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A threat keeps the dyad of the act it threatens: a bare country the act names stays the target, not the government
    // of the capital its condition names (decision 084 reversed this case).
    [InlineData("Ghana threatened to close its border with Togo if Lome did not expel the gunmen.", "GHA→TGO:1381|!GHA→TGOGOV:1381")]
    // Nor does a state's craft or forces named in the condition (session 16).
    [InlineData("China threatened to strike Taiwanese radar sites if Taiwanese drones flew over Kinmen again.", "CHN→TWN:1384|!CHN→TWNMIL:1384")]
    // A threat aimed at the doer of its condition, a foreign state's forces or their craft, is aimed at the state (gold
    // eb16024); a threat to strike the forces themselves keeps them.
    [InlineData("Iran warned of a harsh response if Israeli jets entered its airspace again.", "IRN→ISR:130|!IRN→ISRMIL:130")]
    [InlineData("Venezuela warned of grave consequences if Guyanese troops crossed the Cuyuni river.", "VEN→GUY:130")]
    [InlineData("The Houthis threatened to strike British warships if London joined the attacks.", "YEMREB→GBRMIL:1384")]
    // An adjective names whose goods bear the act, not a side: it stays.
    [InlineData("Canada threatened to slap tariffs on American steel if Washington went ahead with its levies.", "CAN→USA:1312")]
    // "condemned ... and said it could ...": the pronoun under the second of two coordinated verbs is the first one's subject.
    [InlineData("Ghana condemned the attack and said it could suspend trade with Togo.", "GHA→TGO:1312")]
    public void Conditional_threats(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A demand with a penalty the one told would suffer ("or be expelled", "or be sacked") is an ultimatum as "or face N" is,
    // with or without a deadline.
    [InlineData("Peru told the Bolivian ambassador to leave or be expelled.", "PER→BOLGOV:139")]
    [InlineData("The Kenyan government told striking doctors to return to work or be sacked.", "KENGOV→KENHLH:139")]
    [InlineData("Algeria ordered two French diplomats to leave the country or be expelled.", "DZA→FRAGOV:139")]
    [InlineData("Brazil told Paraguay to withdraw its troops from the border or face consequences.", "BRA→PRY:139")]
    public void Ultimatums_with_a_passive_penalty(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A threatened retaliation names no kind of act: CAMEO's residual threat (130); told as force ("militarily", "with force",
    // "with missile strikes") it is a threat of military force (138). gold/README.md, session 13.
    [InlineData("Pakistan vowed to retaliate against India.", "PAK→IND:130|!PAK→IND:138")]
    [InlineData("Ethiopia threatened to retaliate against Eritrea.", "ETH→ERI:130|!ETH→ERI:138")]
    [InlineData("North Korea threatened to retaliate militarily against South Korea.", "PRK→KOR:138")]
    public void Threatened_retaliation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
