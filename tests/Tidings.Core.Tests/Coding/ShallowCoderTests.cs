using Tidings.Coding;
using Tidings.Documents;

namespace Tidings.Tests.Coding;

public class ShallowCoderTests
{
    private static Document Code(string marked, DateOnly? published = null)
    {
        var doc = TestDoc.Create(marked, published);
        ShallowCoder.Default.Process(doc);
        return doc;
    }

    private static string[] Expect(string expected) =>
        expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Sentences written for these tests (news style); expected "SRC>TGT:CAMEO" triples, ";"-separated, "" for none.</summary>
    [Theory]
    // 01 statements
    // a bare report with no event of its own inside is not coded: statements are coded by what they say (012, 013, 111 ...)
    [InlineData("[The Kenyan president|KENGOV] said that the economy would recover within two years.", "")]
    [InlineData("[Brazil|BRAGOV] expressed concern about rising food prices in the region.", "BRAGOV>-:012")]
    [InlineData("[The rebel group|COLREB] claimed responsibility for the blast near the pipeline.", "COLREB>-:015")]
    [InlineData("[Pakistan|PAKGOV] denied responsibility for the cross-border raid.", "PAKGOV>-:016")]
    [InlineData("[The Danish prime minister|DNKGOV] offered condolences to [Turkey|TURGOV] after the earthquake.", "DNKGOV>TURGOV:018")]
    // 02 appeals
    [InlineData("[The United Nations|IGOUNO] urged [Ethiopia|ETHGOV] to release the detained journalists.", "IGOUNO>ETHGOV:0253")]
    [InlineData("[Lebanon|LBNGOV] appealed to [the World Bank|IGOWBK] for emergency aid.", "LBNGOV>IGOWBK:023")]
    [InlineData("[The European Union|IGOEU] called on [Serbia|SRBGOV] and [Kosovo|KOSGOV] to resume talks.", "IGOEU>SRBGOV:026;IGOEU>KOSGOV:026")]
    [InlineData("[Chad|TCDGOV] called for a ceasefire in [Sudan|SDN].", "TCDGOV>SDN:0256")]
    // 03 intent to cooperate
    [InlineData("[Japan|JPNGOV] pledged to send humanitarian aid to [the Philippines|PHL].", "JPNGOV>PHL:0333")] // objclass9: humanitarian aid promised is 0333
    [InlineData("[Norway|NORGOV] offered to mediate between [the Colombian government|COLGOV] and [the rebels|COLREB].", "NORGOV>COLGOV:039;NORGOV>COLREB:039")]
    [InlineData("[Vietnam|VNMGOV] agreed to hold talks with [Cambodia|KHMGOV] next month.", "VNMGOV>KHMGOV:036")]
    [InlineData("[Germany|DEUGOV] will host [the Ukrainian president|UKRGOV] next week.", "DEUGOV>UKRGOV:036")]
    // 04 consult
    [InlineData("[The Indian foreign minister|INDGOV] met [his Chinese counterpart|CHNGOV] in Beijing.", "INDGOV>CHNGOV:040")]
    [InlineData("[Egyptian officials|EGYGOV] held talks with [Hamas|PSEREB] in Cairo on Sunday.", "EGYGOV>PSEREB:040")]
    [InlineData("[Macron|FRAGOV] spoke by phone with [the Saudi crown prince|SAUGOV] on Monday.", "FRAGOV>SAUGOV:041")]
    [InlineData("[The Qatari emir|QATGOV] visited [Tehran|IRN] for the first time since 2019.", "QATGOV>IRN:042")]
    [InlineData("[Algeria|DZAGOV] hosted [a Malian delegation|MLIGOV] for two days of consultations.", "DZAGOV>MLIGOV:043;MLIGOV>DZAGOV:042")]  // the guest of a hosted visit makes the visit (gold/README.md, visits)
    [InlineData("[Kenya|KENGOV] negotiated with [Somalia|SOMGOV] over the maritime border.", "KENGOV>SOMGOV:046")]
    [InlineData("[Armenia|ARMGOV] and [Azerbaijan|AZEGOV] held talks in Washington.", "ARMGOV>AZEGOV:040;AZEGOV>ARMGOV:040")]
    [InlineData("Talks between [Israel|ISRGOV] and [Hamas|PSEREB] resumed in Doha.", "ISRGOV>PSEREB:040;PSEREB>ISRGOV:040")]
    // 05 diplomatic cooperation
    [InlineData("[Washington|USAGOV] praised [Seoul|KORGOV] for its handling of the crisis.", "USAGOV>KORGOV:051")]
    [InlineData("[Putin|RUSGOV] reaffirmed [Russia|RUSGOV]'s support for [Belarus|BLR]'s sovereignty.", "RUSGOV>BLR:051")]
    [InlineData("[Spain|ESPGOV] formally recognized [Palestine|PSE] as a state.", "ESPGOV>PSE:054")]
    // signing is mutual: the side signed with signs too (gold/README.md, reciprocal verbs; session 11)
    [InlineData("[Greece|GRCGOV] signed a defence agreement with [France|FRAGOV] on Thursday.", "GRCGOV>FRAGOV:057;FRAGOV>GRCGOV:057")]
    [InlineData("[The Japanese premier|JPNGOV] apologized to [South Korea|KOR] for wartime abuses.", "JPNGOV>KOR:055")]
    // 06 material cooperation
    [InlineData("[Indonesia|IDNGOV] agreed to share intelligence with [Australia|AUSGOV] on smuggling networks.", "IDNGOV>AUSGOV:0314")]
    [InlineData("[Spain|ESPGOV] extradited the suspect to [Morocco|MAR].", "ESPGOV>MAR:063")]
    [InlineData("[China|CHN] will invest in [Zambia|ZMB]'s copper mines.", "CHN>ZMB:0311")]
    [InlineData("[Indian|IND|mod] cooperation with [Bhutan|BTN] has expanded sharply.", "IND>BTN:060")]
    // 07 aid
    [InlineData("[The United States|USAGOV] provided military assistance to [Ukraine|UKR].", "USAGOV>UKR:072")]
    [InlineData("[Saudi|SAU|mod] humanitarian aid to [Yemen|YEM] arrived at the port on Friday.", "SAU>YEM:073")]
    [InlineData("[The IMF|IGOIMF] approved a loan to [Egypt|EGY] worth three billion dollars.", "IGOIMF>EGY:071")]
    [InlineData("[Turkey|TURGOV] granted asylum to [the Afghan|AFG] activists.", "TURGOV>AFG:075")]
    // 08 yield
    [InlineData("[Iran|IRNGOV] released [a French|FRA] aid worker on Tuesday.", "IRNGOV>FRA:084")]
    [InlineData("[The European Union|IGOEU] lifted sanctions on [Venezuela|VEN].", "IGOEU>VEN:085")]
    [InlineData("[The Peruvian president|PERGOV] resigned amid mounting protests.", "PERGOV>-:0831")]
    [InlineData("[Ethiopia|ETHGOV] and [the Tigrayan forces|ETHREB] agreed to a ceasefire.", "ETHGOV>ETHREB:0871;ETHREB>ETHGOV:0871")]
    // 09 investigate
    [InlineData("[The International Criminal Court|IGOICC] opened an investigation into [Myanmar|MMR].", "IGOICC>MMR:090")]
    [InlineData("[Police|GBRCOP] are investigating [the former minister|GBRGOV] over fraud.", "GBRCOP>GBRGOV:091")]
    // 10 demand
    [InlineData("[Poland|POLGOV] demanded that [Russia|RUSGOV] return the stolen artworks.", "POLGOV>RUSGOV:100")]
    [InlineData("[Protesters|ARMOPP] demanded the resignation of [the prime minister|ARMGOV].", "ARMOPP>ARMGOV:1041")]
    [InlineData("[Lithuania|LTUGOV] demanded an apology from [Belarus|BLRGOV].", "LTUGOV>BLRGOV:100")]
    // 11 disapprove
    [InlineData("[Russia|RUSGOV] condemned [Israeli|ISR|mod] strikes on [Syria|SYR].", "RUSGOV>ISR:111;ISR>SYR:195")]
    [InlineData("[Nigeria|NGAGOV] accused [Niger|NERGOV] of harbouring militants.", "NGAGOV>NERGOV:112")]
    [InlineData("[The opposition|VENOPP] criticized [the government|VENGOV]'s handling of the election.", "VENOPP>VENGOV:111")]
    [InlineData("[Ukraine|UKRGOV] sued [Russia|RUSGOV] at the International Court of Justice.", "UKRGOV>RUSGOV:115")]
    // 12 reject
    [InlineData("[Israel|ISRGOV] rejected [the French|FRAGOV] proposal for a truce.", "ISRGOV>FRAGOV:120")]
    [InlineData("[Taiwan|TWNGOV] refused to negotiate with [Beijing|CHNGOV] under pressure.", "TWNGOV>CHNGOV:125")]
    [InlineData("[Russia|RUSGOV] vetoed [the Security Council|IGOUNO] resolution on Tuesday.", "RUSGOV>IGOUNO:129")]
    // 13 threaten
    [InlineData("[North Korea|PRKGOV] threatened to attack [South Korea|KOR] with missiles.", "PRKGOV>KOR:1384")]
    [InlineData("[Washington|USAGOV] threatened to impose sanctions on [Turkey|TUR].", "USAGOV>TUR:1312")]
    [InlineData("[The junta|MMRMIL] issued an ultimatum to [the rebels|MMRREB].", "MMRMIL>MMRREB:139")]
    // 14 protest
    [InlineData("[Farmers|FRAAGR] protested against [the government|FRAGOV] in Paris.", "FRAAGR>FRAGOV:141")]
    [InlineData("Thousands of [students|BGDEDU] demonstrated outside [the parliament|BGDLEG] on Monday.", "BGDEDU>BGDLEG:141")]
    [InlineData("[Dock workers|BELLAB] went on strike over pay.", "BELLAB>-:143")] // session 64: a wage claim is the bare 143 (decision 098)
    // 15 force posture
    // a border adjective is the posture's place, "its border with X" names X (decision 085, session 62)
    [InlineData("[Russia|RUSMIL] massed troops along [the Ukrainian|UKR] border.", "RUSMIL>-:154")]
    [InlineData("[Russia|RUSMIL] massed troops along its border with [Ukraine|UKR].", "RUSMIL>UKR:154")]
    [InlineData("[China|CHNMIL] deployed warships near [Taiwan|TWN].", "CHNMIL>TWN:154")]
    // 16 reduce relations
    [InlineData("[Bolivia|BOLGOV] cut ties with [Israel|ISRGOV] over the war.", "BOLGOV>ISRGOV:161")]
    [InlineData("[The United States|USAGOV] imposed new sanctions on [Iran|IRN].", "USAGOV>IRN:163")]
    [InlineData("[Mali|MLIGOV] expelled [the French ambassador|FRAGOV].", "MLIGOV>FRAGOV:161")]
    // 17 coerce
    [InlineData("[Turkish police|TURCOP] arrested [opposition|TUROPP] leaders in Istanbul.", "TURCOP>TUROPP:173")]
    [InlineData("[Authorities|CHNGOV] deported [the Uyghur|CHNUIG] activists.", "CHNGOV>CHNUIG:174")]
    [InlineData("[Security forces|IRNCOP] cracked down on [protesters|IRNOPP] in Tehran.", "IRNCOP>IRNOPP:175")]
    // 18 assault
    [InlineData("[Gunmen|NGAREB] kidnapped [schoolchildren|NGAEDU] in the northwest.", "NGAREB>NGAEDU:181")]
    [InlineData("[Militants|SOMREB] assassinated [a senior official|SOMGOV] in Mogadishu.", "SOMREB>SOMGOV:186")]
    [InlineData("[Al-Shabaab|SOMREB] carried out a suicide bombing in [Mogadishu|SOM].", "SOMREB>SOM:1831")]
    // 19 fight
    [InlineData("[Israeli|ISRMIL|mod] air strikes on [Gaza|PSE] killed dozens.", "ISRMIL>PSE:195")]
    [InlineData("[Ukrainian forces|UKRMIL] shelled [Russian|RUSMIL|mod] positions near Bakhmut.", "UKRMIL>RUSMIL:194")]
    [InlineData("[Sudanese|SDNMIL|mod] troops clashed with [the Rapid Support Forces|SDNREB] in Khartoum.", "SDNMIL>SDNREB:190;SDNREB>SDNMIL:190")]  // a clash is fought by both sides
    [InlineData("[Azerbaijan|AZEMIL] occupied [Armenian|ARM|mod] territory.", "AZEMIL>ARM:192")]
    // 20 mass violence
    [InlineData("[The militia|COGREB] massacred [villagers|COGCVL] in Ituri province.", "COGREB>COGCVL:202")]
    [InlineData("[The regime|SYRGOV] used chemical weapons against [civilians|SYRCVL].", "SYRGOV>SYRCVL:2041")]
    [InlineData("[Myanmar|MMRMIL|mod] soldiers carried out ethnic cleansing against [the Rohingya|MMRETH].", "MMRMIL>MMRETH:203")]
    // passive
    [InlineData("[The convoy|UKR] was attacked by [Russian drones|RUSMIL] near Kherson.", "RUSMIL>UKR:190")]
    [InlineData("[Two journalists|MEXMED] were arrested by [Mexican police|MEXCOP].", "MEXCOP>MEXMED:173")]
    // coordination of two objects
    [InlineData("[Putin|RUSGOV] met [the Syrian foreign minister|SYRGOV] and [the Iranian envoy|IRNGOV].", "RUSGOV>SYRGOV:040;RUSGOV>IRNGOV:040")]
    // participle and purpose clauses
    [InlineData("[Erdogan|TURGOV] met [Zelensky|UKRGOV] in Istanbul to discuss grain exports.", "TURGOV>UKRGOV:040")]
    [InlineData("[France|FRAGOV] condemned the coup, calling on [the junta|NERMIL] to release [the president|NERGOV].", "FRAGOV>NERMIL:0253")]
    [InlineData("[Qatar|QATGOV] hosted [Taliban|AFGREB] envoys and praised [the United States|USAGOV] for its patience.", "QATGOV>AFGREB:043;AFGREB>QATGOV:042;QATGOV>USAGOV:051")]
    // reported speech: reporter is attribution, not source
    [InlineData("[State media|CHNMED] reported that [Chinese|CHNMIL|mod] warships had shelled [Philippine|PHL|mod] boats.", "CHNMIL>PHL:194")]
    [InlineData("[Syria|SYRGOV] condemned [Turkey|TURGOV] for the raid near Homs, [the agency|SYRMED] said.", "SYRGOV>TURGOV:111")]
    [InlineData("According to [Reuters|GBRMED], [Sudan|SDNGOV] expelled [the UN envoy|IGOUNO].", "SDNGOV>IGOUNO:161")]
    // complex sentences: participle clauses, possessive sources, trailing attribution
    [InlineData("[Erdogan|TURGOV] reaffirmed [Turkey|TURGOV]'s support for [Azerbaijan|AZE]'s territorial integrity while condemning repeated [Armenian|ARM|mod] attacks on [Azerbaijani|AZE|mod] villages, describing them as breaches of the ceasefire deal, [the agency|TURMED] said.", "TURGOV>AZE:051;TURGOV>ARM:111;ARM>AZE:190")]
    [InlineData("[Iran|IRNGOV] had been a key backer of [Hezbollah|LBNREB] during the civil war, providing weapons and funding.", "IRNGOV>LBNREB:070;IRNGOV>LBNREB:072")]
    [InlineData("[The Kenyan foreign minister|KENGOV] met [President Ruto|KENGOV] in Nairobi.", "")]
    [InlineData("[Ghana|GHAGOV] and [Togo|TGOGOV] signed a border agreement on Friday.", "GHAGOV>TGOGOV:057;TGOGOV>GHAGOV:057")]
    [InlineData("[Chinese|CHNGOV|mod] and [Russian|RUSGOV|mod] leaders discussed energy exports in Beijing.", "CHNGOV>RUSGOV:040;RUSGOV>CHNGOV:040")]
    [InlineData("[Russia|RUSGOV] and [China|CHNGOV] vetoed the draft resolution on [Myanmar|MMR].", "RUSGOV>MMR:129;CHNGOV>MMR:129")]
    [InlineData("[Germany|DEUGOV], [Italy|ITAGOV] and [Spain|ESPGOV] criticized [Hungary|HUNGOV] on Monday.", "DEUGOV>HUNGOV:111;ITAGOV>HUNGOV:111;ESPGOV>HUNGOV:111")]
    [InlineData("[Iraqi|IRQGOV|mod] ministers discuss security, energy cooperation with [Erdogan|TURGOV]", "IRQGOV>TURGOV:040")]
    [InlineData("[Putin|RUSGOV] met Tuesday with [Foreign Minister Lavrov|RUSGOV] and [the Indian envoy|INDGOV].", "RUSGOV>INDGOV:040")]
    [InlineData("[Egyptian officials|EGYGOV] held talks with [Hamas|PSEREB] in Cairo on Sunday, the agency said.", "EGYGOV>PSEREB:040")]
    [InlineData("[Russia|RUSGOV] condemned [Israeli|ISR|mod] strikes on [Syria|SYR]. The weather was mild.", "RUSGOV>ISR:111;ISR>SYR:195")]
    [InlineData("[Israeli|ISRMIL|mod] warplanes struck targets in southern [Lebanon|LBN] overnight, [the army|ISRMIL] said.", "ISRMIL>LBN:190")]
    [InlineData("[Pakistan|PAKGOV] summoned [the Afghan envoy|AFGGOV] to protest against cross-border attacks.", "PAKGOV>AFGGOV:114")] // a government's protest is an official complaint, once: the summons names its target
    [InlineData("[Biden|USAGOV] told [Netanyahu|ISRGOV] that the offensive must end.", "")]
    [InlineData("[Ukraine|UKRGOV] received [German|DEU|mod] air defence systems last month.", "")]
    [InlineData("[Russia|RUSGOV] Condemns [Israeli|ISR|mod] Strikes On [Syria|SYR]", "RUSGOV>ISR:111;ISR>SYR:195")]
    [InlineData("[Hezbollah|LBNREB] launched dozens of rockets into northern [Israel|ISR].", "LBNREB>ISR:194")]
    [InlineData("[Prime Minister Modi|INDGOV] is expected to visit [Washington|USA] in June.", "INDGOV>USA:036")]
    [InlineData("[Police|FRACOP] fired tear gas at [protesters|FRAOPP] in Paris.", "FRACOP>FRAOPP:175")]
    [InlineData("[Rebels|COGREB] seized the town of Bunagana from [the army|COGMIL].", "COGREB>COGMIL:192")] // a town seized is occupied territory (eg0013)
    [InlineData("[The army|MMRMIL] was accused by [rights groups|NGOHRI] of burning villages.", "NGOHRI>MMRMIL:112")]
    [InlineData("[Zelensky|UKRGOV] urged [the West|WST] to supply more air defence systems.", "UKRGOV>WST:0232")]  // air defence systems are military aid (0232)
    [InlineData("[Macron|FRAGOV] met [Scholz|DEUGOV] in Berlin, and [Putin|RUSGOV] criticized [NATO|IGONAT].", "FRAGOV>DEUGOV:040;RUSGOV>IGONAT:111")]
    [InlineData("[Macron|FRAGOV] met [Scholz|DEUGOV], [Putin|RUSGOV] said.", "FRAGOV>DEUGOV:040")]
    [InlineData("The visit to [Ankara|TUR] by [Iraqi|IRQGOV|mod] ministers was the first in a decade.", "IRQGOV>TUR:042")]
    [InlineData("Repeated strikes by [Israel|ISRMIL] on [Gaza|PSE] drew criticism.", "ISRMIL>PSE:195")]
    [InlineData("[Japan|JPNGOV] and [South Korea|KORGOV] have agreed to share military intelligence.", "JPNGOV>KORGOV:0314;KORGOV>JPNGOV:0314")]
    [InlineData("[The court|PAKJUD] sentenced [the former prime minister|PAKGOV] to ten years in prison.", "PAKJUD>PAKGOV:116")]
    // triggers from the full-coverage lexicon (every CAMEO code)
    [InlineData("[Russia's army|RUSMIL] pulled back [troops|RUSMIL] from the area around the capital.", "RUSMIL>-:0874")] // a force pulling back retreats: decision 051 (session 61, yield61)
    [InlineData("[China|CHNGOV] lodged a formal protest with [Japan|JPNGOV] over the visit.", "CHNGOV>JPNGOV:114")]
    [InlineData("[Kenya|KENGOV] opened an inquiry into the deaths of protesters.", "KENGOV>-:090")]
    [InlineData("[The United States|USAGOV] imposed tariffs on imports from [India|IND].", "USAGOV>IND:163")]
    [InlineData("[Mali|MLIGOV] ordered the withdrawal of [the UN mission|IGOUNO].", "MLIGOV>IGOUNO:166")]
    [InlineData("[The Houthis|YEMREB] declared a halt to attacks on shipping.", "YEMREB>-:0871")]
    [InlineData("[Ecuador's president|ECUGOV] lifted the state of emergency in four provinces.", "ECUGOV>-:0814")]
    [InlineData("[Turkey|TURGOV] is ready to mediate between [Ethiopia|ETH] and [Somalia|SOM].", "TURGOV>ETH:039;TURGOV>SOM:039")]
    [InlineData("[Poland|POLGOV] asked [Ukraine|UKRGOV] to extradite the suspect.", "POLGOV>UKRGOV:0213")]
    [InlineData("[The rebels|COLREB] laid down their weapons.", "COLREB>-:0873")]
    [InlineData("[Australia's foreign minister|AUSGOV] travelled to [Beijing|CHN] on Monday.", "AUSGOV>CHN:042")]
    [InlineData("[Kenya's interior minister|KENGOV] threatened to impose a curfew in [Nairobi|KEN].", "KENGOV>KEN:1323")]
    // "decline to" refuses what follows, as "refuse to" does; a bare "declined" is a fall, no event
    [InlineData("[The Zambian government|ZMBGOV] declined to lift the curfew in the copper belt.", "ZMBGOV>-:1241")]
    [InlineData("[Chile|CHLGOV] declined to meet [the Bolivian foreign minister|BOLGOV].", "CHLGOV>BOLGOV:125")]
    [InlineData("[Peru|PERGOV] declined to ease sanctions on [Venezuela|VEN].", "PERGOV>VEN:1244")]
    [InlineData("[Ghana's|GHA] cocoa exports declined to their lowest level in a decade.", "")]
    // access to the internet or social media cut for a population; aid flown in; conscripts drafted
    [InlineData("[The Ethiopian authorities|ETHGOV] blocked access to the internet in two regions.", "ETHGOV>-:1721")]
    [InlineData("[Iranian authorities|IRNGOV] disrupted internet access ahead of the protests.", "IRNGOV>-:1721")]
    [InlineData("[The World Food Programme|IGOUNOWFP] airlifted food to [South Sudan|SSD].", "IGOUNOWFP>SSD:073")]
    [InlineData("[The Russian army|RUSMIL] drafted thousands of conscripts.", "RUSMIL>-:154")]
    // asking for a meeting; a stated need for outside help; reserves called up or into action; aid refused
    [InlineData("[The Latvian president|LVAGOV] requested a meeting with [the Uzbek president|UZBGOV].", "LVAGOV>UZBGOV:026")]
    [InlineData("[The Malawian president|MWIGOV] expressed the need for international assistance after the floods.", "MWIGOV>-:023")]
    [InlineData("[The Ukrainian army|UKRMIL] called upon its conscripts.", "UKRMIL>-:154")]
    [InlineData("[The Nepalese government|NPLGOV] refused to accept medical assistance from [India|IND].", "NPLGOV>IND:1223")]
    // aid handed over, sent as doctors, released as funds, signed as a package for someone; an embargo on trade with a country
    [InlineData("[China|CHNGOV] handed over medical supplies to [Zambia|ZMB].", "CHNGOV>ZMB:073")]
    [InlineData("[Cuba|CUBGOV] sent a team of doctors to [Haiti|HTI].", "CUBGOV>HTI:073")]
    [InlineData("[The European Union|IGOEU] released funds for [Moldova|MDA].", "IGOEU>MDA:071")]
    [InlineData("[Norway|NORGOV] signed an aid package for [Malawi|MWI].", "NORGOV>MWI:070")]
    [InlineData("[Russia|RUSGOV] imposed an embargo on trade with [Moldova|MDA].", "RUSGOV>MDA:163")]
    // a summit or talks gathered for or joined; ground broken on a joint project
    [InlineData("[The finance ministers|GOV] gathered for talks on Monday.", "GOV>-:040")]
    [InlineData("[Laos|LAO] and [Thailand|THA] broke ground on a joint infrastructure project.", "LAO>THA:060;THA>LAO:060")]
    [InlineData("[The Sudanese authorities|SDNGOV] cut off mobile networks in Darfur.", "SDNGOV>-:1721")]
    // objects sent back are returned property (events-gold dev eg0159 codes it so); "return" alone is no trigger
    [InlineData("[Britain|GBRGOV] returned 72 bronze objects to [Nigeria|NGA].", "GBRGOV>NGA:0842")]
    // no events
    [InlineData("The weather in the capital was mild for most of the week.", "")]
    [InlineData("[Russia|RUSGOV] is the largest country in the world.", "")]
    [InlineData("Prices of wheat rose in [Egypt|EGY] last month.", "")]
    [InlineData("[Brazil|BRAGOV] met [Brazil|BRAGOV].", "")]
    [InlineData("The meeting was postponed because of the storm.", "")]
    [InlineData("[Germany|DEU] beat [France|FRA] two to one in the final.", "")]
    [InlineData("[The company|DEUBUS] reported a rise in profits and plans to expand into [China|CHN].", "")]
    [InlineData("The storm hit the coast of [Florida|USA] on Tuesday, killing four people.", "")]
    [InlineData("Support for [the ruling party|ZAFGOV] fell sharply in the latest poll.", "")]
    [InlineData("[The ministry|GBRGOV] will publish its annual report in March.", "")]
    public void Codes_expected_triples(string sentence, string expected)
    {
        var doc = Code(sentence);
        Assert.Equal(Expect(expected), TestDoc.Triples(doc));
    }
}
