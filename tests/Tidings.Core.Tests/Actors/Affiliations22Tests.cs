using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// A person takes the code of the body he speaks or works for (session 22, affil22): a body named by a common noun right
/// before a generic office and a name ("Kurdish militia spokesman X", "the rebel group's commander X"), and an appositive
/// whose role is tied to a body by "of"/"for", "at" ("a professor at the university", "a researcher at Human Rights
/// Watch") or "to" ("an aide to the president", "a lawyer to the family"). Offices of a state keep their own rules ("a
/// minister of a country stays its GOV"). Sentences written for these tests.
/// </summary>
public class Affiliations22Tests
{
    private static readonly DateOnly Published = new(2024, 6, 1);

    [Theory]
    // a body named by a common noun before a generic office and an unknown name
    [InlineData("Kurdish militia spokesman Rojhat Amed said the fighters left the town.", "Kurdish militia spokesman Rojhat Amed", "REB")]
    [InlineData("Kurdish militia commander Rojhat Amed said the fighters left the town.", "Kurdish militia commander Rojhat Amed", "REB")]
    [InlineData("The rebel group's spokesman Tomas Odhiambo said the ceasefire had collapsed.", "rebel group's spokesman Tomas Odhiambo", "REB")]
    [InlineData("The militia's leader Tomas Odhiambo rejected the deal.", "militia's leader Tomas Odhiambo", "REB")]
    [InlineData("Rebel spokesman Tomas Odhiambo said the convoy was ambushed.", "Rebel spokesman Tomas Odhiambo", "REB")]
    [InlineData("Union leader Grace Wanjiru called a national strike.", "Union leader Grace Wanjiru", "LAB")]
    // "of"/"for" a body in apposition
    [InlineData("Rojhat Amed, a spokesman for the rebels, said the convoy was ambushed.", "Rojhat Amed", "REB")]
    [InlineData("Selin Kaya, a lawyer for the family, said they would appeal the verdict.", "Selin Kaya", "CVL")]
    [InlineData("Tomas Odhiambo, a member of the Muslim Brotherhood, was detained in Cairo.", "Tomas Odhiambo", "EGYOPP")]
    [InlineData("Selin Kaya, director of the Syrian Observatory for Human Rights, said ten people died.", "Selin Kaya", "NGOHRI")]
    [InlineData("Rojhat Amed, the spokesman of the ruling party, denied the report.", "Rojhat Amed", "GOVPTY")]
    [InlineData("Tomas Odhiambo, a spokesman for the YPG, said the fighters withdrew.", "Tomas Odhiambo", "SYRREB")]
    [InlineData("Lina Haddad, head of the Red Cross delegation in Yemen, said prisoners were freed.", "Lina Haddad", "NGOHLHIRC")]
    [InlineData("Lina Haddad, a senior Hamas official, rejected the offer.", "Lina Haddad", "PSEREBHMS")]
    // "at" a body in apposition
    [InlineData("Lina Haddad, a researcher at Human Rights Watch, said the arrests were arbitrary.", "Lina Haddad", "NGOHRI")]
    [InlineData("Selin Kaya, an analyst at Amnesty International, criticised the new law.", "Selin Kaya", "NGOHRIAMN")]
    [InlineData("Mark Tully, second secretary at the British Embassy, said the visas were issued.", "Mark Tully", "GBRGOV")]
    [InlineData("Piet de Wit, first secretary at the Dutch Embassy, met the minister.", "Piet de Wit", "NLDGOV")]
    [InlineData("Omar Farouk, a political science professor at Cairo University, said the protests would spread.", "Omar Farouk", "EGYEDU")]
    // "to" a person or body the holder serves
    [InlineData("Selin Kaya, an aide to the Iranian president, said talks would resume.", "Selin Kaya", "IRNGOV")]
    [InlineData("Tomas Odhiambo, an adviser to the Kenyan president, said the plan was ready.", "Tomas Odhiambo", "KENGOV")]
    [InlineData("Mark Tully, a spokesman to the rebels, said the convoy was ambushed.", "Mark Tully", "REB")]
    // a bare office tied to a body by the words after it
    [InlineData("The spokesman for the rebels said the convoy was ambushed.", "spokesman", "REB")]
    [InlineData("A professor at Cairo University said the protests would spread.", "professor", "EGYEDU")]
    [InlineData("The chairman of the union called off the strike.", "chairman of the union", "LAB")]
    // offices of a state keep their rules
    [InlineData("Sudanese army spokesman Nabil Hamid denied the report.", "Sudanese army spokesman Nabil Hamid", "SDNMIL")]
    [InlineData("Syrian opposition spokesman Rami Saleh rejected the plan.", "Syrian opposition spokesman Rami Saleh", "SYROPP")]
    [InlineData("Hamas spokesman Rami Saleh condemned the strike.", "Hamas spokesman Rami Saleh", "PSEREBHMS")]
    [InlineData("Omar Farouk, the French ambassador to Iran, was summoned.", "Omar Farouk", "FRAGOV")]
    public void Codes_the_person_as_the_body(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "affil22"), span, code);

    [Theory]
    // an envoy or ambassador sent "to" someone is not theirs
    [InlineData("Omar Farouk, an envoy to the rebels, said the talks went well.", "Omar Farouk", "REB")]
    [InlineData("Omar Farouk, the Kenyan ambassador to the European Union, said the talks went well.", "Omar Farouk", "IGO")]
    // a title ("minister") before an office is no body the office speaks for
    [InlineData("The minister's spokesman Rami Saleh denied the report.", "minister's spokesman Rami Saleh", "GOV")]
    public void Does_not_take_the_body_code(string text, string span, string notCode)
    {
        var doc = RunPipeline(text, Published, "affil22n");
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is null || !(m.Code ?? "").StartsWith(notCode, StringComparison.Ordinal), $"'{span}' took {notCode}: {Dump(doc)}");
    }
}
