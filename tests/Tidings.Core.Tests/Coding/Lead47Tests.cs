namespace Tidings.Tests.Coding;

/// <summary>
/// Session 47 (lead): go-betweens. A broker or host named in a compound on the deal or talks ("a UAE-brokered swap", "the
/// U.S.-brokered ceasefire", "EU-mediated talks", "a UN-hosted meeting") mediates (045) between the act's sides, as one named
/// in a "brokered by" phrase does; every coordinated subject of "mediated talks between A and B" brokers them. A sponsor
/// ("-backed") is no go-between. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead47Tests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged 30 prisoners of war on Monday in a US-brokered swap.", "USA→ARM*:045")]
    [InlineData("Armenia and Azerbaijan exchanged 30 prisoners of war on Monday in a US-brokered swap.", "USA→AZE*:045")]
    [InlineData("Sudan's army and the RSF agreed to a Saudi-brokered truce in Jeddah.", "SAU→SDNMIL:045")]
    [InlineData("Colombia's government and the ELN agreed to a Cuba-mediated ceasefire.", "CUB→COLGOV:045")]
    [InlineData("Colombia's government and the ELN agreed to a Cuba-mediated ceasefire.", "CUB→COLREB*:045")]
    [InlineData("Kinshasa, M23 sign truce in Qatar-brokered deal", "QAT→COD*:045")]
    [InlineData("Israel and Hamas agreed to a U.S.-brokered ceasefire on Friday.", "USA→ISR:045")]
    // a sponsor is no go-between; a compound on a noun that is no deal or talks brokers nothing
    [InlineData("Sudan's army and the RSF agreed to a Saudi-backed truce in Jeddah.", "!SAU→*:045")]
    [InlineData("Gunmen attacked a UN-hosted camp for displaced people in Darfur.", "!IGOUNO*→*:045")]
    public void A_broker_compound_names_the_go_between(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Egypt and Qatar mediated a new round of talks between Israel and Hamas in Cairo.", "EGY→ISR:045")]
    [InlineData("Egypt and Qatar mediated a new round of talks between Israel and Hamas in Cairo.", "QAT→PSEREBHMS:045")]
    [InlineData("Turkey and Saudi Arabia hosted talks between Pakistan and Afghanistan.", "SAU→AFG:045")]
    [InlineData("Turkey and Saudi Arabia hosted talks between Pakistan and Afghanistan.", "!SAU→TUR:045")]
    public void Coordinated_brokers_each_mediate(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Military craft sent around, near, over or into another country show force at it (150); weapons sent "to" a party stay
    // military aid (072).
    [Theory]
    [InlineData("China sent 25 warplanes around Taiwan on Tuesday.", "CHNMIL→TWN:150")]
    [InlineData("Russia sent two bombers over the Sea of Japan near Hokkaido.", "RUS*→JPN:150")]
    [InlineData("China sent 25 warplanes into Taiwan's air defence zone.", "CHNMIL→TWN:150")]
    [InlineData("China sent 25 warplanes into Taiwan's air defence zone.", "!CHN*→TWN:072")]
    [InlineData("Norway sent six fighter jets to Ukraine last month.", "NOR→UKR:072")]
    public void Craft_sent_around_a_country_show_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An act named back ("the vetoes", "the stoppage", "the walkout", "the protests") is judged in its doers, every one of
    // them when several did it together; a noun that names no earlier act of its kind is aimed at no one.
    [Theory]
    [InlineData("Russia and China vetoed the draft resolution on Myanmar. France's ambassador called the vetoes deplorable.", "FRAGOV→RUS:111")]
    [InlineData("Russia and China vetoed the draft resolution on Myanmar. France's ambassador called the vetoes deplorable.", "FRAGOV→CHN:111")]
    [InlineData("Russia and China vetoed the draft resolution on Myanmar. France's ambassador condemned the vetoes.", "FRAGOV→CHN:111")]
    [InlineData("Nurses in Kenya began a nationwide strike on Monday. The health ministry called the stoppage illegal.", "KENGOV*→KENHLH*:111")]
    [InlineData("Thousands of farmers marched on parliament in Warsaw. The prime minister called the protests irresponsible.", "POLGOV→POLAGR:111")]
    [InlineData("France's ambassador called the vetoes deplorable.", "FRAGOV→-:111")]
    public void An_act_named_back_is_judged_in_its_doers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // The word after an appeal's object and "to" is the appeal's infinitive, though it reads as a noun alone ("exercise",
    // "review"): the appeal keeps its content; a place after "to" stays a destination.
    [Theory]
    [InlineData("Thai and Cambodian troops clashed along the border. The UN chief called on both sides to exercise restraint.", "IGOUNO→THAMIL:0256")]
    [InlineData("Thai and Cambodian troops clashed along the border. The UN chief called on both sides to exercise restraint.", "!IGOUNO→*:087")]
    // a warning after the appeal's infinitive is the appealer's, not part of what the addressee is asked to do
    [InlineData("Washington urged Caracas to release detained opposition figures, warning that it would otherwise reimpose oil sanctions.", "USAGOV→VENGOV:13*")]
    public void An_appeal_keeps_its_infinitive(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A sentence that opens with a gerund and a past form ("Fighting resumed ...") has the gerund as its subject noun; an
    // opening participial clause with an auxiliary or an object keeps its reading.
    [Theory]
    [InlineData("Fighting resumed between Ethiopia and Eritrea along the border on Sunday.", "ETH*→ERI*:19*")]
    [InlineData("Talks broke down on Friday. Fighting resumed between Ethiopia and Eritrea on Sunday.", "ERI*→ETH*:19*")]
    [InlineData("Having resumed talks, Ethiopia and Eritrea signed a border deal.", "ETH*→ERI*:057")]
    [InlineData("Having resumed talks, Ethiopia and Eritrea signed a border deal.", "!ETH*→ERI*:19*")]
    public void An_opening_gerund_before_a_past_form_is_the_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
