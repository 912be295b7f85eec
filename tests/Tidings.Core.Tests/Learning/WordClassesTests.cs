using Tidings.Learning;
using Xunit;

namespace Tidings.Tests.Learning;

public class WordClassesTests
{
    // A toy corpus in which city names and person names each share their contexts.
    private static List<IReadOnlyList<string>> Corpus()
    {
        string[] cities = ["paris", "lima", "cairo", "hanoi", "quito", "oslo"], people = ["ana", "omar", "wei", "sara", "ivan", "lena"];
        var rng = new Random(3);
        var corpus = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 400; i++)
        {
            string c = cities[rng.Next(cities.Length)], p = people[rng.Next(people.Length)];
            corpus.Add(rng.Next(2) == 0 ? ["she", "flew", "to", c, "on", "monday", "."] : ["we", "met", p, "and", "talked", "."]);
            corpus.Add(["the", "mayor", "of", c, "thanked", p, "."]);
        }
        return corpus;
    }

    [Fact]
    public void Words_of_the_same_contexts_share_a_class()
    {
        var classes = WordClasses.Train(Corpus(), 8, 2, 10, null);
        int city = classes.ClassOf("paris"), person = classes.ClassOf("ana");
        Assert.All(new[] { "lima", "cairo", "hanoi", "quito", "oslo" }, w => Assert.Equal(city, classes.ClassOf(w)));
        Assert.All(new[] { "omar", "wei", "sara", "ivan", "lena" }, w => Assert.Equal(person, classes.ClassOf(w)));
        Assert.NotEqual(city, person);
        Assert.Equal(-1, classes.ClassOf("unseen"));
    }

    [Fact]
    public void Training_is_repeatable()
    {
        var a = WordClasses.Train(Corpus(), 8, 2, 10, null);
        var b = WordClasses.Train(Corpus(), 8, 2, 10, null);
        foreach (var w in new[] { "paris", "ana", "the", "mayor", "." }) Assert.Equal(a.ClassOf(w), b.ClassOf(w));
    }

    [Fact]
    public void Joined_clusterings_round_trip_through_the_file_format()
    {
        var joined = WordClasses.Train(Corpus(), 8, 2, 10, null).Join(WordClasses.Train(Corpus(), 4, 2, 10, null));
        var w = new StringWriter();
        joined.Write(w, ["test"]);
        var back = WordClasses.Read(new StringReader(w.ToString()));
        Assert.Equal(2, back.Clusterings);
        Assert.Equal(joined.WordCount, back.WordCount);
        foreach (var word in new[] { "paris", "ana", "flew" })
        {
            Assert.Equal(joined.ClassOf(word, 0), back.ClassOf(word, 0));
            Assert.Equal(joined.ClassOf(word, 1), back.ClassOf(word, 1));
        }
        Assert.Throws<InvalidDataException>(() => WordClasses.Read(new StringReader("paris\tx\n")));
        // "# " is a comment; a word may start with '#'
        Assert.Equal(3, WordClasses.Read(new StringReader("# header\n#\t3\n#iraq\t4\n")).ClassOf("#"));
    }

    [Theory]
    [InlineData("Obama", "obama")]
    [InlineData("COVID-19", "covid-00")]
    [InlineData("", "")]
    public void Normalize_lowercases_and_folds_digits(string word, string expected) =>
        Assert.Equal(expected, WordClasses.Normalize(word));
}
