namespace Tidings.Tests.Coding;

/// <summary>
/// Session 49 (blind67): quoted speech as news prints it (decision 034). A quote-first sentence is parsed as its quote and
/// its attribution, the quote hung on the verb of saying; the first-person words of a quote are its speaker's ("we", "us",
/// "I", "me", and what "our"/"my" owns takes the speaker's country with its own sector); a quoted question followed by its
/// speaker stays one sentence. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed
/// one must not. Sentences written for these tests.
/// </summary>
public class Blind67Tests
{
    // The quote's act keeps its own subject when the attribution after it reads "X told Y" (the parser had made "told" an
    // adjective of the addressee, or hung the speaker on the quote's second verb).
    [Theory]
    [InlineData("'This week we summoned the Danish ambassador and gave him a letter of protest,' Iran's foreign minister told state television.", "IRNGOV→DNKGOV:114")]
    [InlineData("\"Yesterday our navy seized two Iranian fishing boats,\" Oman's defence minister told reporters in Muscat.", "OMNMIL→IRN:17*")]
    [InlineData("'We will not sit down with the junta,' the opposition leader told the French newspaper Le Monde.", "!FRAMED→*:*")]
    public void A_quote_before_its_attribution_keeps_its_own_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "Last month we delivered ...": a bare time noun at the head of the clause is no noun the clause describes.
    [Theory]
    [InlineData("'Last month we delivered 200 tonnes of rice to Myanmar,' Thailand's foreign minister said.", "THAGOV→MMR:07*")]
    [InlineData("'Last week we arrested 14 members of the gang,' Haiti's police chief said.", "HTICOP→*:173")]
    public void A_fronted_time_noun_leaves_the_clause_its_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // What "our" owns in a quote is the named speaker's: a state's forces and police of the speaker's country, its jets the
    // military; "us" is the speaker. An unnamed speaker's first person is no actor.
    [Theory]
    [InlineData("'Our troops killed twelve al-Shabaab fighters near Baidoa,' Somalia's defence minister said.", "SOMMIL→SOMREB:19*")]
    [InlineData("'Our police detained five suspected smugglers at the port,' Greece's migration minister said.", "GRCCOP→*:173")]
    [InlineData("'Canada has sent us tonnes of medicine and tents,' Haiti's health minister said.", "CAN→HTIGOV*:07*")]
    [InlineData("'Canada has sent us tonnes of medicine and tents,' Haiti's health minister said.", "!CAN→*MED:07*")]
    [InlineData("'We will never give up our land,' a farmer in the valley said.", "!*→*:*")]
    public void First_person_words_of_a_quote_are_its_speakers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A quoted question followed by its speaker is one sentence: "asked" there reports the question, no request.
    [Theory]
    [InlineData("'How long must our people wait?' Lebanon's prime minister asked at a donors' meeting in Paris.", "!LBNGOV→*:02*")]
    [InlineData("'Who gave the order to fire?' the head of Kenya's bar association asked on Monday.", "!*→*:02*")]
    public void A_quoted_question_before_its_speaker_is_no_request(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
