namespace Tidings.Tests.Coding;

/// <summary>
/// Meetings the coder missed outright (session 39, consult39). A government that receives an official of an international
/// organisation, named by office or by name ("received the head of the World Bank in Nairobi", "received the UN envoy"),
/// hosts that official's visit (043, and the visit 042 back), as it does a foreign government's envoy; the body itself
/// ("received a loan from the World Bank"), a letter from an official, or one body receiving another's official stay uncoded
/// (ShallowCoder.PersonOfAnOrganisation, used by IsPeople and the "receive" target filter). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Consult39Tests
{
    [Theory]
    [InlineData("Kenya's president received the head of the World Bank in Nairobi on Friday.", "KENGOV→IGOUNODEVWBK:043")]
    [InlineData("Kenya's president received the head of the World Bank in Nairobi on Friday.", "IGOUNODEVWBK→KENGOV:042")]
    [InlineData("Ghana's president received the UN envoy for West Africa in Accra on Monday.", "GHAGOV→IGOUNO:043")]
    [InlineData("Ghana's president received the UN envoy for West Africa in Accra on Monday.", "IGOUNO→GHAGOV:042")]
    [InlineData("The minister received the World Bank chief in Nairobi.", "IGOUNODEVWBK→*:042")]
    public void Receiving_an_official_of_an_international_body_hosts_a_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the body itself, not a person: a loan received is no guest
    [InlineData("Kenya received a loan from the World Bank.", "!*:04*")]
    // a letter from an official is no visit
    [InlineData("Kenya's president received a letter from the head of the World Bank.", "!*:04*")]
    // one international body receiving another's official: no country hosts
    [InlineData("The UN envoy received the head of the World Bank in New York.", "!*:043")]
    // refugees and soldiers received are no guests
    [InlineData("Kenya received 200 refugees from Somalia on Friday.", "!*:04*")]
    public void Other_receptions_are_no_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
