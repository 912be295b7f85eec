namespace Tidings.Tests.Coding;

/// <summary>
/// Session 17's rows and rules from the blind28 split (states at home: courts, arrests, protests, pardons), over the default
/// pipeline, on sentences written for these tests: a court's ruling that an act broke the law is a finding against its doer
/// (116), against the court's own government when no doer is named; an order of coercion is the coercion itself (173, not a
/// demand, 100); formal pardons release people (0841, the CAMEO codebook's usage note); custody, charges, removals from
/// office, strike calls, declined comment and a welcomed verdict have rows of their own. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class DomesticPoliticsTests
{
    [Theory]
    // a court's ruling that an act was unlawful, or that someone violated a law, finds against the doer (116)
    [InlineData("Zambia's Constitutional Court ruled that the extension of the president's term was unconstitutional.", "ZMBJUD→ZMBGOV:116")]
    [InlineData("Colombia's Constitutional Court ruled that the decree was illegal.", "COLJUD→COLGOV:116")]
    [InlineData("Malawi's High Court ruled that the electoral commission's decision was unlawful.", "MWIJUD→MWIGOV:116")]
    [InlineData("Uganda's Supreme Court ruled that the trial of civilians in military courts violated the constitution.", "UGAJUD→UGAGOV:116|!UGACVL→UGAGOV:128")]
    [InlineData("Guatemala's Constitutional Court ruled that the interior minister had breached the constitution.", "GTMJUD→GTMGOV:116|!GTMGOV→-:128")]
    [InlineData("Senegal's Supreme Court ruled that parliament had violated the rights of the opposition.", "SENJUD→SENLEG:116")]
    // a ruling said by no court is no finding; a ruling of no fault is no event
    [InlineData("Kenya's ruling party ruled that the nomination was unconstitutional.", "!KENGOVPTY→KENGOV:116")]
    [InlineData("Ghana's Supreme Court ruled that the election was valid.", "!GHAJUD→GHAGOV:116")]
    public void Codes_rulings_as_findings(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an authority that orders people jailed, arrested or released does it (173, 0841), not a demand (100)
    [InlineData("A Bolivian court ordered former interior minister Carlos Romero jailed pending trial.", "BOLJUD→BOLELI:173|!BOLJUD→BOLELI:100")]
    [InlineData("Zimbabwe's president ordered police to arrest the organisers of the march.", "ZWEGOV→ZWECVL:173|!ZWEGOV→ZWECOP:100")]
    [InlineData("A Nigerian judge ordered the release of the detained journalist.", "NGAJUD→NGAMED:0841")]
    // an order of an act that is no coercion stays a demand
    [InlineData("Bolivia's president ordered the army to fire on protesters.", "!BOLGOV→BOLCVL:190")]
    public void Codes_ordered_coercion_as_done(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // remanded in custody, slapped with charges: detention and charge (173)
    [InlineData("A court in Harare remanded the opposition leader in custody.", "ZWEJUD→ZWEOPP:173")]
    [InlineData("The opposition leader was remanded in custody by a court in Lusaka.", "ZMBJUD→ZMBOPP:173")]
    [InlineData("Bolivian prosecutors slapped the former president with terrorism charges.", "BOLJUD→BOLELI:173")]
    // formal pardons release people (0841), not forgive (056)
    [InlineData("Senegal's president pardoned hundreds of protesters jailed during the unrest.", "SENGOV→SENCVL:0841|!SENGOV→SENCVL:056")]
    [InlineData("Belarus's president pardoned 30 jailed activists on Friday.", "BLRGOV→BLRCVL:0841")]
    // a legislature removing a president is an administrative sanction on him (172)
    [InlineData("Ecuador's National Assembly voted to remove the president from office.", "ECULEG→ECUGOV:172")]
    // a called shutdown or general strike is a strike (143); declining to say is declining comment (011)
    [InlineData("Nigeria's labour unions called a nationwide strike over fuel prices.", "NGALAB→NGAGOV:1432")]
    [InlineData("Bangladesh's opposition called a nationwide shutdown for Sunday.", "BGDOPP→-:143")]
    [InlineData("Japan's foreign ministry declined to say whether it would send an envoy.", "JPNGOV→-:011")]
    // welcoming a verdict is approval, of no target: the court is not its object
    [InlineData("Argentina's president welcomed the verdict on Thursday.", "ARGGOV→-:051")]
    public void Codes_custody_pardons_removals_and_strike_calls(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a government's or police force's warning that "anyone who ..." will be arrested threatens its own people (137 CVL)
    [InlineData("Bolivia's president warned that anyone who blocked roads would be arrested.", "BOLGOV→BOLCVL:137")]
    [InlineData("Sri Lanka's police chief warned that anyone who defied the curfew would be prosecuted.", "LKACOP→LKACVL:137")]
    // not an opposition's warning (it has no police to threaten with); a named crowd keeps its own code
    [InlineData("Kenya's opposition leader warned that anyone who rigged the vote would be prosecuted.", "!KENOPP→KENCVL:137")]
    [InlineData("Kenya's interior minister warned that protesters would be arrested.", "KENGOV→KENCVL:137")]
    public void Codes_warnings_against_anyone_as_threats_to_own_people(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
