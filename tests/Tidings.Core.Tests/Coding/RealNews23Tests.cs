namespace Tidings.Tests.Coding;

/// <summary>
/// Shapes of real news text the coder used to lose (session 23, realnews23): a verdict or judgement word in quotation
/// marks after its object, which the parser hangs on the object as a modifier; the health agency's acronym "WHO" read as
/// a relative pronoun; a relative clause set off by commas between a named act and the word that judges it.
/// </summary>
public class RealNews23Tests
{
    [Theory]
    // a quoted verdict after the object is the object's predicate, as it is without quotes
    [InlineData("The court found the two officers “guilty” of torture.", "JUD→COP:116")]
    [InlineData("A military tribunal found the rebel commander “guilty beyond reasonable doubt” of war crimes.", "JUD→*REB:116")]
    [InlineData("The judge found the three men 'guilty' of smuggling weapons.", "JUD→*:116")]
    [InlineData("An appeals court found the former governor “guilty” of corruption.", "JUD→*:116")]
    [InlineData("The judges found the two journalists “guilty” of spreading false news.", "JUD→MED:116")]
    [InlineData("The families held the army “responsible” for the deaths.", "CVL→MIL:112")]
    [InlineData("The tribunal found the three soldiers “guilty” of murder.", "JUD→MIL:116")]
    [InlineData("The court found the three soldiers \"guilty\" of murder and sentenced them to life.", "JUD→MIL:116")]
    // a quoted acquittal is no conviction
    [InlineData("The court found the two officers “not guilty” of torture.", "!*:116")]
    public void A_quoted_predicate_after_the_object_completes_the_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "WHO" the organisation is the subject, not a relative pronoun standing for the noun before it
    [InlineData("The United Nations agency, WHO, has deployed experts to the affected areas.", "IGOUNOHLHWHO→*:073|!*:154")]
    [InlineData("The UN agency, WHO, has sent doctors to the region.", "IGOUNOHLHWHO→*:073")]
    [InlineData("The UN health body, WHO, has sent doctors and nurses to the flooded province.", "IGOUNOHLHWHO→*:073")]
    // a real relative pronoun still stands for its antecedent
    [InlineData("The rebels, who seized the town last week, attacked an army convoy.", "*REB→*MIL:19*")]
    [InlineData("Doctors who treated the wounded said the hospital was overwhelmed.", "!IGOUNOHLHWHO*")]
    public void An_actor_spelled_like_a_pronoun_is_the_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a relative clause between the named act and its judgement leaves the naming whole
    [InlineData("The opposition leader called the government's decision, which doubles fuel taxes, \"unjust\" and \"reckless\".", "OPP→GOV:111")]
    [InlineData("Kenya's foreign minister called Uganda's move, which closed the border for a week, a provocation.", "KENGOV→UGA:111")]
    [InlineData("The union called the company's plan, which would cut 500 jobs, unacceptable.", "LAB→BUS:111")]
    [InlineData("Human rights groups called the verdict, which sentenced the activist to ten years, excessive.", "NGOHRI→*:111")]
    [InlineData("The senator called the ruling, which he said was rushed, \"incoherent\".", "LEG→*:111")]
    [InlineData("The mayor called the police response, which left dozens injured, heavy-handed.", "GOV→*:111")]
    // a favourable judgement across the clause is no criticism
    [InlineData("The minister called the plan, which was drafted by experts, a success.", "!*:111")]
    [InlineData("The president called the talks, which ended on Friday, constructive.", "!*:111")]
    public void A_relative_clause_may_stand_between_an_act_and_its_judgement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an act judged as lacking sense is criticised
    [InlineData("The opposition called the government's budget incoherent.", "OPP→GOV:111")]
    [InlineData("The opposition leader called the court's decision \"incoherent\" and \"unjust.\"", "OPP→JUD:111")]
    [InlineData("The opposition called the finance minister's proposal nonsensical.", "OPP→GOV:111")]
    // the word describing an account, not an act judged by a speaker, is no criticism
    [InlineData("The witness gave an incoherent account of the night.", "!*:111")]
    public void An_act_called_incoherent_is_criticised(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
