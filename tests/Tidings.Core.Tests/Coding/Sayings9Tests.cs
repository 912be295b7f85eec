namespace Tidings.Tests.Coding;

/// <summary>
/// What a statement asserts (session 19, sayings9): a speaker who says that an act breaks a norm, falls short of a standard,
/// raises doubt about its doer or amounts to something disapproved criticises it (111); one who dismisses an act "as" something
/// disapproved criticises it too, while a claim dismissed is denied (016); a speaker who says that it or its own side did not
/// do a blameworthy act denies it (016). Neutral reports and judgements of things that are no one's act stay event-free.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too) and each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Sayings9Tests
{
    [Theory]
    // a fault found in an act: 111 by the speaker against the act's doer, when one is named
    [InlineData("Amnesty International said the new security law violated the constitution.", "NGOHRIAMN→-:111")]
    [InlineData("The opposition said Kenya's decision undermined the peace process.", "KENOPP→KEN:111")]
    [InlineData("The European Union said the vote had fallen short of international standards.", "IGOEUREEC→-:111")]
    [InlineData("Observers from the African Union said the election did not meet regional standards.", "IGOAFRAFU→-:111")]
    [InlineData("The OSCE said the arrests raised serious questions about Georgia's commitment to the rule of law.", "IGOEURSCE→GEO:111")]
    [InlineData("Greenpeace said the new licences amounted to a betrayal of Norway's pledges.", "NGOENV→NOR:111")]
    // an actor that violates something does an act of its own (the lexicon's), not a judgement of an act
    [InlineData("Ukraine said Russian forces violated the ceasefire.", "RUSMIL→-:196|!UKR→RUSMIL:111")]
    public void A_fault_found_in_an_act_criticises_it(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The opposition leader dismissed the ruling as a sham.", "OPP→-:111")]
    [InlineData("Kenya's president dismissed the verdict as biased.", "KENGOV→-:111")]
    // a claim dismissed is denied, not judged
    [InlineData("Uganda dismissed the allegations as baseless.", "UGA→-:016|!UGA→-:111")]
    public void An_act_dismissed_as_disapproved_is_criticised(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // another's claims judged false criticise their author; a claim of no named author judged false is no criticism
    [InlineData("The judge wrote that the minister's claims about the protests were untethered to the facts.", "*→*GOV:111")]
    // Session 44: claims said to be false, baseless or groundless are denied (016) and the denial aimed at their maker, as
    // the gold codes "rejected as groundless the claims of ..." (eb61013) and "called the charges groundless" (eb43094).
    [InlineData("Kenya said Uganda's claims were false.", "KEN→UGA:016|!KEN→UGA:111")]
    [InlineData("Kenya said Uganda's allegations were misleading.", "KEN→UGA:111")]
    [InlineData("Uganda called the allegations false.", "!UGA→*:111")]
    [InlineData("The ministry said the reports were false.", "!*→*:111")]
    public void Claims_judged_false_criticise_their_author(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Iran said it had nothing to do with the attack on the tanker.", "IRN→-:016")]
    [InlineData("The army said its soldiers had not fired on the protesters.", "MIL→-:016|!MIL→CVL:190")]
    [InlineData("Hezbollah said it played no role in the bombing.", "LBNREB→-:016")]
    [InlineData("China's foreign ministry said China had never ordered its boats to ram foreign vessels.", "CHNGOV→-:016")]
    [InlineData("Russia said its troops had not attacked the village.", "RUS→-:016")]
    public void A_blameworthy_act_said_not_done_by_the_own_side_is_denied(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // neutral reports: no act judged, no accusation denied
    [InlineData("The ministry said it had not received any request from Kenya.")]
    [InlineData("The central bank said the rally raised questions about the strength of the currency.")]
    [InlineData("Forecasters said the storm had fallen short of the record.")]
    [InlineData("Traders said the rains had undermined the harvest.")]
    [InlineData("Ukraine said the talks would not undermine the alliance.")]
    [InlineData("The company said it had not yet decided.")]
    public void Neutral_reports_stay_free_of_judgements_and_denials(string text)
    {
        var events = PipelineEvents.Codes(text);
        Assert.DoesNotContain(events, e => e.EndsWith(":111", StringComparison.Ordinal) || e.EndsWith(":016", StringComparison.Ordinal));
    }

    [Theory]
    // another side's act said not done is a report of it, no denial; a report told before its attribution is no denial
    [InlineData("Kenya said Uganda had never attacked its border posts.")]
    [InlineData("Protesters did not attack the police, the interior ministry said.")]
    public void Only_the_own_side_denies(string text) =>
        Assert.DoesNotContain(PipelineEvents.Codes(text), e => e.EndsWith(":016", StringComparison.Ordinal));
}
