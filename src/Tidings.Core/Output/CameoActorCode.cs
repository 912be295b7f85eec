using System.Collections.Frozen;

namespace Tidings.Output;

/// <summary>
/// A CAMEO actor code split into the parts GDELT's event table keeps apart: "SYRGOV" → country SYR, type GOV;
/// "RUSMILREB" → RUS, MIL, REB; "IGOUNO" → no country, type IGO, known group UNO; "MOS" → religion MOS.
/// CAMEO codes are runs of 3-letter parts: an optional country (ISO 3166-1 alpha-3, CAMEO's regional codes
/// and a few legacy codes still found in CAMEO dictionaries), then role/type, religion and group parts.
/// </summary>
public readonly record struct CameoActorCode(
    string? Country, string? KnownGroup, string? Religion1, string? Religion2,
    string? Type1, string? Type2, string? Type3)
{
    public static CameoActorCode Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return default;
        var s = code.Trim().ToUpperInvariant();
        string? country = null, group = null, rel1 = null, rel2 = null, t1 = null, t2 = null, t3 = null;
        for (int i = 0; i + 3 <= s.Length; i += 3)
        {
            var part = s.Substring(i, 3);
            if (i == 0 && Countries.Contains(part)) { country = part; continue; }
            if (Religions.Contains(part))
            {
                if (rel1 is null) rel1 = part; else rel2 ??= part;
            }
            else if (Types.Contains(part))
            {
                if (t1 is null) t1 = part; else if (t2 is null) t2 = part; else t3 ??= part;
            }
            else group ??= part; // an organisation or named group ("UNO", "NAT", "HMS"): GDELT's KnownGroupCode
        }
        return new CameoActorCode(country, group, rel1, rel2, t1, t2, t3);
    }

    public static bool IsCountryCode(ReadOnlySpan<char> code) =>
        code.Length == 3 && Countries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    /// <summary>ISO 3166-1 alpha-3 (all 249 assigned codes), Kosovo's user-assigned XKX and CAMEO's KOS,
    /// CAMEO's regional codes (AFR Africa … WST the West) and legacy codes (ROM, ZAR, TMP, YUG, SCG, ANT).</summary>
    internal static readonly FrozenSet<string> Countries = FrozenSet.ToFrozenSet(
        ("ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS " +
         "BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV " +
         "CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM " +
         "GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN " +
         "IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE " +
         "LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS " +
         "MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK " +
         "PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR " +
         "SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY " +
         "USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE " +
         "XKX KOS ROM ZAR TMP YUG SCG ANT " +
         "AFR ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WST")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>CAMEO role/sector codes (GDELT's Type1–3 codes).</summary>
    internal static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
        ("COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED MNC NGO " +
         "REF SET MOD RAD IGO NGM UIS IMG PTY")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>CAMEO religion codes (CHR Christian, MOS Muslim, SUN Sunni, SHI Shia, JEW Jewish, HIN Hindu, BUD Buddhist …).</summary>
    internal static readonly FrozenSet<string> Religions = FrozenSet.ToFrozenSet(
        ("ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO SFI SHI " +
         "SHN SIK SUN TAO UDX ZRO")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
