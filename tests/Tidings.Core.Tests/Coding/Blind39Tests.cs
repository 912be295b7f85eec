using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Sentence-level causes found on the blind39 articles (session 23): a simple past the tagger read as a participle or a
/// noun ("spoke", "withdrew", "shot down" after a noun), a quantifier floated between a coordinated subject and its verb
/// ("Russia and Ukraine each released"), and a second clause's subject taken as the first clause's target or as the
/// stricken place of its aid ("Britain pledged ... and the European Union released ...").
/// </summary>
public class Blind39Tests
{
    [Theory]
    // a past form that is never a participle is the finite verb after a long subject
    [InlineData("The foreign ministers of Peru and Chile spoke by telephone on Tuesday.", "PERGOV→CHLGOV:041|CHLGOV→PERGOV:041")]
    [InlineData("The presidents of Kenya and Tanzania spoke by telephone late on Sunday.", "KENGOV→TZAGOV:041|TZAGOV→KENGOV:041")]
    [InlineData("The defence ministers of Greece and Turkey spoke by telephone after the incident.", "GRCGOV→TURGOV:041|TURGOV→GRCGOV:041")]
    [InlineData("The interior ministers of Spain and Morocco spoke by telephone about migration.", "ESPGOV→MARGOV:041")]
    public void A_past_that_is_never_a_participle_is_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "each", "both" between a coordinated subject and an -ed verb leave the verb finite
    [InlineData("Russia and Ukraine each released 150 prisoners of war on Tuesday.", "RUS→UKR*:0841|UKR→RUS*:0841")]
    [InlineData("Armenia and Azerbaijan each released 20 prisoners of war.", "ARM→*:084*|AZE→*:084*")]
    [InlineData("Sudan and South Sudan each freed 30 prisoners of war in a swap.", "SDN→*:0841|SSD→*:0841")]
    [InlineData("Ethiopia and Eritrea both released dozens of prisoners of war.", "ETH→ERI*:0841|ERI→ETH*:0841")]
    public void A_floated_quantifier_keeps_the_verb_finite(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a past form before a particle is the clause's verb, not a noun compounded with the subject
    [InlineData("Ukraine 's air force shot down 48 drones .", 4, "VBD")]
    [InlineData("Poland 's army shot down three drones near the border .", 3, "VBD")]
    [InlineData("The foreign ministers of Peru and Chile spoke by telephone on Tuesday .", 7, "VBD")]
    [InlineData("Russia and Ukraine each released 150 prisoners of war .", 4, "VBD")]
    public void The_clause_keeps_its_finite_verb(string sentence, int index, string xpos) => Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // with the verb read right the shooting down is coded
    [InlineData("Ukraine's air force said it shot down 48 of the 61 Russian drones launched overnight.", "UKRMIL→RUS:190")]
    [InlineData("Poland's army shot down three Russian drones near the border.", "POLMIL→RUS:190")]
    public void A_past_before_a_particle_is_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "and four wounded": a participle after a count is a passive with its auxiliary left out; the actor before it was
    // harmed and does not harm
    [InlineData("Two Kyrgyz border guards were killed and four wounded on Tuesday when Tajik troops opened fire on a post.", "!KGZCOP→*:*")]
    public void The_harmed_before_a_bare_participle_are_no_source(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the subject of a second clause is neither the first clause's target nor the place the aid goes to
    [InlineData("Britain pledged 3 million pounds and the European Union released 1.5 million euros in emergency aid.", "GBR→*:0331|!GBR→IGOEUREEC:*|!IGOEUREEC→GBR:*")]
    [InlineData("Japan pledged 5 million dollars and South Korea sent 200 tonnes of rice.", "JPN→*:0331|!JPN→KOR:*|!KOR→JPN:*")]
    [InlineData("Germany promised 10 million euros and France sent a team of rescuers.", "!DEU→FRA:*|!FRA→DEU:*")]
    [InlineData("Canada pledged 4 million dollars in aid and Australia sent medical teams.", "!CAN→AUS:*|!AUS→CAN:*")]
    // a real object or prepositional target after the trigger still counts
    [InlineData("Britain pledged 3 million pounds to Sudan.", "GBR→SDN:0331")]
    [InlineData("The European Union released 1.5 million euros in emergency aid for Congo.", "IGOEUREEC→COD:07*")]
    public void A_second_clause_subject_is_no_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
