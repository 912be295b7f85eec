using Tidings.Actors;
using Tidings.Documents;
using Tidings.Tests.Coding;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Speakers and doers carried across the sentences of an article (session 22, pronoun22): a subject "he"/"she" takes the
/// person the sentences before name when a careful reader can tell who it is, "it"/"they" the body or group, a resolved
/// pronoun carries on to the next one ("He said … He urged …"), and a surname repeated from memory is that person. Two
/// persons with neither the subject, or two coordinated subjects, leave the pronoun without an actor, and a pronoun in a
/// one-sentence text never gets one. Articles written for these tests.
/// </summary>
public class Pronouns22Tests
{
    [Theory]
    // the subject person of the sentence before
    [InlineData("Kenya's foreign minister Musalia Mudavadi met the Somali ambassador on Monday. He accused Somalia of arming militias.", 1, "He", "KENGOV")]
    [InlineData("Venezuelan President Nicolas Maduro spoke on television. She accused Colombia of plotting a coup.", 1, "She", "VENGOV")]
    // the pronoun need not open its sentence
    [InlineData("Iran's foreign minister Abbas Araghchi met the nuclear agency chief in Tehran. Later, he accused Israel of sabotaging the talks.", 1, "he", "IRNGOV")]
    [InlineData("Israeli Prime Minister Benjamin Netanyahu said the talks had failed. Speaking to reporters in Jerusalem, he accused Hamas of rejecting the offer.", 1, "he", "ISRGOV")]
    // a chain of pronouns keeps the person named once at the top
    [InlineData("Turkish Defence Minister Yasar Guler visited troops near the border. He said Ankara would respond to any attack. He also accused Syria of shelling villages.", 2, "He", "TURGOV")]
    [InlineData("Turkish Defence Minister Yasar Guler visited troops near the border. He said Ankara would respond. He also accused Syria of shelling villages. He then flew to Ankara.", 3, "He", "TURGOV")]
    // sentences that name countries, bodies or crowds but no person do not stand between "he" and the person before them
    [InlineData("General Asim Munir inaugurated a hospital in Quetta on Thursday. The tribal elders thanked the army for restoring peace. He urged the elders to support the government.", 2, "He", "PAKMIL")]
    [InlineData("Pakistan's defence minister Khawaja Asif spoke in parliament. The opposition walked out. He accused India of sponsoring terrorism.", 2, "He", "PAKGOV")]
    [InlineData("Chancellor Friedrich Merz arrived in Kyiv on Monday. Ukraine welcomed the visit. Russia condemned it. He pledged more air defence systems to Ukraine.", 3, "He", "DEUGOV")]
    [InlineData("Kenya's foreign minister Musalia Mudavadi met the envoy. Sudan rejected the talks. “We want peace.” He left early.", 3, "He", "KENGOV")]
    // a surname the article repeats is the person: the subject of the sentence before
    [InlineData("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia. Lula praised the trade deal. He invited Argentina to join the new fund.", 2, "He", "BRAGOV")]
    // a trailing speaker of a quote
    [InlineData("Nigerian Senate President Godswill Akpabio opened the session. \"We will not accept this interference,\" he said.", 1, "he", "NGALEG")]
    // "it" for the body the sentence before names, "they" for a plural force
    [InlineData("The Egyptian foreign ministry summoned the Ethiopian ambassador on Sunday. It accused Ethiopia of violating the agreement.", 1, "It", "EGYGOV")]
    [InlineData("The Indian army said its troops had killed three militants in Kashmir. They accused Pakistan of sheltering the fighters.", 1, "They", "INDMIL")]
    // the object pronoun is the other person of the sentence before
    [InlineData("Prime Minister Keir Starmer met French President Emmanuel Macron in Paris. He thanked him for his support.", 1, "him", "FRAGOV")]
    [InlineData("Prime Minister Keir Starmer met French President Emmanuel Macron in Paris. He thanked him for his support.", 1, "He", "GBRGOV")]
    public void A_pronoun_takes_the_actor_the_article_named(string article, int sentence, string span, string code)
    {
        var doc = RunPipeline(article, new DateOnly(2025, 6, 2), "p22");
        var m = MentionIn(doc, sentence, span);
        Assert.True(m is not null, $"no mention '{span}' in sentence {sentence}: {Dump(doc)}");
        Assert.True(code == m.Code, $"'{span}': expected {code}, got {m.Code} ({m.Rule}); all: {Dump(doc)}");
    }

    [Theory]
    // two coordinated persons as the subject: "he" is either
    [InlineData("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Tuesday. He criticised the opposition for blocking the deal.", 1, "He")]
    // a one-sentence text has no antecedent: the bare pronoun is a null source (events-gold convention)
    [InlineData("He accused Syria of shelling villages.", 0, "He")]
    [InlineData("It accused Ethiopia of violating the agreement.", 0, "It")]
    public void A_pronoun_without_a_clear_antecedent_gets_no_actor(string article, int sentence, string span)
    {
        var doc = RunPipeline(article, new DateOnly(2025, 6, 2), "p22n");
        var m = MentionIn(doc, sentence, span);
        Assert.True(m?.Code is null, $"'{span}' coded {m?.Code} ({m?.Rule}): {Dump(doc)}");
    }

    [Theory]
    [InlineData("Kenya's foreign minister Musalia Mudavadi met the Somali ambassador on Monday. He accused Somalia of arming militias.", "KENGOV→SOM:112*")]
    [InlineData("Turkish Defence Minister Yasar Guler visited troops near the border. He said Ankara would respond to any attack. He also accused Syria of shelling villages.", "TURGOV→SYR:112*")]
    [InlineData("The Egyptian foreign ministry summoned the Ethiopian ambassador on Sunday. It accused Ethiopia of violating the agreement.", "EGYGOV→ETH:112*")]
    [InlineData("Chancellor Friedrich Merz arrived in Kyiv on Monday. Ukraine welcomed the visit. Russia condemned it. He pledged more air defence systems to Ukraine.", "DEU*→UKR:03*")]
    [InlineData("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Tuesday. He criticised the opposition for blocking the deal.", "!*:111")]
    public void The_coder_reads_a_resolved_pronoun_as_its_actor(string article, string expected) => PipelineEvents.AssertCoded(article, expected);

    /// <summary>The mention in sentence <paramref name="sentence"/> whose text is exactly <paramref name="span"/>, or null.</summary>
    private static ActorMention? MentionIn(Document doc, int sentence, string span) =>
        doc.Actors.FirstOrDefault(a => doc.SentenceOf(a.Tokens.FirstToken) == sentence && a.Tokens.TextIn(doc) == span);
}
