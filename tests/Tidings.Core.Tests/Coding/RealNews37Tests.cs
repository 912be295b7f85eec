namespace Tidings.Tests.Coding;

/// <summary>
/// Real news copy (session 37, realnews37, from the realnews dev splits' errors and from coding GeoWebNews and GeoVirus
/// articles that no gold line refers to). Coordinated adjectives of country on a role noun that is the target ("met his
/// Kenyan and Ugandan counterparts", "held talks with her Laotian and Cambodian counterparts") give every country's role a
/// side, as they already did for a subject ("Iranian and Saudi officials met"); only a modifier the actor recognizer gave the
/// head's role counts, so "Israeli and Hamas negotiators" adds no bare country. An -ing word the parser gives "a" or "an"
/// is a count noun even with a modifier between ("display a text warning", "see a road warning"): no verb, no warning (012).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class RealNews37Tests
{
    [Theory]
    [InlineData("The minister met his Kenyan and Ugandan counterparts in Nairobi.", "GOV→KENGOV:040|GOV→UGAGOV:040")]
    [InlineData("The Thai envoy held talks with her Laotian and Cambodian counterparts.", "THAGOV→LAOGOV:040|THAGOV→KHMGOV:040")]
    [InlineData("Ghana's president spoke by telephone with his Togolese and Beninese counterparts.", "GHAGOV→TGOGOV:041|GHAGOV→BENGOV:041")]
    // a subject keeps its coordinated adjectives as before
    [InlineData("Iranian and Saudi officials met in Baghdad.", "IRNGOV→SAUGOV:04*|SAUGOV→IRNGOV:04*")]
    // an adjective that is a bare country beside an organisation is no side of the talks
    [InlineData("Qatar's prime minister held separate meetings with Israeli and Hamas negotiators in Doha.", "!QATGOV→ISR:04*|!ISR→QATGOV:04*")]
    public void Coordinated_country_adjectives_on_a_target_role_are_each_a_target(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("In an emergency, officials will send an alert that will make phones sound an alarm and display a text warning.", "!*:012")]
    [InlineData("Drivers will see a road warning on the screens.", "!*:012")]
    [InlineData("The app will display a flood warning.", "!*:012")]
    // the verb and a gerund object stay as they were
    [InlineData("Officials warned residents to stay indoors.", "GOV→CVL:012")]
    [InlineData("The Peruvian army will continue military training near the border.", "!*:012")]
    public void An_ing_word_with_an_indefinite_article_is_a_noun(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
