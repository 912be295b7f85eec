namespace Tidings.Tests.Coding;

/// <summary>
/// Session 49 (sentences where nothing at all was coded): actors the recognizer did not see and a filter that hid news.
/// A group, movement or faction named by the kind of people it gathers ("a separatist group", "a student movement") is an
/// actor of that kind; a person's role after a verb of seizure or assault ("seized a priest as he drove home") is one
/// unnamed holder; a listed name that opens with a lower-case particle is found with its capital at a sentence's start
/// ("Von der Leyen said"); a participle after "had" in a long reported clause stays the verb ("police had beaten him");
/// a "during the war" phrase hung on a noun dates that noun, not the clause's news. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Nothing49Tests
{
    [Theory]
    [InlineData("A separatist group attacked a police post in Pakistan's Balochistan province on Sunday.", "PAKREB→PAKCOP:19*")]
    [InlineData("An insurgent group ambushed an army convoy in northern Mozambique on Tuesday.", "MOZREB→MOZMIL:19*")]
    [InlineData("A student movement in Bangladesh demanded the resignation of the election commission.", "BGDEDU→*:10*")]
    [InlineData("Church groups in Manila staged a rally against the new security law on Monday.", "PHLCHR→*:14*")]
    // a group named by its work or by a label said of it is no doer
    [InlineData("A research group in Nairobi said the economy grew by three percent last year.", "!*→*:*")]
    [InlineData("The working group met in Geneva on Monday to finish the draft text.", "!*→*:*")]
    public void A_group_named_by_the_people_it_gathers_is_an_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Gunmen seized a Catholic priest as he drove home from Mass in Cameroon's Northwest region.", "CMRREB→CMRCHR:181")]
    [InlineData("Armed men snatched a teacher as she walked to school in Niger's Tillaberi region on Monday.", "NERREB→NEREDU:181")]
    // a thing seized is no person
    [InlineData("Rebels seized a village in eastern Congo as the army withdrew on Monday.", "!*→*:181")]
    public void A_person_seized_by_force_is_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Von der Leyen condemned Russia's missile attack on Kyiv on Thursday.", "IGOEUREEC→RUS:11*")]
    // only a listed name: a capitalised particle opening another name is nobody
    [InlineData("Von Braun's old rockets were shown at a museum in Alabama on Thursday.", "!*→*:*")]
    public void A_name_with_a_particle_is_found_with_its_capital_at_the_start(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("A Kenyan opposition leader said on Saturday that police had beaten protesters at a roadblock outside Nakuru.", "KENCOP→KENCVL:18*")]
    public void A_participle_after_had_in_a_reported_clause_stays_the_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("said that police had beaten him", 4, "VBN")]
    [InlineData("claimed that rebels had already driven them out", 5, "VBN")]
    public void A_listed_irregular_participle_after_have_is_tagged_VBN(string words, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(words, index));

    [Theory]
    [InlineData("Peru's prosecutors opened an investigation into abuses by soldiers during the civil war.", "PERJUD→PERMIL:09*")]
    // a "during the war" phrase on the verb still dates the clause: history, no event
    [InlineData("Soldiers killed dozens of villagers in Peru during the civil war.", "!*→*:*")]
    public void A_during_phrase_on_a_noun_dates_only_that_noun(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
