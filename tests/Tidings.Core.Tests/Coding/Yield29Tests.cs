namespace Tidings.Tests.Coding;

/// <summary>
/// Yielding (08), material cooperation (06) and aid (07) in the phrasings news uses for them: a truce agreed with words
/// between "agree" and the truce is a truce declared (0871); relief goods sent in a ship, a plane or a convoy are aid sent
/// (073); convoys, relief goods and rescue teams let through are humanitarian access (0863); crossings reopened are eased
/// restrictions (081); captives named by an actor that goes on past them ("prisoners of war") are released persons (0841);
/// decrees withdrawn, passports returned, troops disengaged, pauses in an offensive.
/// </summary>
public class Yield29Tests
{
    [Theory]
    // a truce agreed across a time phrase, a modifier or a dropped "to" is declared, not only intended
    [InlineData("The army and the rebels agreed on Sunday to a two-week truce.", "MIL→REB:0871|REB→MIL:0871|!*:0356")]
    [InlineData("Sudan's army and the RSF agreed to a 60-day humanitarian ceasefire.", "SDNMIL→SDNREB:0871|!*:0356")]
    [InlineData("Myanmar's army and the rebels agreed a Chinese-brokered ceasefire on Monday.", "MMRMIL→MMRREB:0871|!*:0356")]
    // a promise about an existing truce stays an intent
    [InlineData("The two armies agreed to strictly respect the ceasefire.", "!*:0871")]
    // an agreed extension declares the truce for the new period (decision 044, session 48; was kept an intent here)
    [InlineData("Colombia's government and the ELN agreed on Friday to extend their ceasefire by six months.", "COLGOV→COLREB:0871|!*:0356")]
    // a pause announced in one's own offensive is a truce declared
    [InlineData("The Arakan Army announced a one-month pause in its offensive.", "*REB→*:0871")]
    public void A_truce_agreed_is_declared(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // relief goods carried by the vehicle that is sent are sent
    [InlineData("Egypt sent a ship carrying 3,000 tonnes of flour and medicine to Sudan.", "EGY→SDN:073")]
    [InlineData("Qatar sent two planes loaded with tents and blankets to Afghanistan.", "QAT→AFG:073")]
    [InlineData("Jordan dispatched a convoy of trucks carrying food to Syria.", "JOR→SYR:073")]
    // a vehicle carrying troops is no aid
    [InlineData("Egypt sent a convoy carrying troops to Libya.", "!*:073")]
    public void Relief_goods_carried_by_a_vehicle_sent_are_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // convoys, goods and rescuers let in are humanitarian access
    [InlineData("Sudan's army allowed the aid convoy to cross into Darfur.", "SDNMIL→*:0863")]
    [InlineData("The rebels let a convoy of 30 trucks through their checkpoints.", "REB→*:0863")]
    [InlineData("Israel allowed food and medicine into the enclave.", "ISR→*:0863")]
    [InlineData("Turkey allowed foreign rescue teams to enter the quake zone.", "TUR→*:0863")]
    public void Aid_let_through_is_humanitarian_access(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a crossing reopened eases a restriction, to goods or to people
    [InlineData("Uzbekistan reopened the crossing to freight trucks on Monday.", "UZB→*:081|!*:0863")]
    [InlineData("Pakistan reopened two border crossings with Afghanistan.", "PAK→AFG:081")]
    public void A_reopened_crossing_eases_restrictions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // captives named by an actor that goes on past the class word are persons released
    [InlineData("Armenia released 12 prisoners of war on Monday.", "ARM→*:0841|!*:084")]
    [InlineData("Russia and Ukraine each freed 90 prisoners of war on Friday.", "RUS→*:0841|UKR→*:0841")]
    public void Prisoners_of_war_released_are_persons_released(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a decree or a tax dropped by the government is a policy reversal
    [InlineData("Peru's government withdrew a decree on mining permits after protests.", "PERGOV→*:0832")]
    [InlineData("The Kenyan government dropped the bill after weeks of protests.", "KENGOV→*:0832")]
    // documents seized and handed back are property returned
    [InlineData("Ugandan police returned the passports of three opposition lawmakers.", "UGACOP→UGA*:0842")]
    // troops disengaging from a front withdraw
    [InlineData("Indian and Chinese troops disengaged from two points along their border.", "INDMIL→CHNMIL:0874|CHNMIL→INDMIL:0874")]
    public void Reversals_returns_and_withdrawals(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // sheltering or evacuating with no one sheltered is taking shelter, no asylum or aid
    [InlineData("Thousands of displaced people were sheltering in schools in Goma.", "!*:075")]
    [InlineData("Residents evacuated ahead of the cyclone on Sunday.", "!*:073")]
    // a state that shelters refugees still grants them refuge
    [InlineData("Chad is sheltering more than a million Sudanese refugees.", "TCD→SDNREF:075")]
    public void Taking_shelter_is_no_asylum(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
