namespace Tidings.Tests.Coding;

/// <summary>
/// False events that real copy outside politics gives (session 36, realnews36, from coding GeoWebNews and GeoVirus articles
/// that no gold line refers to). Trigger verbs in their everyday sense, told by their object: a council that "meets the
/// needs" of its residents or a firm that "met the deadline" meets nobody (040); activists who "amassed a large following"
/// mass no forces (154); soldiers who "required medical treatment" demand nothing (100); workers who "complained of
/// headaches" protest nothing (114); a light row of verbs.tsv now takes its object noun's modifiers as a phrase does
/// ("committed a serious crime"). An article between the copula and an adjective of mood makes the adjective a modifier
/// ("was a confident speaker": no optimistic comment). An acronym in capitals that looks like a trigger's plural ("no sign of
/// AIDS") is no aid (070), and a verb-only trigger word after "no" is a noun ("shows no sign of"; no signing, 057).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class RealNews36Tests
{
    [Theory]
    [InlineData("City councils in Kenya cannot meet the needs of their residents.", "!*:040")]
    [InlineData("The Ugandan ministry failed to meet the deadline for its report.", "!*:040")]
    [InlineData("Kenyan schools struggle to meet the standards the ministry set.", "!*:040")]
    [InlineData("The activists have amassed a large following in Kenya.", "!*:154")]
    [InlineData("The Kenyan tycoon amassed a fortune in the 1990s.", "!*:154")]
    [InlineData("The Kenyan police needed to meet the requirements of the Ugandan court.", "!*:040")]
    [InlineData("Two Kenyan soldiers required medical treatment after the crash.", "!*:100")]
    [InlineData("Workers at the Kenyan plant complained of severe headaches.", "!*:114")]
    [InlineData("Villagers in Uganda complained of stomach pains after drinking the water.", "!*:114")]
    // the acts themselves stay coded
    [InlineData("Kenya's president met the Ugandan president in Kampala.", "KENGOV→UGAGOV:04*")]
    [InlineData("Russia amassed troops near the border with Ukraine.", "RUSMIL→UKR:154")]
    [InlineData("Ugandan workers complained about the Kenyan government's new tax.", "UGALAB→KENGOV:114")]
    public void Everyday_objects_make_no_event_of_a_trigger_verb(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The pupil from Nairobi was a confident speaker.", "!*:013")]
    [InlineData("The Kenyan minister was a confident speaker.", "!*:013")]
    [InlineData("The Kenyan minister is an anxious man these days.", "!*:012")]
    // the predicate still states the mood
    [InlineData("The Kenyan minister is confident that the talks will succeed.", "KENGOV→*:013")]
    [InlineData("The Kenyan minister was very worried about the drought.", "KENGOV→*:012")]
    public void An_adjective_after_an_article_is_no_mood_of_the_subject(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The teacher from Cameroon, who moved to Kenya last year, shows no sign of AIDS.", "!*:070|!*:057")]
    [InlineData("A clinic run by Kenyan nuns treats AIDS patients in Kisumu.", "!*:070")]
    [InlineData("The Ugandan economy shows no sign of recovery, the Kenyan minister said.", "!*:057")]
    // other acronyms are trigger words of their own
    [InlineData("An IED killed three Kenyan soldiers near Mandera.", "*→KENMIL:18*")]
    [InlineData("Kenya and Uganda signed an MOU on trade.", "KEN→UGA:057")]
    public void An_acronym_or_a_noun_after_no_is_no_trigger_word(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
