using System.Globalization;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>Checks the code the actor lexicon gives a person on a date (the office, opposition role or elite status then).</summary>
internal static class PersonCodeAssert
{
    public static void CodedOn(string name, string date, string expected)
    {
        var lex = ActorLexicon.Default;
        Assert.True(lex.TryGetNames(name, out var entries), $"'{name}' is not in the lexicon");
        var person = Assert.Single(entries, e => e.Kind == NameKind.Person);
        var (code, _, note) = lex.PersonCode(person, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(expected == code, $"{name} on {date}: expected {expected}, got {code ?? "null"} ({note})");
    }
}
