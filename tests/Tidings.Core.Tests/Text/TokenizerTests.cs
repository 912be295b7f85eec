using System.Text;
using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Text;

public class TokenizerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Expected tokens are separated by " | ".
    [Theory]
    [InlineData("Syria’s ministers", "Syria | ’s | ministers")]
    [InlineData("Syria's army", "Syria | 's | army")]
    // Web text set off a possessive by a stray space; it is still the clitic, not a quote mark and a letter.
    [InlineData("Zambia ’s high court", "Zambia | ’s | high | court")]
    [InlineData("Ghana 's court", "Ghana | 's | court")]
    [InlineData("the word ’ s", "the | word | ’ | s")]
    [InlineData("the soldiers' families", "the | soldiers | ' | families")]
    [InlineData("I don't know", "I | do | n't | know")]
    [InlineData("We can't stop", "We | ca | n't | stop")]
    [InlineData("They won't go", "They | wo | n't | go")]
    [InlineData("It doesn’t matter", "It | does | n’t | matter")]
    [InlineData("we'll see, they're here, I've been, he'd go, I'm sure", "we | 'll | see | , | they | 're | here | , | I | 've | been | , | he | 'd | go | , | I | 'm | sure")]
    [InlineData("You cannot win", "You | can | not | win")]
    [InlineData("O'Brien and rock'n'roll", "O'Brien | and | rock'n'roll")]
    [InlineData("a high-level 14-year war", "a | high-level | 14-year | war")]
    [InlineData("1,500 troops and 3.5 percent", "1,500 | troops | and | 3.5 | percent")]
    [InlineData("at 10:30 on 2024-03-09", "at | 10:30 | on | 2024-03-09")]
    [InlineData("The U.S. and U.N. agreed.", "The | U.S. | and | U.N. | agreed | .")]
    // an abbreviation after a hyphen keeps its period; a single letter there does not
    [InlineData("The Iran-U.S. talks resumed.", "The | Iran-U.S. | talks | resumed | .")]
    [InlineData("They chose Plan-B.", "They | chose | Plan-B | .")]
    [InlineData("Gen. Smith met Dr. Jones of Acme Inc. in Jan. 2020", "Gen. | Smith | met | Dr. | Jones | of | Acme | Inc. | in | Jan. | 2020")]
    [InlineData("e.g. this, i.e. that", "e.g. | this | , | i.e. | that")]
    [InlineData("Jennifer M. Anderson", "Jennifer | M. | Anderson")]
    [InlineData("No. 5 said no.", "No. | 5 | said | no | .")]
    [InlineData("See https://example.org/a?b=1&c=(2). Then", "See | https://example.org/a?b=1&c=(2) | . | Then")]
    [InlineData("(see www.example.com)", "( | see | www.example.com | )")]
    [InlineData("mail press@example.org now", "mail | press@example.org | now")]
    [InlineData("@UN_News and #Syria trend", "@UN_News | and | #Syria | trend")]
    [InlineData("\"Yes,\" he said.", "\" | Yes | , | \" | he | said | .")]
    [InlineData("“Go home,” she said", "“ | Go | home | , | ” | she | said")]
    [InlineData("‘quoted’ word", "‘ | quoted | ’ | word")]
    [InlineData("war—and peace – or -- not", "war | — | and | peace | – | or | -- | not")]
    [InlineData("Wait... what…", "Wait | ... | what | …")]
    [InlineData("Really?! No!!", "Really | ?! | No | !!")]
    [InlineData("$5 million, €20 and £3bn", "$ | 5 | million | , | € | 20 | and | £ | 3bn")]
    [InlineData("up 15% today", "up | 15 | % | today")]
    [InlineData("(AFP) [sic] {x}", "( | AFP | ) | [ | sic | ] | { | x | }")]
    [InlineData("Ankara; Cairo: Tunis", "Ankara | ; | Cairo | : | Tunis")]
    [InlineData("Müller café naïve", "Müller | café | naïve")]
    [InlineData("cafe\u0301 ok", "cafe\u0301 | ok")]
    [InlineData("Путин встретился с Асадом.", "Путин | встретился | с | Асадом | .")]
    [InlineData("قال الرئيس", "قال | الرئيس")]
    [InlineData("great 👍 news 🇺🇸!", "great | 👍 | news | 🇺🇸 | !")]
    [InlineData("AT&T and S&P", "AT&T | and | S&P")]
    [InlineData("b/c and w/o", "b/c | and | w/o")]
    [InlineData("smile :) ok", "smile | :) | ok")]
    [InlineData("tab\tand\u00A0nbsp\u200Bzw", "tab | and | nbsp | zw")]
    public void Tokenizes(string text, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", Tokenizer.TokenStrings(text)));
    }

    [Theory]
    [InlineData("a 14-year war", "a | 14 | - | year | war")]
    [InlineData("anti-war e-mail 9-11", "anti-war | e-mail | 9-11")]
    [InlineData("Moscow/Kyiv and and/or", "Moscow | / | Kyiv | and | and | / | or")]
    public void Universal_dependencies_mode_splits_hyphenated_compounds(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", Tokenizer.TokenStrings(text, splitHyphens: true)));

    [Fact]
    public void Empty_and_blank_text_give_no_tokens()
    {
        Assert.Empty(Tokenizer.TokenStrings(""));
        Assert.Empty(Tokenizer.TokenStrings(" \n\t\r\n "));
    }

    [Fact]
    public void Offsets_are_shifted_by_the_offset_argument()
    {
        var list = new List<(int Start, int End)>();
        Tokenizer.Tokenize("Hi there", 100, list);
        Assert.Equal([(100, 102), (103, 108)], list);
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        var text = "𝒜𝒷𝒸 x😀y \uD83D";
        var list = new List<(int Start, int End)>();
        Tokenizer.Tokenize(text, 0, list);
        foreach (var (s, e) in list)
        {
            Assert.False(char.IsLowSurrogate(text[s]) && s > 0 && char.IsHighSurrogate(text[s - 1]), $"token starts inside a pair at {s}");
            Assert.False(e < text.Length && char.IsLowSurrogate(text[e]) && char.IsHighSurrogate(text[e - 1]), $"token ends inside a pair at {e}");
        }
    }

    [Fact]
    public void Five_megabytes_tokenize_quickly_without_exception()
    {
        var sb = new StringBuilder(5_200_000);
        var rnd = new Random(7);
        string[] words = ["Syria’s", "ministers", "met", "Putin", "in", "Moscow", "on", "Tuesday", ",", "U.S.", "officials", "said", "1,500",
                          "don't", "high-level", "—", "“quoted”", "http://x.org/a", "(AFP)", "$5", "...", "Gen.", "naïve", "😀", "\n\n"];
        while (sb.Length < 5_000_000)
        {
            sb.Append(words[rnd.Next(words.Length)]);
            sb.Append(rnd.Next(12) == 0 ? ". " : " ");
        }
        var text = sb.ToString();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        sw.Stop();
        output.WriteLine($"{text.Length:N0} chars, {doc.TokenCount:N0} tokens, {doc.SentenceCount:N0} sentences in {sw.ElapsedMilliseconds} ms: {text.Length / sw.Elapsed.TotalSeconds / 1e6:F1} M chars/s");
        Assert.True(doc.TokenCount > 500_000);
        Assert.True(doc.SentenceCount > 10_000);
        // Generous bound (2 shared cores, debug build): well over 1 M chars/s in practice.
        // Speed is measured by the benchmarks, not asserted here (shared, noisy machines).
    }

    [Fact]
    public void Process_keeps_sentences_inside_sections()
    {
        var article = new Article { Id = "a", Headline = "Leaders meet in Moscow", Body = "Putin met Assad. Talks went on." };
        var doc = Document.FromArticle(article);
        Tokenizer.Default.Process(doc);
        var sents = doc.Sentences().ToList();
        Assert.Equal(3, sents.Count);
        Assert.Equal(SectionKind.Headline, sents[0].Section);
        Assert.Equal("Leaders meet in Moscow", sents[0].Text);
        Assert.Equal("Putin met Assad.", sents[1].Text);
        Assert.Equal(SectionKind.Body, sents[2].Section);
    }

    [Fact]
    public void Overlapping_or_out_of_range_sections_do_not_throw()
    {
        var text = "One two. Three four.";
        var doc = new Document(text, null, [new Section(SectionKind.Body, 0, 8), new Section(SectionKind.Body, 4, 40), new Section(SectionKind.Deck, -5, 3)]);
        Tokenizer.Default.Process(doc);
        Assert.Equal(["One", "two", ".", "Three", "four", "."], Enumerable.Range(0, doc.TokenCount).Select(i => doc.Token(i).Text));
        Assert.Equal(doc.TokenCount, doc.Sentences().Sum(s => s.TokenCount));
    }

    [Fact]
    public void Component_declares_its_contract()
    {
        Assert.Equal("tokenizer", Tokenizer.Default.Name);
        Assert.Equal(Tidings.Pipeline.Annotation.None, Tokenizer.Default.Requires);
        Assert.Equal(Tidings.Pipeline.Annotation.Tokens | Tidings.Pipeline.Annotation.Sentences, Tokenizer.Default.Assigns);
        Assert.True(Abbreviations.Count > 100);
        Assert.Equal(AbbreviationKind.Title, Abbreviations.Lookup("Gen"));
    }
}
