namespace Tidings.Tests.Coding;

/// <summary>
/// Accusations the coder used to miss entirely (session 27, accuse27): a group named behind an attack's unnamed doers, an
/// act told as done illegally, a crime of gain stated of an actor, a court's finding against an actor whatever it found,
/// an accusation in a relative clause whose object is the antecedent, and claims of fraud with no object.
/// </summary>
public class Accuse27Tests
{
    [Theory]
    // a group named behind an attack's doers is accused of the attack (112)
    [InlineData("Police said the gunmen belonged to al-Shabaab.", "*COP→SOMREB:112")]
    [InlineData("The army said the attackers were members of the Islamic State group.", "*MIL→IMGMUSISI:112")]
    [InlineData("Kenyan police said the bombers belonged to al-Shabaab.", "KENCOP→SOMREB:112")]
    // no speaker, no accusation; a doubt is none either
    [InlineData("The gunmen belonged to al-Shabaab.", "!*:112")]
    [InlineData("Police said the gunmen may have belonged to al-Shabaab.", "!*:112")]
    public void A_group_named_behind_an_attack_is_accused(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an act told as done illegally is a charge of a crime (1121)
    [InlineData("The Sri Lankan navy said Indian trawlers were fishing illegally in its waters.", "LKAMIL→IND*:1121")]
    [InlineData("Philippine officials said Chinese boats were illegally dredging sand near the reef.", "PHLGOV→CHN*:1121")]
    [InlineData("Ghana's environment minister said Chinese companies were illegally mining gold along the river.", "GHAGOV*→CHN*:1121")]
    // denied, it is no charge
    [InlineData("The Sri Lankan navy said Indian trawlers were not fishing illegally.", "!*:1121")]
    public void An_act_told_as_illegal_is_a_charge_of_crime(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a crime of gain stated of an actor, also in a quote with the speaker after it
    [InlineData("The opposition leader said the ruling party had stolen millions from the state oil company.", "OPP→GOVPTY:1121")]
    [InlineData("Kenya's opposition said the governor had embezzled public funds.", "KENOPP→KENGOV:1121")]
    [InlineData("\"The government steals from the poor,\" the Zambian opposition leader said.", "ZMBOPP→ZMBGOV:1121")]
    [InlineData("Prosecutors said the former minister had abused his office to enrich his relatives.", "*JUD→*ELI:1121")]
    // abuse of no power, or stealing denied, is no such charge
    [InlineData("The opposition leader said the ruling party had not stolen anything.", "!*:1121")]
    [InlineData("Police said the soldiers had abused the prisoners.", "!*:1121")]
    public void A_crime_of_gain_stated_of_an_actor_is_a_charge_of_crime(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what a court or jury finds an actor did is its legal finding against that actor (116)
    [InlineData("Kenya's High Court found that the former governor had received bribes from a construction firm.", "KENJUD→KENELI:116")]
    [InlineData("A Nigerian court found that the former oil minister had taken bribes from a foreign firm.", "NGAJUD→NGA*:116")]
    [InlineData("The jury concluded that the Texas police officer had falsified evidence.", "USAJUD→USACOP:116")]
    // a court's finding of an act of force stays an investigation of it (09x), as a tribunal's
    [InlineData("The jury concluded that the Texas police officer had beaten the man.", "USAJUD→USACOP:09*")]
    // a finding denied is none
    [InlineData("Kenya's High Court did not find that the former governor had received bribes.", "!*:116")]
    public void A_courts_finding_is_a_ruling_against_the_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the object of an accusation in a relative clause is its antecedent; "it" in it is the main clause's subject
    [InlineData("Georgia's parliament banned three opposition parties, which it accused of collaborating with foreign spies.", "GEOLEG→GEOOPP:1125")]
    [InlineData("Parliament banned three opposition parties, which the government accused of collaborating with foreign spies.", "GOV→OPP:1125")]
    [InlineData("The army shelled rebel positions, which it accused of harbouring foreign fighters.", "MIL→REB:1123")]
    public void A_relative_object_is_the_accused(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a claim or allegation of fraud with no object is an accusation (of a crime when "claimed")
    [InlineData("Serbia's opposition claimed fraud after the vote.", "SRBOPP→*:1121")]
    [InlineData("Kenya's opposition alleged vote rigging in three counties.", "KENOPP→*:112*")]
    // concern conveyed to a government is a complaint to it
    [InlineData("Japan conveyed serious concern to China over the flights.", "JPN→CHN:114")]
    public void Claimed_fraud_and_conveyed_concern(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
