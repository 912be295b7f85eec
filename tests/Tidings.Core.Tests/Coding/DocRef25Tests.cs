namespace Tidings.Tests.Coding;

/// <summary>
/// Document-level reference in whole articles (session 25, docref25): the "them" a security force disperses, beats or
/// pushes back is the crowd the article told before, in the sentence before or in an earlier main clause of its own
/// sentence, never the force itself (a pronoun object does not co-refer with its clause's subject, and a purpose clause
/// "to disperse them" has the governing verb's subject); a denial of "the accusation/claims" still answers the accuser.
/// </summary>
public class DocRef25Tests
{
    [Theory]
    // the crowd of the sentence before, past the purpose clause to the main verb's subject
    [InlineData("Thousands of nurses marched on the health ministry on Tuesday. Police fired tear gas to disperse them.", "COP→HLH:175")]
    [InlineData("Hundreds of opposition supporters gathered outside the electoral commission. Riot police used water cannon to disperse them.", "COP→OPP:175")]
    [InlineData("Dozens of students occupied the university campus on Monday. Soldiers fired rubber bullets to scatter them.", "MIL→EDU:175")]
    [InlineData("Hundreds of taxi drivers blocked the main road into the city. Police beat them with batons.", "COP→LAB:182")]
    [InlineData("Hundreds of farmers blocked the main highway on Monday. Riot police fired rubber bullets to clear them.", "COP→AGR:175")]
    public void Them_is_the_crowd_told_before(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the crowd of an earlier main clause of the same sentence, not the second clause's own subject
    [InlineData("Thousands of miners rallied outside parliament, and police fired tear gas to disperse them.", "COP→LAB:175|!COP→COP:175")]
    [InlineData("Dozens of farmers blocked the highway on Friday, and soldiers fired rubber bullets to scatter them.", "MIL→AGR:175")]
    [InlineData("Hundreds of opposition supporters marched through the capital on Monday, and police fired tear gas to disperse them.", "COP→OPP:175")]
    [InlineData("Thousands of students rallied outside the education ministry, and police used water cannon to disperse them.", "COP→EDU:175")]
    public void Them_is_the_crowd_of_the_first_clause(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // with no crowd told, "them" stays unnamed (no earlier actor); the repression is still aimed at civilians (a bare CVL
    // beside a bare force, Actors39Tests); the force is never its own target
    [InlineData("Police fired tear gas to disperse them.", "COP→CVL:175")]
    [InlineData("Soldiers fired tear gas to disperse them after the clashes.", "!MIL→MIL:175")]
    // an object pronoun in its own clause with the crowd as the verb's own object is read by the coder as before
    [InlineData("Police arrested dozens of protesters and later released them.", "COP→CVL:173")]
    [InlineData("The minister met union leaders on Monday and urged them to call off the strike.", "GOV→LAB:040")]
    [InlineData("Thousands of workers went on strike on Monday. The labour minister met them on Tuesday.", "GOVLAB→LAB:040")]
    public void Them_stays_with_its_own_clause(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a rejection or denial of "the accusation/claims" answers the side that made it
    [InlineData("Opposition leaders accused the electoral commission of rigging the count. The commission's chairman rejected the accusation.", "GOV→OPP:016")]
    [InlineData("Ukraine accused Russia of shelling a hospital in Kharkiv. The Kremlin denied the claims.", "RUSGOV→UKR:016")]
    public void A_denial_answers_the_accuser(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
