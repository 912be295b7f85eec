using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 45 (actors45): a counterpart holds the office of the foreign actor it answers to; a one-word outlet name is no
/// outlet inside a longer capitalised name; the adjective of a people that lives in one country gives that country but
/// not its state (its gunmen are REB, its leaders CVL); an office's bureau of an organisation is the organisation; and
/// rows for actors news names often that the lexicon lacked. Sentences written for these tests.
/// </summary>
public class Actors45Tests
{
    private static readonly DateOnly Date = new(2025, 9, 16);

    private static void AssertSpan(string text, string span, string code)
    {
        var doc = RunPipeline(text, Date, "a45");
        var m = Assert.Single(doc.Actors, a => a.Tokens.TextIn(doc) == span);
        Assert.Equal(code, m.Code);
    }

    [Theory]
    // the counterpart of police, prosecutors, an army or a legislature holds that office in its own country
    [InlineData("Kenyan police said they had arrested the suspects with help from their Tanzanian counterparts.", "Tanzanian counterparts", "TZACOP")]
    [InlineData("Greek prosecutors met their Albanian counterparts in Tirana to discuss the smuggling case.", "Albanian counterparts", "ALBJUD")]
    [InlineData("Indian army commanders held talks with their Chinese counterparts at the border on Monday.", "Chinese counterparts", "CHNMIL")]
    // a counterpart of a minister, or one with no earlier actor of another country, keeps the row's GOV
    [InlineData("Ghana's foreign minister met his Togolese counterpart in Lome.", "Togolese counterpart", "TGOGOV")]
    [InlineData("Turkish counterparts arrived in Baku on Monday.", "Turkish counterparts", "TURGOV")]
    // an armed group has no counterparts: the row stands
    [InlineData("Houthi rebels said they had spoken to their Saudi counterparts.", "Saudi counterparts", "SAUGOV")]
    public void A_counterpart_holds_the_office_it_answers_to(string text, string span, string code) => AssertSpan(text, span, code);

    [Theory]
    // "Liberation" (the French daily, accent folded) inside a longer capitalised name is part of that name
    [InlineData("Members of the Casamance Liberation Movement attacked an army post near Ziguinchor.", "Liberation")]
    [InlineData("The Sahel Liberation Front claimed the attack on Sunday.", "Liberation")]
    public void An_outlet_word_inside_a_longer_name_is_no_outlet(string text, string word)
    {
        var doc = RunPipeline(text, Date, "a45b");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == word && a.Code is { } c && c.EndsWith("MED", StringComparison.Ordinal));
    }

    [Fact]
    public void The_outlet_alone_is_still_the_outlet() =>
        AssertSpan("Liberation reported on Tuesday that the minister would resign.", "Liberation", "FRAMED");

    [Theory]
    // a people's adjective gives its country; armed men are an armed group, leaders civilians; other roles stand
    [InlineData("Alawite gunmen ambushed a patrol near Latakia.", "Alawite gunmen", "SYRREB")]
    [InlineData("Tigrayan forces withdrew from two towns on Friday.", "Tigrayan forces", "ETHREB")]
    [InlineData("Rohingya leaders appealed for more food in the camps near Cox's Bazar.", "Rohingya leaders", "MMRCVL")]
    [InlineData("Uyghur activists protested outside the embassy in Ankara.", "Uyghur activists", "CHNCVL")]
    [InlineData("Masalit civilians fled across the border into Chad.", "Masalit civilians", "SDNCVL")]
    [InlineData("Rohingya refugees boarded a boat in Bangladesh.", "Rohingya refugees", "MMRREF")]
    // the state's own adjective keeps the state's forces
    [InlineData("Ethiopian forces withdrew from two towns on Friday.", "Ethiopian forces", "ETHMIL")]
    public void A_peoples_adjective_gives_the_country_not_the_state(string text, string span, string code) => AssertSpan(text, span, code);

    [Theory]
    [InlineData("The prosecutor's office of the International Criminal Court opened an inquiry into the killings in Darfur.", "prosecutor's office of the International Criminal Court", "IGOJUDICC")]
    public void An_offices_bureau_of_an_organisation_is_the_organisation(string text, string span, string code) => AssertSpan(text, span, code);

    [Theory]
    [InlineData("The Carter Center said the vote count lacked transparency.", "Carter Center", "NGO")]
    [InlineData("The Black Sea Fleet moved two frigates out of Novorossiysk.", "Black Sea Fleet", "RUSMIL")]
    [InlineData("The FNSEA called on farmers to block roads around Paris.", "FNSEA", "FRAAGR")]
    [InlineData("The Human Rights Commission of Pakistan condemned the arrests in Quetta.", "Human Rights Commission of Pakistan", "NGOHRI")]
    [InlineData("Fighters of the Shan State Army seized a hill near Lashio.", "Shan State Army", "MMRREB")]
    [InlineData("The Oromo Liberation Front said it would join the talks.", "Oromo Liberation Front", "ETHREB")]
    [InlineData("Elders in northern Kenya threatened to retaliate against the cattle raiders.", "Elders", "KENCVL")]
    public void Rows_for_often_named_actors(string text, string span, string code) => AssertSpan(text, span, code);

    [Fact]
    public void The_center_after_the_Carter_Center_is_that_ngo()
    {
        var doc = RunPipeline("Observers from the Carter Center watched the vote in Lusaka. The Center said turnout was low.", Date, "a45d");
        Assert.All(doc.Actors.Where(a => a.Tokens.TextIn(doc) is "Carter Center" or "Center"), a => Assert.Equal("NGO", a.Code));
        Assert.DoesNotContain(doc.Actors, a => a.Code is { } c && c.EndsWith("GOV", StringComparison.Ordinal));
    }

    // a crowd counted in words with one describing word before "people" acts as the crowd does
    [Theory]
    [InlineData("Thousands of Indigenous people marched through Brasilia on Tuesday to demand land rights.", true)]
    [InlineData("Hundreds of unemployed people rallied in Nairobi against the finance bill.", true)]
    // victims stay no mention: a passive or a place after the crowd
    [InlineData("Thousands of displaced people were moved to camps near Goma.", false)]
    public void A_counted_crowd_with_a_describing_word_acts(string text, bool mention)
    {
        var doc = RunPipeline(text, Date, "a45c");
        var m = doc.Actors.Where(a => a.Tokens.TextIn(doc) == "people").ToList();
        if (!mention) { Assert.Empty(m); return; }
        var one = Assert.Single(m);
        Assert.EndsWith("CVL", one.Code);
    }
}
