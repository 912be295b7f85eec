using System.Reflection;

namespace Tidings;

/// <summary>
/// Opens the lexicons and tables under <c>data/</c>. They are compiled into this assembly; when the
/// environment variable <c>TIDINGS_DATA</c> names a folder, files there take precedence, so users can
/// edit a lexicon without rebuilding.
/// </summary>
public static class DataFiles
{
    public const string OverrideVariable = "TIDINGS_DATA";

    /// <summary>Opens <paramref name="relativePath"/> (e.g. "actors/countries.tsv") or throws <see cref="FileNotFoundException"/>.</summary>
    public static Stream Open(string relativePath)
    {
        var rel = relativePath.Replace('\\', '/').TrimStart('/');
        var overrideDir = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(overrideDir))
        {
            var p = Path.Combine(overrideDir, rel);
            if (File.Exists(p)) return File.OpenRead(p);
        }
        var s = typeof(DataFiles).Assembly.GetManifestResourceStream("data/" + rel);
        return s ?? throw new FileNotFoundException($"data file '{rel}' is not embedded in Tidings.Core and not under ${OverrideVariable}", rel);
    }

    public static TextReader OpenText(string relativePath) => new StreamReader(Open(relativePath));

    /// <summary>Every embedded data file, as relative paths.</summary>
    public static IEnumerable<string> List() =>
        typeof(DataFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("data/", StringComparison.Ordinal))
            .Select(n => n["data/".Length..])
            .Order(StringComparer.Ordinal);
}
