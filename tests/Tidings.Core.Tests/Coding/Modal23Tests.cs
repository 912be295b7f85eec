namespace Tidings.Tests.Coding;

/// <summary>
/// Threats, warnings and appeals that used to come out wrong (session 23, modal23): appeals to resume or return to talks
/// (026/106), warnings of repression on people (137), a warning participle after an appeal aimed at the appeal's addressee,
/// a warned attack that is the hearer's act rather than the threat, and vowed responses with no named recipient.
/// </summary>
public class Modal23Tests
{
    [Theory]
    // a demanded verb that only resumes, restarts or joins talks asks for the talks (026, 106), to the addressee
    [InlineData("Norway urged Colombia's government to resume talks with the rebels.", "NOR→COLGOV:026|!*:040")]
    [InlineData("The African Union urged Sudan's army to return to the negotiating table.", "IGOAFRAFU→SDNMIL:026")]
    [InlineData("Qatar urged Hamas to return to dialogue.", "QAT→PSEREBHMS:026")]
    [InlineData("Turkey called on Armenia to restart negotiations.", "TUR→ARM:026")]
    [InlineData("Japan urged China to reopen dialogue on maritime issues.", "JPN→CHN:026")]
    [InlineData("Brazil urged Venezuela to hold talks with the opposition.", "BRA→VEN:026")]
    [InlineData("The opposition demanded that the government resume talks with the unions.", "OPP→GOV:106")]
    // the passive keeps the agent as the one who appeals
    [InlineData("Serbia's president was urged by the EU to resume talks with Kosovo.", "IGOEUREEC→SRBGOV:026|!SRBGOV→KSV:040")]
    // ending talks is not asking for them
    [InlineData("Kenya urged both sides to end the talks.", "!*:026")]
    public void An_appeal_to_resume_talks_asks_for_talks(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a penalty of repression that a warning says will fall on people is a threat of repression (137)
    [InlineData("The interior minister warned that anyone who blocked the highways would be arrested.", "GOV→-:137")]
    [InlineData("The junta warned that those who joined the strike would be punished.", "MIL→-:137")]
    [InlineData("The president warned that protesters who attacked police would be dealt with harshly.", "GOV→CVL:137")]
    [InlineData("The prime minister warned that opposition leaders would face prosecution.", "GOV→OPP:137")]
    [InlineData("The government warned that journalists who spread rumours would be held accountable.", "GOV→MED:137")]
    // the said clause after a participle of saying, which the parser may make a conjunct of the warning
    [InlineData("The army warned villagers to flee, saying anyone who stayed would be treated as an enemy.", "MIL→CVL:137")]
    // things, not people, dealt with or treated stay a warning or nothing
    [InlineData("The minister warned that the complaints would be dealt with next month.", "!*:13*")]
    [InlineData("The ministry warned that the files would be treated as secret.", "!*:13*")]
    [InlineData("The central bank warned that prices would rise next year.", "!*:13*")]
    [InlineData("The economist warned that workers would face higher prices.", "!*:13*")]
    public void A_warning_of_repression_on_people_threatens_repression(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle of warning after an appeal threatens whom the appeal was made to
    [InlineData("The United Nations urged Myanmar's junta to free jailed activists, warning that failure to do so would have consequences.", "IGOUNO→MMRMIL:0253|IGOUNO→MMRMIL:130")]
    [InlineData("The European Union urged Serbia's government to free detained students at once, warning that failure to do so would have consequences for the country's accession bid.", "IGOEUREEC→SRBGOV:130|!IGOEUREEC→SRB:*")]
    // a trailing attribution the parser makes govern the warned clause
    [InlineData("Iran's president warned Israel on Monday that it would face a crushing response if it struck Iranian soil, state media reported.", "IRNGOV→ISR:138")]
    [InlineData("China warned Japan that it would face a resolute response if it sent warships to the strait, state media said.", "CHN→JPN:13*|!*:012")]
    public void A_warning_after_an_appeal_or_before_an_attribution_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the attack in "any attack would be met with a response" is the hearer's supposed act; the warning is the threat
    [InlineData("North Korea warned that any attack on its ships would be met with a crushing response.", "PRK→-:138|!*:19*")]
    [InlineData("Iran warned that any strike on its soil would be met with a crushing response.", "IRN→-:138|!*:19*")]
    // protests that meet a rise are no threat of the warner
    [InlineData("The bank warned that any increase in rates would be met with protests.", "!*:13*")]
    // a vowed response to a hostile act threatens even with no recipient named; a response to needs does not
    [InlineData("The Houthis vowed to respond to the attack.", "YEMREB→-:130")]
    [InlineData("Hezbollah vowed to respond to the killing of its commander.", "LBNREB→-:130")]
    [InlineData("The Houthis vowed to respond to the needs of flood victims.", "!*:13*")]
    public void A_warned_or_answered_attack_is_not_the_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
