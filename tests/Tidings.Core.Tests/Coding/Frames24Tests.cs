namespace Tidings.Tests.Coding;

/// <summary>
/// Sentence frames the coder missed or misread (session 24, frames24): an indefinite role noun as the doer of an attack
/// ("A gunman attacked ..."), participles that share one passive and its "by" phrase ("were arrested and charged by police"),
/// a harm that befell its subject when someone used force ("were wounded when militants attacked ..."), quoted words inside
/// a threat phrase ("warned of a 'decisive response'"), hyphenated descriptions between "the" and a role ("the French-trained
/// army"), and statistics or compounds that must not turn into events.
/// </summary>
public class Frames24Tests
{
    [Theory]
    // a role noun after "a"/"an" is one unnamed doer when a verb of attack the tagger reads as finite follows it
    // (session 63, fight63: the attack beside its killing of four worshippers is the assault 180, decision 079; was 190)
    [InlineData("A gunman attacked a mosque in Pakistan, killing four worshippers.", "PAKREB→*:180|PAKREB→PAKREL:18*")]
    [InlineData("A suicide bomber struck a police station in Afghanistan.", "AFGREB→AFGCOP:18*")]
    [InlineData("An armed man attacked a police patrol in Niger.", "NERREB→NERCOP:190")]
    [InlineData("A suicide bomber killed 15 soldiers in Somalia.", "SOMREB→SOMMIL:18*")]
    // "a militant attack" keeps its noun: no unnamed militant doer of the killing
    [InlineData("A militant attack killed 26 tourists in India.", "!INDREB→INDCVL:18*")]
    public void An_indefinite_role_noun_attacks(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle coordinated after a passive shares its subject, and the "by" phrase after the last one names the doer of both
    [InlineData("Three opposition leaders were arrested and charged by police in Uganda.", "UGACOP→UGAOPP:173|!UGAOPP→*:*")]
    [InlineData("The activists were detained and beaten by security forces in Egypt.", "EGYCOP→EGYCVL:173|EGYCOP→EGYCVL:18*")]
    [InlineData("Three journalists were detained and questioned by police in Istanbul.", "TURCOP→TURMED:173|!TURMED→*:*")]
    [InlineData("Four soldiers were abducted and killed by militants in Burkina Faso.", "BFAREB→BFAMIL:181|BFAREB→BFAMIL:190")]
    [InlineData("Two activists were arrested and sentenced by a court in Iran.", "IRNJUD→IRNCVL:116|!IRNCVL→*:*")]
    [InlineData("Two soldiers were killed and five wounded by rebels in Mali.", "MLIREB→MLIMIL:19*")]
    public void Coordinated_participles_share_the_passive_and_its_agent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the subject of a "when" clause of force did the harm the passive subject suffered; the clause's own act is that one event
    [InlineData("Three police officers were wounded when militants attacked a checkpoint in Kenya.", "KENREB→KENCOP:190|!KENCOP→*:*|!KENREB→KEN:*")]
    [InlineData("Two border guards were wounded when smugglers attacked their post in Iran.", "IRNCRM→IRNCOP:190|!IRNCOP→*:*")]
    [InlineData("Five soldiers were killed when insurgents ambushed their convoy in Niger.", "NERREB→NERMIL:19*")]
    [InlineData("Six protesters were killed when police opened fire on a march in Kenya.", "KENCOP→KENCVL:*|!KENCVL→*:*")]
    // a thing that is no actor in the clause leaves the harm uncoded
    [InlineData("Twelve people were killed when a bus hit a mine in Mali.", "!*:*")]
    public void A_when_clause_of_force_names_the_doer_of_a_passive_harm(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // quotation marks round a threat phrase's words do not break the phrase
    [InlineData("Iran warns of 'resolute response' to Israeli strikes.", "IRN→ISR:13*|!IRN→ISR:012")]
    [InlineData("Russia warned of a \"decisive response\" if NATO deployed troops.", "RUS→IGOWSTNAT:13*")]
    [InlineData("China warned of a 'firm response' to the visit.", "CHN→-:13*")]
    [InlineData("China vows to respond to new US tariffs.", "CHN→USA:130")]
    public void A_quoted_response_is_still_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Fact]
    public void A_quoted_response_in_a_headline_is_a_threat() => PipelineEvents.AssertHeadlineCoded("Iran warns of 'resolute response'", "IRN→-:13*");

    [Theory]
    // a hyphenated description or "armed" between "the" and a role describes the holder; the role stays an actor
    [InlineData("The French-trained army seized the town of Kidal.", "MLIMIL→*:192")]
    [InlineData("The well-equipped army shelled rebel positions in Sudan.", "SDNMIL→*:19*")]
    [InlineData("The armed militia attacked protesters in Haiti.", "HTIREB→HTICVL:18*")]
    [InlineData("The pro-government militia attacked anti-junta protesters.", "*REB→*CVL:18*")]
    public void A_hyphenated_description_keeps_the_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // statistics and background with no actor acting are no events
    [InlineData("Exports to the EU fell 4 percent in March.", "!*:*")]
    [InlineData("Unemployment rose to 7 percent last year.", "!*:*")]
    [InlineData("The death toll passed 600 on Sunday.", "!*:*")]
    [InlineData("The country has received 2 billion dollars in aid since 2020.", "!*:*")]
    // words of a hyphenated compound are no verbs of their own
    [InlineData("The European Union imposed anti-dumping duties on Chinese steel.", "IGOEUREEC→CHN:16*")]
    [InlineData("Ghana sent peace-keeping troops to Lebanon.", "GHA→LBN:074")]
    [InlineData("Turkey launched cross-border strikes on Kurdish militants in Iraq.", "TUR→IRQREB:19*")]
    public void Statistics_and_compounds_are_no_events(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
