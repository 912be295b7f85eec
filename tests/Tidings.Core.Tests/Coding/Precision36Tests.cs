namespace Tidings.Tests.Coding;

/// <summary>
/// Spurious events (session 36): event nouns the sentence does not tell as happening. A noun whose sides only a "between"
/// phrase names is news as the subject of a clause told as done, not inside a prepositional phrase or as the subject of a
/// modal or of "(un)likely"; a protest or attack named "planned" or "expected" inside its own noun phrase is nobody's threat.
/// Each guard has rows where the event must still be coded, so that it cannot over-block.
/// </summary>
public class Precision36Tests
{
    [Theory]
    // after a preposition: a cause, a goal or a state
    [InlineData("Aid workers fed thousands of families driven from their homes by fighting between the army and separatist militias.", "!*:19*")]
    [InlineData("The envoy said the visit could pave the way to a lasting agreement between Ghana and Togo.", "!GHA*→TGO*:*|!TGO*→GHA*:*")]
    // the subject of a modal or of "(un)likely": a prospect
    [InlineData("Analysts said a fishing agreement between Norway and Iceland could double catches within two years.", "!NOR*→ISL*:*|!ISL*→NOR*:*")]
    [InlineData("The ceasefire between Ethiopia and Eritrea is unlikely to last, diplomats said.", "!ETH*→ERI*:*|!ERI*→ETH*:*")]
    // the subject of a clause told as done stays news
    [InlineData("Clashes between the army and separatist militias killed 14 people near the border on Sunday.", "*MIL→*REB:190|*REB→*MIL:190")]
    [InlineData("Negotiations between Ghana and Togo on the maritime border resumed in Accra on Monday.", "GHA*→TGO*:04*|TGO*→GHA*:04*")]
    // a phrase of time or setting keeps the event that went on
    [InlineData("The deal was sealed during a meeting between Ghana and Togo in Accra on Monday.", "GHA*→TGO*:04*")]
    [InlineData("Residents said fighting between Sudanese soldiers and the paramilitaries spread to two more villages.", "SDNMIL→*:190")]
    public void A_between_noun_is_news_only_as_the_subject_of_a_clause_told_as_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "planned" inside the noun phrase: nobody plans or threatens the protest in the sentence
    [InlineData("Riot police were deployed across Lagos ahead of planned fuel price protests.", "!*:133|NGACOP→-:15*")]
    [InlineData("Zambian police set up roadblocks in Lusaka before the opposition's planned rally on Saturday.", "!*:133")]
    [InlineData("Soldiers guarded the ministries in Bamako ahead of an expected opposition march.", "!*:133|!*:14*")]
    // a planner named as the subject of "plan" keeps the threat or intent
    // since session 45 (decision 035) a threatened strike or protest with no target presses the workers' or protesters' own government
    [InlineData("Ugandan police said the opposition was planning violent protests in Kampala.", "UGAOPP→UGAGOV:133")]
    [InlineData("Chile plans to hold joint naval exercises with Peru next spring.", "CHL*→PER*:0312")]
    public void A_protest_named_planned_inside_its_noun_phrase_is_nobodys_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
