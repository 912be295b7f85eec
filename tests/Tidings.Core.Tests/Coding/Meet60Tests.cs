namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (meet60): root 04, meetings, calls and mediation (decision 075). A call held or had "with" a named actor is a
/// telephone call both ways (041), one told "in a call with" the speaker's; a go-between that carries, passes or relays
/// messages "between" two sides mediates (045) with each; talks "under Qatari mediation" (a demonym or name on "mediation",
/// on the talks or on the light verb that holds them) are mediated by that side; a deal or swap "arranged by" someone is
/// brokered by it; co-mediators never mediate with each other. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Meet60Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A call "with" a named actor is a telephone call; had or held with a partner, both hold it. A call "for" something is
    // an appeal and no call "with" anyone.
    [Theory]
    [InlineData("Trump said he had a very good call with Putin on Tuesday.", "USAGOV→RUSGOV:041")]
    [InlineData("Trump said he had a very good call with Putin on Tuesday.", "RUSGOV→USAGOV:041")]
    [InlineData("Canada's foreign minister, in a call with her Indian counterpart on Wednesday, agreed to restore the envoys.", "CANGOV→INDGOV:041")]
    [InlineData("The president renewed his call for a ceasefire with Hamas.", "!*→*:041")]
    [InlineData("Police said the call with the suspect lasted an hour.", "!*→*:041")]
    public void Calls_with_a_named_actor(string sentence, string expected) => AssertCoded(sentence, expected);

    // Carrying messages between two sides is mediation with each; messages carried with no sides named are no event, and
    // co-mediators do not mediate with each other.
    [Theory]
    [InlineData("Turkey's foreign minister said Ankara had been carrying messages between Somalia and Ethiopia for months.", "TURGOV→SOM*:045")]
    [InlineData("Turkey's foreign minister said Ankara had been carrying messages between Somalia and Ethiopia for months.", "TURGOV→ETH*:045")]
    [InlineData("Swiss diplomats relayed messages between the United States and Iran.", "CHEGOV→IRN:045")]
    [InlineData("Marchers carried messages of support for the striking nurses.", "!*→*:045")]
    [InlineData("Kenyan and Norwegian mediators carried messages between the delegations.", "!KENGOV→NORGOV:045")]
    public void Messages_carried_between_sides(string sentence, string expected) => AssertCoded(sentence, expected);

    // "under Qatari mediation" names the mediator by its demonym, whether the phrase hangs on the talks or on the verb that
    // resumes them; a deal or swap "arranged by" a third side is brokered by it. "under pressure" names no one.
    [Theory]
    [InlineData("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday under Saudi mediation.", "SAU→SDNMIL:045")]
    [InlineData("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday under Saudi mediation.", "SAU→SDNREB:045")]
    [InlineData("The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi under Emirati mediation.", "ARE→*:045")]
    [InlineData("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday under heavy pressure.", "!*→*:045")]
    [InlineData("Colombia's government and the ELN freed 40 prisoners each in a swap arranged by the Red Cross.", "NGOHLHIRC→*:045")]
    [InlineData("Colombia's government and the ELN freed 40 prisoners each on Friday.", "!*→*:045")]
    public void Mediators_named_by_demonym_or_arrangement(string sentence, string expected) => AssertCoded(sentence, expected);

    // Talks held on a dispute or a deal negotiate it (046) beside the visit: a gerund matter the parser hangs on the verb
    // ("on reopening their shared border"), talks on the release of detained people or on disarming armed groups. Talks on
    // trade stay a consultation.
    [Theory]
    [InlineData("Ghana's president held talks with his Togolese counterpart in Accra on Tuesday on reopening their shared border.", "GHAGOV→TGOGOV:046")]
    [InlineData("Ghana's president held talks with his Togolese counterpart in Accra on Tuesday on reopening their shared border.", "TGOGOV→GHAGOV:046")]
    [InlineData("Qatar's envoy arrived in Caracas on Monday for talks with President Nicolas Maduro on the release of detained Americans.", "QATGOV→VENGOV:046")]
    [InlineData("Chile's foreign minister held talks with her Peruvian counterpart on Monday on boosting trade.", "!*→*:046")]
    [InlineData("Chile's foreign minister held talks with her Peruvian counterpart on Monday on boosting trade.", "CHLGOV→PERGOV:040")]
    public void Talks_on_a_dispute_or_deal_negotiate(string sentence, string expected) => AssertCoded(sentence, expected);

    // A hotline is a telephone line: speaking or talking on it is a call both sides hold (041); setting one up for the public
    // is no call.
    [Theory]
    [InlineData("The Indian and Pakistani army commanders spoke on the hotline on Monday.", "INDMIL→PAKMIL:041")]
    [InlineData("The Indian and Pakistani army commanders spoke on the hotline on Monday.", "PAKMIL→INDMIL:041")]
    [InlineData("The government set up a hotline for victims of the floods.", "!*→*:041")]
    public void Hotline_talks_are_calls(string sentence, string expected) => AssertCoded(sentence, expected);
}
