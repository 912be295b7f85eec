using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actor mentions that cost events (session 23, actors23): ministries named by "affairs" or "home"; an office tied to a
/// body through a unit inside it ("the chief of the press service for the Ministry of Defence"); heads of a body in the
/// plural ("leaders of the nurses' union"); a state's envoy abroad, whose country is not that of the state organs named
/// beside him; and a Title Case headline's verb, which is no word of an organisation's name. Sentences written for
/// these tests.
/// </summary>
public class Actors23Tests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    // ministries named by "affairs" or "home" are the state's government, as "foreign ministry" is
    [InlineData("Bangladesh's external affairs ministry protested the killing of two villagers.", "Bangladesh's external affairs ministry", "BGDGOV")]
    [InlineData("The foreign affairs ministry of Ghana summoned the envoy.", "foreign affairs ministry of Ghana", "GHAGOV")]
    [InlineData("Sri Lanka's foreign affairs ministry welcomed the ceasefire.", "Sri Lanka's foreign affairs ministry", "LKAGOV")]
    [InlineData("India's home ministry ordered more police to the state.", "India's home ministry", "INDGOV")]
    [InlineData("Pakistan's home minister blamed the blast on militants.", "Pakistan's home minister", "PAKGOV")]
    [InlineData("Russia's internal affairs ministry opened a case against the blogger.", "Russia's internal affairs ministry", "RUSGOV")]
    // an office tied to a body through a unit of it takes the body's code
    [InlineData("The chief of the press service for the Ministry of Defence of Ukraine said the drones were shot down.", "chief", "UKRGOV")]
    [InlineData("A spokesman for the press office of the Kenyan army said the camp was destroyed.", "spokesman", "KENMIL")]
    [InlineData("An official of the consular department of the Indian foreign ministry said the visas were ready.", "official", "INDGOV")]
    [InlineData("A spokeswoman for the media unit of the Nigerian police said the suspects were held.", "spokeswoman", "NGACOP")]
    // several heads of one body are that body's
    [InlineData("Leaders of the Zambian nurses' union said the strike would go on.", "Leaders", "ZMBHLH")]
    [InlineData("Leaders of the protest movement in Serbia said they would march again.", "Leaders", "SRBCVL")]
    [InlineData("Leaders of the Kenyan army met in Nairobi.", "Leaders", "KENMIL")]
    // a deputy holds an office of the body as its head does
    [InlineData("A deputy head of the Ugandan foreign ministry met the delegation.", "head of the Ugandan foreign ministry", "UGAGOV")]
    // a protest movement is civilians
    [InlineData("The protest movement in Georgia called for new elections.", "protest movement", "GEOCVL")]
    public void Codes_the_mention(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors23"), span, code);

    [Theory]
    // a state's envoy serves abroad: the state organs named beside him are not his country's
    [InlineData("The foreign ministry summoned the Danish ambassador to protest the cartoon.", "foreign ministry", "DNK")]
    [InlineData("The interior ministry expelled two Turkish diplomats.", "interior ministry", "TUR")]
    [InlineData("The foreign ministry handed a protest note to the Chinese envoy in Manila.", "foreign ministry", "CHN")]
    // the mention in a Title Case headline stops before the headline's verb
    [InlineData("Moderate Candidates in Malaysia Denounce Far-Right Party", "Malaysia Denounce Far-Right Party", "MYS")]
    public void Does_not_take_the_country(string text, string span, string notCode)
    {
        var doc = RunPipeline(text, Published, "actors23n");
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is null || !(m.Code ?? "").StartsWith(notCode, StringComparison.Ordinal), $"'{span}' took {notCode}: {Dump(doc)}");
    }

    [Theory]
    // an envoy's own embassy stays his country's
    [InlineData("The Danish ambassador said the embassy would stay open.", "embassy", "DNKGOV")]
    // the host state's ministry, placed by the city the envoy serves in
    [InlineData("The foreign ministry handed a protest note to the Chinese envoy in Manila.", "foreign ministry", "PHLGOV")]
    public void Keeps_the_envoys_own_bodies(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "actors23e"), span, code);
}
