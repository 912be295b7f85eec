namespace Tidings.Tests.Coding;

/// <summary>
/// Disapproval told as a claim (session 38, claims38; the rule is written in <c>TreeRoles.Claims.cs</c>): a speaker who says
/// another actor did an act that the words themselves tell as a wrong (done on purpose, stirring trouble, who fired first,
/// abuse of people by a state's forces) accuses the doer (112x) and the act is not coded; a court that finds an actor broke
/// a law or abused its power finds against it (116). Neutral reports ("police said gunmen killed five villagers", a report
/// set before its attribution) keep the reported act and give no accusation.
/// </summary>
public class Claims38Tests
{
    [Theory]
    // an act told as done on purpose is charged to its doer: force 1123, force on civilians 1124, anything else 112
    [InlineData("The Vietnamese foreign ministry said Chinese coast guard vessels had deliberately rammed a fishing boat.", "VNMGOV→CHN*:1123")]
    [InlineData("Ukraine's interior ministry said Russian forces had deliberately shelled civilians in Kherson.", "UKRGOV→RUSMIL:1124")]
    [InlineData("Estonia's defence minister said Russia was intentionally probing the alliance's air defences.", "ESTGOV→RUS:112")]
    [InlineData("Lithuania said Belarus was pushing migrants across the border on purpose.", "LTU*→BLR*:112")]
    // the charged act is the claim's content, not news of its own
    [InlineData("The Vietnamese foreign ministry said Chinese coast guard vessels had deliberately rammed a fishing boat.", "!CHN*:19*")]
    [InlineData("Ukraine's interior ministry said Russian forces had deliberately shelled civilians in Kherson.", "!RUS*:19*")]
    public void An_act_told_as_deliberate_is_an_accusation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // stirring up trouble and firing first are charges (112)
    [InlineData("Beijing said Tokyo was provoking tension in the East China Sea.", "CHNGOV→JPNGOV:112")]
    [InlineData("The Armenian government said Azerbaijan was stoking hostility along the frontier.", "ARMGOV→AZE*:112")]
    [InlineData("Seoul said North Korean guards had fired first during the exchange at the border village.", "KORGOV→PRK*:112")]
    // the speaker's own side told of is no accusation
    [InlineData("The Romanian army said its soldiers had fired first to stop the smugglers.", "!*:112*")]
    // a stirring verb with no actor as doer is none
    [InlineData("The Greek minister said the decision had provoked anger among farmers.", "!*:112*")]
    public void Stirring_trouble_and_firing_first_are_accusations(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // abuse of people by a state's forces told by someone else is a charge of a rights abuse (1122)
    [InlineData("Amnesty International said Egyptian police had tortured dozens of detainees in Cairo.", "NGOHRIAMN→EGYCOP:1122")]
    [InlineData("The Kenyan opposition said security forces had abducted 12 of its activists before the vote.", "KENOPP→KENCOP:1122")]
    [InlineData("Amnesty International said Egyptian police had tortured dozens of detainees in Cairo.", "!EGYCOP→*:18*")]
    public void Abuse_by_state_forces_is_an_accusation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // neutral reports keep the reported act and give no accusation
    [InlineData("Police said gunmen killed five villagers in Zamfara state.", "NGAREB→NGACVL:18*")]
    [InlineData("Police said gunmen killed five villagers in Zamfara state.", "!*:112*")]
    [InlineData("The army said rebels attacked a military post near Goma.", "CODREB→CODMIL:190")]
    [InlineData("The army said rebels attacked a military post near Goma.", "!*:112*")]
    [InlineData("Kenyan police said they had arrested 20 protesters in Nairobi.", "KENCOP→KENCVL:173")]
    [InlineData("The Chilean foreign minister said she had met her Peruvian counterpart in Lima.", "!*:112*")]
    // abuse by a group that is no state force, and a report set before its attribution, are told as the act
    [InlineData("Egyptian police tortured dozens of detainees in Cairo, Amnesty International said.", "!*:112*")]
    [InlineData("The kidnappers had abducted 12 schoolchildren from the village, police said.", "!*:112*")]
    public void Neutral_reports_keep_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a court that finds an actor broke a law or abused its power finds against it (116)
    [InlineData("Germany's constitutional court ruled that the government had broken the constitution's debt limits.", "DEUJUD→DEUGOV:116")]
    [InlineData("The European Court of Justice found that Hungary had breached EU asylum law.", "IGOEUREECJUD→HUN:116")]
    [InlineData("Spain's Supreme Court ruled that the regional president had abused his power.", "ESPJUD→ESP*:116")]
    // a ruling that something was broken that is no law is no finding of guilt
    [InlineData("The Italian court ruled that the deal had broken the deadlock in the talks.", "!*:116")]
    public void A_court_that_finds_a_law_broken_finds_against_the_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
