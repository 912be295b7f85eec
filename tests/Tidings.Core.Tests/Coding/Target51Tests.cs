namespace Tidings.Tests.Coding;

/// <summary>
/// Session 51 (target51): targets of events whose source and code are right. A reporter set off by a comma keeps its
/// descriptive adjective ("…, the regional governor said"), so the event's object is not taken for the reporter; "the
/// border with X" after a protest, an assault or a plain armed attack says where it happened, not whom it is aimed at.
/// Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each "!"-prefixed one must
/// not. Sentences written for these tests.
/// </summary>
public class Target51Tests
{
    // ", the regional governor said": the reporter's adjective does not stop the comma reporter, so a parse that makes the
    // victims a second subject of "said" no longer makes them the reporter; the killing keeps them as its target.
    [Theory]
    [InlineData("Gunmen on motorbikes shot dead five herders in western Niger, the regional governor said.", "NERREB→NERAGR:18*")]
    [InlineData("Gunmen on motorbikes shot dead five herders in western Niger, the regional governor said.", "!NERREB→NER:18*")]
    // (killing civilians short of a mass killing is 1823 by the gold's convention, also where the parse leaves "killed"
    // without a subject, as here since session 54)
    [InlineData("Gunmen on motorcycles killed seven farmers in northern Nigeria, the regional police chief said.", "NGAREB→NGAAGR:1823")]
    [InlineData("Gunmen on motorcycles killed seven farmers in northern Nigeria, the regional police chief said.", "!NGAREB→NGA:1*")]
    // the reporter itself stays no source or target of the event
    [InlineData("Jihadists shot dead six villagers in northern Mali, the regional governor said.", "MLIREB→MLICVL:18*")]
    [InlineData("Jihadists shot dead six villagers in northern Mali, the regional governor said.", "!MLIREB→MLIGOV:18*")]
    public void A_reporter_with_an_adjective_after_a_comma_is_still_the_reporter(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "on the border with X" after a protest or an attack on a post is where it happened: the neighbour is no target.
    [Theory]
    [InlineData("Angry dockworkers blocked the main port on the border with Benin to protest against a new customs tax.", "!LAB→BEN:14*")]
    [InlineData("Farmers in Hungary blocked two crossings on the border with Serbia on Monday.", "!HUNAGR→SRB:14*")]
    // deployments, alerts and fire across the line keep the neighbour
    [InlineData("Poland sent 5,000 troops to its border with Belarus.", "POL*→BLR:*")]
    [InlineData("Russian artillery shelled villages on the border with Ukraine overnight.", "RUS*→UKR:19*")]
    public void The_border_with_a_neighbour_is_only_the_place_of_a_protest_or_an_attack(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Counted people the verb is aimed at are its target even when the "after" fallback would reach an actor in a later
    // phrase of the verb (whom a suspicion, a protest or an attack concerns): they are coded as civilians.
    [Theory]
    [InlineData("Dutch police arrested three people on Friday on suspicion of spying for China.", "NLDCOP→NLDCVL:17*")]
    [InlineData("Dutch police arrested three people on Friday on suspicion of spying for China.", "!NLDCOP→CHN:17*")]
    [InlineData("Kenyan police detained 40 people on Tuesday after a protest against Uganda.", "KENCOP→KENCVL:17*")]
    [InlineData("Kenyan police detained 40 people on Tuesday after a protest against Uganda.", "!KENCOP→UGA:17*")]
    [InlineData("Police arrested three men on Friday in connection with the attack on the Israeli embassy.", "!COP→ISRGOV:17*")]
    // an actor that is itself the object stays the target
    [InlineData("Dutch police arrested two Chinese nationals on Friday on suspicion of spying.", "!NLDCOP→NLDCVL:17*")]
    public void Counted_people_as_the_object_are_the_target_before_a_later_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
