namespace Tidings.Tests.Coding;

/// <summary>
/// Session 44 (lead): the subject of a participle clause that is a natural force or an accident's vehicle has no doer
/// among the actors inside it; a contest named in a cause phrase stays background though the clause is dated this week.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests; they are published on Friday 2025-05-02.
/// </summary>
public class Lead44Tests
{
    // ", killing 30 people" after a landslide, a flood or a crashed bus tells what the force or the accident did: the actor
    // inside the subject's own words ("carrying pilgrims", "in Nepal's west") did not kill them. A participle after an armed
    // doer still tells that doer's act.
    [Theory]
    [InlineData("A landslide buried a village in Nepal's western hills on Tuesday, killing at least 30 people, officials said.", "!*→*:19*|!*→*:18*|!*→*:20*")]
    [InlineData("A bus carrying Hindu pilgrims plunged into a gorge in Kashmir, killing 22 passengers, police said.", "!*→*:19*|!*→*:18*|!*→*:20*")]
    [InlineData("A ferry carrying Rohingya refugees capsized off Bangladesh, killing 17 people.", "!*→*:19*|!*→*:18*|!*→*:20*")]
    [InlineData("Floods swept through northern Pakistan and killed 40 villagers.", "!*→*:19*|!*→*:18*")]
    [InlineData("Sudanese paramilitaries stormed the camp on Tuesday, killing 30 displaced people.", "SDN*→SDN*:*")]
    [InlineData("Russian troops shelled the town of Kupiansk on Tuesday, killing four civilians.", "RUS*→*:19*")]
    public void An_inanimate_cause_has_no_doer_among_its_modifiers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A contest noun in an "amid", "after" or "following" phrase is the cause of the clause's news and is background; a
    // weekday that dates the clause dates the news, so it no longer turns the cause into news. A clause of the contest's own
    // dated this week stays news.
    [Theory]
    [InlineData("Oil prices rose sharply on Wednesday amid Israeli air strikes on Iran.", "!ISR→IRN:19*")]
    [InlineData("Kenya's shilling weakened on Tuesday after clashes between police and protesters in Nairobi.", "!*→*:19*|!*→*:14*")]
    [InlineData("Israel launched air strikes on Iran on Wednesday, sending oil prices sharply higher.", "ISR→IRN:19*")]
    public void A_contest_in_a_cause_phrase_stays_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
