namespace Tidings.Tests.Coding;

/// <summary>
/// Public statements (root 01) told in the everyday words of news copy: worry and alarm voiced (012), hope and confidence
/// (013), "it was hopeful that" read with "it" as the speaker rather than an expletive, refusals to say (011), and attacks
/// claimed by their doers (015), actively ("claimed the bombing") or passively ("was claimed by").
/// </summary>
public class Statements30Tests
{
    [Theory]
    // worry and alarm are a pessimistic comment; a degree adverb between copula and adjective is skipped
    [InlineData("Spain's economy minister said he was deeply worried about the state of the public finances.", "ESPGOV→*:012")]
    [InlineData("Chile's foreign minister said she was alarmed by the violence in Haiti.", "CHLGOV→*:012")]
    [InlineData("The Mexican president voiced worries over the new tariffs.", "MEXGOV→*:012")]
    [InlineData("Kenya's finance minister said he feared the drought would push food prices higher.", "KENGOV→*:012")]
    // fear as a reason, or "feared dead", is no comment
    [InlineData("Villagers in Kivu fled their homes, fearing reprisals by the army.", "!*:012")]
    [InlineData("Three Kenyan soldiers were feared dead after the ambush near the Somali border.", "!*:012")]
    public void Worry_and_alarm_voiced_are_pessimistic_comments(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ghana's trade minister said he hoped the border with Togo would reopen within days.", "GHAGOV→*:013")]
    [InlineData("Nepal's prime minister was upbeat about the talks with India.", "NPLGOV→*:013")]
    // "it" before a stance adjective and a "that" clause is the speaker, not an expletive
    [InlineData("The Zambian government said it was confident that the strike by miners would end this week.", "ZMBGOV→*:013")]
    [InlineData("Hezbollah said it was hopeful that the talks in Doha would bring a truce.", "LBNREB→*:013")]
    [InlineData("The Peruvian government said it was worried that the protests would spread to the mines.", "PERGOV→*:012")]
    // hope told with an infinitive is no comment, nor hopes as a noun
    [InlineData("The two leaders hope to sign a trade deal in Lima next year.", "!*:013")]
    [InlineData("The election result raised hopes of an end to the crisis in Bolivia.", "!*:013")]
    public void Hope_and_confidence_voiced_are_optimistic_comments(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Hungary's prime minister refused to say whether he would veto the budget.", "HUNGOV→-:011")]
    [InlineData("The Nigerian army declined to discuss the operation in Borno.", "NGAMIL→-:011")]
    public void Refusing_to_say_is_declining_to_comment(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Pakistani Taliban claimed the bombing in a statement on Sunday.", "PAKREB→*:015")]
    [InlineData("Al-Shabaab claimed the attack on the African Union base.", "SOMREB→*:015")]
    // the passive claim: the attack is its content, coded as the claim alone
    [InlineData("The attack was claimed by al-Shabaab.", "SOMREB→*:015|!SOMREB→*:190")]
    public void An_attack_claimed_by_its_doer_acknowledges_responsibility(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
