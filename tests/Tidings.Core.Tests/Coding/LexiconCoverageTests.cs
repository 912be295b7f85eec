using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 7's trigger vocabulary and PLOVER mapping, coded by the default pipeline (tagger, parser, actors): trade and
/// joint bodies (COOPERATE), pull-outs and resignations (RETREAT), sentences and imposed sanctions (SANCTION), threats held
/// out by a modal or by "raised the possibility of" (THREATEN), police raids (COERCE), patrols (MOBILIZE), withdrawn
/// complaints (CONCEDE); session 7, second round's nouns of delivery, lifting, release, imposition and recall, called-off protests and
/// readiness. Sentences written for these tests, in news style.
/// </summary>
public class LexiconCoverageTests
{
    private static IReadOnlyList<CodedEvent> Events(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) }).Events
            .Where(e => !e.Negated).ToList();

    /// <summary>"SOURCE→TARGET:CAMEO PLOVER", target "-" for none.</summary>
    private static string Describe(CodedEvent e) => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo} {e.Plover.Type}";

    /// <summary>The sentence yields the event "SOURCE→TARGET:CAMEO PLOVER" (target "*" for any) among its events.</summary>
    [Theory]
    // 06 material cooperation: trade, exports and imports, joint bodies and commands
    // 064 information shared: imagery and documents handed over, as intelligence is
    [InlineData("Ukraine's defence ministry shared satellite images with NATO on Tuesday.", "UKRGOV→IGOWSTNAT:064 COOPERATE")]
    [InlineData("Kenya shared documents with Tanzania about the smuggling network.", "KEN→TZA:064 COOPERATE")]
    [InlineData("Trade between Kenya and Uganda grew by 20 percent last year.", "KEN→UGA:061 COOPERATE")]
    [InlineData("Kenya exports tea and flowers to Uganda.", "KEN→UGA:061 COOPERATE")]
    [InlineData("Kenyan companies began importing goods from Uganda.", "KENBUS→UGA:061 COOPERATE")]
    [InlineData("Kenya and Uganda set up a joint working group on Tuesday.", "KEN→UGA:060 COOPERATE")]
    [InlineData("Kenya established a joint command with Uganda.", "KEN→UGA:062 COOPERATE")]
    // 08 yielding: a pull-out of one's own troops, stepping down (RETREAT/resign, decision 012), a withdrawn complaint
    [InlineData("The Kenyan army pulled its troops out of the contested region.", "KENMIL→-:0874 RETREAT")]
    [InlineData("The Kenyan prime minister stepped down on Friday.", "KENGOV→-:0831 RETREAT")]
    [InlineData("Bulgaria's Prime Minister Boyko Borissov quit on Sunday.", "BGRGOV→-:0831 RETREAT")]
    [InlineData("Kenya withdrew its complaint against Uganda at the WTO.", "KEN→UGA:080 CONCEDE")]
    // 11 convictions and 16 sanctions: both PLOVER SANCTION
    [InlineData("A Kenyan court handed down prison sentences to three opposition leaders.", "KENJUD→*:116 SANCTION")]
    [InlineData("The United States imposed sanctions on a Russian oil company.", "USA→RUSBUS:163 SANCTION")]
    [InlineData("The Czech Supreme Court handed down convictions against five former ministers.", "CZEJUD→*:116 SANCTION")]
    [InlineData("A Nigerian court handed down six-year sentences to two opposition politicians.", "NGAJUD→NGAOPP:116 SANCTION")]
    // 13 threats: "raised the possibility of" and "warned of" a hostile act, a modal before it
    [InlineData("Kenya raised the possibility of suspending talks with Uganda.", "KEN→UGA:134 THREATEN")]
    [InlineData("Kenya warned of imposing sanctions on Uganda.", "KEN→UGA:1312 THREATEN")]
    [InlineData("Kenya could suspend relations with Uganda, the foreign minister said.", "KEN→UGA:1313 THREATEN")]
    [InlineData("The Kenyan president threatened to crush the protests.", "KENGOV→-:137 THREATEN")]
    // 15 and 17: patrols are a show of force; a police raid is a search and seizure
    [InlineData("Kenyan police began patrols in Nairobi.", "KENCOP→-:150 MOBILIZE")]
    [InlineData("The Kenyan rebels announced their withdrawal from northern villages.", "KENREB→-:0874 RETREAT")]
    [InlineData("The rebels formally disbanded after the transition.", "REB→-:0873 RETREAT")]
    [InlineData("Police in Nairobi raided the offices of the Kenyan Human Rights Commission.", "KENCOP→*:171 COERCE")]
    // session 7, second round: aid named by a noun of delivery or transfer, emergency and development aid (AID)
    [InlineData("The Ghanaian government announced the delivery of humanitarian aid to Togo.", "GHAGOV→TGO:073 AID")]
    [InlineData("Russia completed the transfer of weapons to Mali.", "RUS→MLI:072 AID")]
    [InlineData("Japan sent emergency aid to Nepal.", "JPN→NPL:073 AID")] // emergency aid is humanitarian (the aid kind of what is sent)
    [InlineData("Germany approved development aid for Niger.", "DEU→NER:071 AID")]
    // calling off a rally, halting protests, lifting a curfew (CONCEDE, decision 015); releasing prisoners (RETREAT)
    [InlineData("The opposition in Togo called off the rally planned for Saturday.", "TGOOPP→-:082 CONCEDE")]
    [InlineData("The Zambian teachers' union agreed to halt its protests.", "ZMBEDU→-:0352 CONCEDE")]
    [InlineData("The Malian government announced the lifting of the curfew in Bamako.", "MLIGOV→MLI:0813 CONCEDE")]
    [InlineData("The Chilean government announced the release of political prisoners.", "CHLGOV→CHLCVL:0841 RETREAT")]
    // martial law as a noun of imposition (COERCE); munitions, dispatched troops, readiness (MOBILIZE)
    [InlineData("The Thai army announced the imposition of martial law in Bangkok.", "THAMIL→THA:1724 COERCE")]
    [InlineData("Russia ramped up ammunition production.", "RUS→-:154 MOBILIZE")]
    [InlineData("The Pakistani government dispatched troops to the border.", "PAKMIL→-:154 MOBILIZE")]
    [InlineData("Venezuela raised the readiness of its armed forces.", "VENMIL→-:152 MOBILIZE")]
    [InlineData("China increased its military presence near Taiwan.", "CHN→TWN:154 MOBILIZE")]
    [InlineData("Estonia reinforced its border with Russia.", "EST→RUS:154 MOBILIZE")]
    // stripped citizenship and revoked press accreditation restrict political freedoms (COERCE)
    [InlineData("The Nicaraguan government stripped the opposition leader of his citizenship on Friday.", "NICGOV→NICOPP:1721 COERCE")]
    [InlineData("Russia revoked the accreditation of two Dutch journalists.", "RUS→NLDMED:1721 COERCE")]
    // censorship imposed on a population: a censorship law, a clampdown on speech, closed social media (COERCE)
    [InlineData("Laos adopted a sweeping censorship law on Monday.", "LAO→-:1721 COERCE")]
    [InlineData("The Kazakh junta announced a clampdown on freedom of the press.", "KAZMIL→-:1721 COERCE")]
    [InlineData("The Kazakh government tightened censorship before the vote.", "KAZGOV→-:1721 COERCE")]
    [InlineData("Turkmen police closed social media platforms after the riots.", "TKMCOP→-:1721 COERCE")]
    // "striking" before workers or teachers says they are on strike, not that anyone struck them
    [InlineData("The mayor of Lima signed a wage deal with striking doctors.", "PERGOV→PERHLH:057 SUPPORT")]
    // suspended deliveries and recalled ambassadors as nouns (SANCTION)
    // (humanitarian aid stopped is CAMEO's 1623, the kind the aid noun inside the phrase names; session 14)
    [InlineData("The Kenyan government suspended the delivery of humanitarian aid to Somalia.", "KENGOV→SOM:1623 SANCTION")]
    [InlineData("Ecuador announced the recall of its ambassador from Peru.", "ECU→PER:161 SANCTION")]
    // halted, suspended or cut-off trade is an embargo (163), not the trade that session 7's rows code as cooperation
    [InlineData("China halted imports from Australia.", "CHN→AUS:163 SANCTION")]
    [InlineData("China suspended imports of Australian coal.", "CHN→AUS:163 SANCTION")]
    [InlineData("India halted rice exports to Bangladesh.", "IND→BGD:163 SANCTION")]
    [InlineData("Turkey cut off trade with Israel.", "TUR→ISR:163 SANCTION")]
    // session 8: concessions made without a named recipient, scrapped and shelved projects (CONCEDE); a lifted curfew is
    // CONCEDE like other eased restrictions (decision 015), an extended one is imposed again (COERCE)
    [InlineData("The Kenyan government made major concessions on Friday.", "KENGOV→*:080 CONCEDE")]
    [InlineData("The Kenyan government shelved the mining project after the protests.", "KENGOV→*:0832 CONCEDE")]
    [InlineData("Chile scrapped the mining project after months of protests.", "CHL→*:0832 CONCEDE")]
    [InlineData("The government lifted the curfew in the capital on Sunday.", "GOV→*:0813 CONCEDE")]
    [InlineData("Peru extended the curfew in Lima for another week.", "PER→*:1723 COERCE")]
    [InlineData("Police cordoned off the opposition headquarters.", "COP→*:191 COERCE")]
    // session 8: weapons put down, halted air strikes, an end to hostilities or to a war, repatriation, returned
    // property (RETREAT); broken diplomatic relations (SANCTION)
    [InlineData("The rebels put down their weapons after the peace deal.", "REB→-:0873 RETREAT")]
    [InlineData("The army halted its air strikes on rebel positions.", "MIL→*:087 RETREAT")]
    [InlineData("The Sudanese army announced an end to hostilities.", "SDNMIL→-:0871 RETREAT")]
    [InlineData("The Kenyan rebels agreed to end the war with the government.", "KENREB→KENGOV:0356 CONCEDE")]
    [InlineData("Kenya began the repatriation of Ugandan refugees on Monday.", "KEN→UGAREF:0841 RETREAT")]
    [InlineData("Kenyan police returned the seized vehicles to their owners.", "KENCOP→-:0842 RETREAT")]
    [InlineData("Rwanda broke diplomatic relations with Belgium on Monday.", "RWA→BEL:161 SANCTION")]
    // session 8: the hyphenated "cease-fire", accepted demands and removed restrictions without a named recipient
    // (CONCEDE), arrests made, blocked shipping and restrictions on movement (COERCE; THREATEN when threatened)
    [InlineData("Kenya declared a cease-fire with Uganda on Monday.", "KEN→UGA:0871 RETREAT")]
    [InlineData("Kenya agreed to remove legal restrictions on ethnic minorities.", "KEN→-:0351 CONCEDE")]
    [InlineData("The Kenyan government gave into the demands of the striking doctors.", "KENGOV→*:083 CONCEDE")]
    [InlineData("Police in Nairobi made dozens of arrests overnight.", "KENCOP→-:173 COERCE")]
    [InlineData("The Houthi militants threatened to block shipping in the Red Sea.", "YEMREB→-:1381 THREATEN")]
    [InlineData("The government announced restrictions on movement in the north.", "GOV→-:191 COERCE")]
    // session 8: acts whose recipient news often leaves unnamed are coded with none (flag notgt): razed property,
    // cyber attacks, sentences, aid given, prisoners released, sanctions lifted, concessions made
    // (villages razed with no owner named are the people's of the place, XXXCVL, as the gold codes burned homes: Force31Tests)
    [InlineData("Kenyan troops razed two villages in the north.", "KENMIL→KENCVL:1712 ASSAULT")]
    [InlineData("A Russian cyberattack crippled a power plant on Monday.", "RUS→-:171 COERCE")]
    [InlineData("A Kenyan court sentenced two businessmen to ten years in prison.", "KENJUD→*:116 SANCTION")]
    [InlineData("Japan provided humanitarian aid after the earthquake.", "JPN→-:073 AID")]
    [InlineData("The Kenyan government released 40 prisoners on Monday.", "KENGOV→KENCVL:0841 RETREAT")]
    [InlineData("The European Union lifted the sanctions last week.", "IGOEUREEC→-:085 RETREAT")]
    [InlineData("The Kenyan government made concessions to end the strike.", "KENGOV→-:080 CONCEDE")]
    [InlineData("A Kenyan court handed down prison sentences on Monday.", "KENJUD→-:116 SANCTION")]
    [InlineData("Kenyan manufacturers created a joint venture on Monday.", "KENBUS→-:061 COOPERATE")]
    [InlineData("Kenya set up a joint commission to oversee the border.", "KEN→-:060 COOPERATE")]
    [InlineData("Kenyan police raided several homes overnight.", "KENCOP→-:171 COERCE")]
    [InlineData("Kenya's investigation into the crash is continuing.", "KEN→-:090 ACCUSE")]
    [InlineData("Police in Nairobi vowed arrests after the riot.", "KENCOP→-:137 THREATEN")]
    // session 8: recognition, mediation and agreements as news names them
    [InlineData("Kenya and Uganda signed an MoU on energy cooperation.", "KEN→UGA:057 SUPPORT")]
    [InlineData("Kenya formally recognized the independence of Kosovo.", "KEN→KSV:054 SUPPORT")]
    [InlineData("Qatar brokered a ceasefire between Israel and Hamas.", "QAT→ISR:045 CONSULT")]
    [InlineData("Workers at the Kenyan port began a work stoppage on Monday.", "KENLAB→-:143 PROTEST")]
    // fines are administrative sanctions (172)
    [InlineData("Russia fined Google for failing to delete banned content.", "RUS→USABUS:172 COERCE")]
    [InlineData("Turkey imposed a fine on Google over its search results.", "TUR→USABUS:172 COERCE")]
    [InlineData("Israel and Hamas exchanged hostages and prisoners on Sunday.", "ISR→PSEREBHMS:0841 RETREAT")]
    public void Codes_the_event(string sentence, string expected)
    {
        var got = Events(sentence).Select(Describe).ToList();
        Assert.True(got.Any(g => Matches(g, expected)), $"expected {expected}; got [{string.Join("; ", got)}]");
    }

    /// <summary>The same words where they name no such event: no event with a CAMEO code starting with the prefix.</summary>
    [Theory]
    [InlineData("Kenyan troops may have killed civilians in the raid.", "13")]           // a guess about the past is no threat
    [InlineData("Kenya could suspend relations with Uganda, UN officials said.", "13")] // others' words about the source are no threat
    [InlineData("The Kenyan rebels announced their withdrawal from the talks.", "08")]  // leaving talks is no retreat
    [InlineData("Kenya raised the possibility of talks with Uganda.", "13")]           // a possibility of talks threatens nothing
    [InlineData("Japan offered to buy Philippine patrol boats.", "15")]                 // a patrol boat is no patrol
    [InlineData("The Kenyan president finished his sentence to loud applause.", "116")] // a sentence of speech is no verdict
    [InlineData("Bulgaria quit the coalition in March.", "0831")]                      // quitting something is no resignation
    [InlineData("Kenyan troops raided a rebel camp in Somalia.", "17")]                // a raid by troops stays military force
    [InlineData("Police in Lima stopped the protest march.", "08")]                    // police stopping a protest concede nothing
    [InlineData("The rally in Accra ended peacefully on Sunday.", "08")]                // a rally that ends is no concession
    [InlineData("Russia's military presence in Syria remains small, analysts said.", "15")] // a presence that stays is no build-up
    [InlineData("China halted imports from Australia.", "06")]                         // halted trade is no cooperation
    [InlineData("India suspended exports to Bangladesh.", "06")]
    [InlineData("Russia provided wheat free of charge to six African countries.", "08")] // "free of charge" frees no one
    [InlineData("The Swiss foreign ministry confirmed the release of the two men.", "08")] // confirming is not releasing
    [InlineData("The Kenyan ministry released a statement on Monday.", "08")]          // a statement is no prisoner
    [InlineData("Kenya won the oil concession last year.", "08")]                      // a licence is no concession
    [InlineData("The Kenyan opposition leader's arrest sparked protests.", "17")]      // the one arrested arrests no one
    [InlineData("It was a fine day in Nairobi when the Kenyan ministers met.", "17")]    // the adjective is no fine
    [InlineData("The Peruvian minister met striking teachers in Lima.", "19")]        // teachers on strike are no target of force
    [InlineData("The mayor of Lima signed a wage deal with striking doctors.", "19")]
    [InlineData("Officials at the Kenyan ministry's research arm met Ugandan envoys.", "07")] // a division arms no one
    public void Codes_no_event_of(string sentence, string cameoPrefix)
    {
        var got = Events(sentence);
        Assert.DoesNotContain(got, e => e.Cameo.StartsWith(cameoPrefix, StringComparison.Ordinal));
    }

    private static bool Matches(string got, string expected)
    {
        var e = expected.Split('→', ':');
        var g = got.Split('→', ':');
        return g[0] == e[0] && (e[1] == "*" || g[1] == e[1]) && g[2] == e[2];
    }
}
