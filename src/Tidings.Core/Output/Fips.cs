using System.Collections.Frozen;

namespace Tidings.Output;

/// <summary>
/// ISO 3166-1 alpha-3 → FIPS 10-4 country codes, because GDELT's *Geo_CountryCode columns use FIPS
/// (Germany is GM, the United Kingdom UK, Russia RS). Territories without a FIPS code are absent.
/// </summary>
public static class Fips
{
    public static string? FromIso3(string iso3) =>
        Map.TryGetValue(iso3.ToUpperInvariant(), out var f) ? f : null;

    internal static readonly FrozenDictionary<string, string> Map = Build(
        "ABW AA AFG AF AGO AO AIA AV ALB AL AND AN ARE AE ARG AR ARM AM ASM AQ ATA AY ATF FS ATG AC AUS AS AUT AU " +
        "AZE AJ BDI BY BEL BE BEN BN BFA UV BGD BG BGR BU BHR BA BHS BF BIH BK BLM TB BLR BO BLZ BH BMU BD BOL BL " +
        "BRA BR BRB BB BRN BX BTN BT BVT BV BWA BC CAF CT CAN CA CCK CK CHE SZ CHL CI CHN CH CIV IV CMR CM COD CG " +
        "COG CF COK CW COL CO COM CN CPV CV CRI CS CUB CU CUW UC CXR KT CYM CJ CYP CY CZE EZ DEU GM DJI DJ DMA DO " +
        "DNK DA DOM DR DZA AG ECU EC EGY EG ERI ER ESH WI ESP SP EST EN ETH ET FIN FI FJI FJ FLK FK FRA FR FRO FO " +
        "FSM FM GAB GB GBR UK GEO GG GGY GK GHA GH GIB GI GIN GV GLP GP GMB GA GNB PU GNQ EK GRC GR GRD GJ GRL GL " +
        "GTM GT GUF FG GUM GQ GUY GY HKG HK HMD HM HND HO HRV HR HTI HA HUN HU IDN ID IMN IM IND IN IOT IO IRL EI " +
        "IRN IR IRQ IZ ISL IC ISR IS ITA IT JAM JM JEY JE JOR JO JPN JA KAZ KZ KEN KE KGZ KG KHM CB KIR KR KNA SC " +
        "KOR KS KWT KU LAO LA LBN LE LBR LI LBY LY LCA ST LIE LS LKA CE LSO LT LTU LH LUX LU LVA LG MAC MC MAF RN " +
        "MAR MO MCO MN MDA MD MDG MA MDV MV MEX MX MHL RM MKD MK MLI ML MLT MT MMR BM MNE MJ MNG MG MNP CQ MOZ MZ " +
        "MRT MR MSR MH MTQ MB MUS MP MWI MI MYS MY MYT MF NAM WA NCL NC NER NG NFK NF NGA NI NIC NU NIU NE NLD NL " +
        "NOR NO NPL NP NRU NR NZL NZ OMN MU PAK PK PAN PM PCN PC PER PE PHL RP PLW PS PNG PP POL PL PRI RQ PRK KN " +
        "PRT PO PRY PA PSE WE PYF FP QAT QA REU RE ROU RO RUS RS RWA RW SAU SA SDN SU SEN SG SGP SN SGS SX SHN SH " +
        "SJM SV SLB BP SLE SL SLV ES SMR SM SOM SO SPM SB SRB RI SSD OD STP TP SUR NS SVK LO SVN SI SWE SW SWZ WZ " +
        "SXM NN SYC SE SYR SY TCA TK TCD CD TGO TO THA TH TJK TI TKL TL TKM TX TLS TT TON TN TTO TD TUN TS TUR TU " +
        "TUV TV TWN TW TZA TZ UGA UG UKR UP URY UY USA US UZB UZ VAT VT VCT VC VEN VE VGB VI VIR VQ VNM VM VUT NH " +
        "WLF WF WSM WS YEM YM ZAF SF ZMB ZA ZWE ZI XKX KV KOS KV ROM RO ZAR CG TMP TT " +
        "SCG YI YUG YI ANT NT");

    private static FrozenDictionary<string, string> Build(string pairs)
    {
        var p = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var d = new Dictionary<string, string>(p.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i + 1 < p.Length; i += 2) d.Add(p[i], p[i + 1]);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
