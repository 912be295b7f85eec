namespace Tidings.Tests.Coding;

/// <summary>
/// Session 58 (blind76): elections, parliaments and domestic political crises (decision 069). Candidacies, nominations and
/// registrations turned down, and candidates barred or excluded from a ballot, are bans on politicians (1722); confidence
/// votes a government loses in a named legislature, or in which a legislature brings an office holder down, are the
/// legislature's removal (172); a no-confidence motion survived names its movers after "by" as the ones demanding the
/// removal (1041); a veto overridden is rejected (120, not another veto); performers jailed or freed are civilians. Events
/// are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for
/// these tests, not taken from the blind76 gold lines.
/// </summary>
public class Blind76Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A candidacy, nomination or registration rejected, or a candidate barred or excluded from the vote, is a ban on a
    // politician (1722). Rejecting a plan stays a rejection (12x), and barring a thing from a ballot is no ban of anyone.
    [Theory]
    [InlineData("Malawi's electoral commission rejected the nomination of the opposition presidential candidate.", "MWIGOV→MWIOPP:1722")]
    [InlineData("Malawi's electoral commission rejected the nomination of the opposition presidential candidate.", "!MWIGOV→MWIOPP:120")]
    [InlineData("Zambia's constitutional court rejected the candidacies of three opposition leaders on Monday.", "ZMBJUD→ZMBOPP:1722")]
    [InlineData("Nepal's election commission barred the opposition leader from the ballot.", "NPLGOV→NPLOPP:1722")]
    [InlineData("Peru's electoral tribunal excluded two opposition candidates from the race.", "PERGOV→PEROPP:1722")]
    [InlineData("Zambia's opposition rejected the government's plan to delay the vote.", "ZMBOPP→ZMBGOV:12*")]
    [InlineData("Zambia's opposition rejected the government's plan to delay the vote.", "!*→*:1722")]
    public void Candidacies_rejected_are_bans(string sentence, string expected) => AssertCoded(sentence, expected);

    // A government that loses a confidence vote in a named legislature is removed by it (172); with no legislature named no
    // doer is told and nothing is coded. A legislature that topples or ousts an office holder in such a vote removes him.
    [Theory]
    [InlineData("Romania's coalition government lost a confidence vote in parliament on Thursday.", "ROULEG→ROUGOV:172")]
    [InlineData("Romania's coalition government lost a confidence vote in parliament on Thursday.", "!ROUGOV→ROULEG:012")]
    [InlineData("The Czech government lost a vote of no confidence in the lower house.", "CZELEG→CZEGOV:172")]
    [InlineData("Romania's coalition government lost a confidence vote on Thursday.", "!*→*:172")]
    [InlineData("Nepal's parliament toppled the prime minister on Friday in a no-confidence vote.", "NPLLEG→NPLGOV:172")]
    [InlineData("Investors lost confidence in the Romanian leu in March.", "!*→*:172")]
    public void Confidence_votes_lost_are_removals(string sentence, string expected) => AssertCoded(sentence, expected);

    // A no-confidence or censure motion survived is the movers' demand for the survivor's removal (1041), the movers named
    // after "by"; a survived motion with no mover named, or a survived attack of no named doer, codes nothing.
    [Theory]
    [InlineData("Vanuatu's prime minister survived a no-confidence motion brought by the opposition on Tuesday.", "VUTOPP→VUTGOV:1041")]
    [InlineData("Vanuatu's prime minister survived a no-confidence motion brought by the opposition on Tuesday.", "!VUTGOV→*:1041")]
    [InlineData("Vanuatu's prime minister survived a no-confidence motion on Tuesday.", "!*→*:1041")]
    [InlineData("Moldova's parliament rejected a no-confidence motion against the government, tabled by the socialist opposition.", "MDALEG→MDAOPP:120")]
    [InlineData("Moldova's parliament rejected a no-confidence motion against the government, tabled by the socialist opposition.", "!MDALEG→MDAGOV:1231")]
    [InlineData("Peru's president survived an assassination attempt by gunmen in Lima.", "PERREB→PERGOV:185")]
    [InlineData("Peru's president survived an assassination attempt in Lima.", "!PERGOV→*:185")]
    public void Motions_survived_name_their_movers(string sentence, string expected) => AssertCoded(sentence, expected);

    // A legislature overriding a veto rejects the vetoer's decision (120), aimed at the government whose veto it was; the
    // veto itself stays 129 when a head of state casts it.
    [Theory]
    [InlineData("Chile's Senate overrode the president's veto of a pension bill.", "CHLLEG→CHLGOV:120")]
    [InlineData("Chile's Senate overrode the president's veto of a pension bill.", "!CHLLEG→*:129")]
    [InlineData("Chile's president vetoed a pension bill on Monday.", "CHLGOV→CHLLEG:129")]
    public void Vetoes_overridden_are_rejections(string sentence, string expected) => AssertCoded(sentence, expected);

    // An inquiry into killings or torture investigates human rights abuses (092), aimed at the doer after "by"; an inquiry
    // into corruption stays a criminal investigation.
    [Theory]
    [InlineData("Kenya's rights commission opened an inquiry into the killing of protesters by police.", "*→KENCOP:092")]
    [InlineData("Kenya's rights commission opened an inquiry into the killing of protesters by police.", "!*→*:090")]
    [InlineData("Kenya's anti-graft agency opened an investigation into corruption at the ports authority.", "!*→*:092")]
    public void Inquiries_into_killings_are_rights_investigations(string sentence, string expected) => AssertCoded(sentence, expected);

    // Rappers, musicians, singers and comedians arrested or freed are civilians.
    [Theory]
    [InlineData("Police in Kampala arrested a popular singer who had criticised the president.", "UGACOP→UGACVL:173")]
    [InlineData("Senegal's government freed two rappers jailed for insulting the president.", "SENGOV→SENCVL:0841")]
    public void Performers_are_civilians(string sentence, string expected) => AssertCoded(sentence, expected);
}
