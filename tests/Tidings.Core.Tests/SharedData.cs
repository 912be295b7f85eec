namespace Tidings.Tests;

/// <summary>
/// Finds the third-party corpora in <c>../shared</c> (beside the repository) or in <c>$TIDINGS_SHARED</c>.
/// Tests that need them call <see cref="SkipIfMissing"/> so that they report skipped, never passed, without it.
/// </summary>
public static class SharedData
{
    // Static initialisers run in text order: RepoRoot must be set before Root is computed from it.
    public static string? RepoRoot { get; } = FindRepo();

    public static string? Root { get; } = Find();

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("TIDINGS_SHARED");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        var repo = RepoRoot;
        if (repo is null) return null;
        var p = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
        return Directory.Exists(p) ? p : null;
    }


    private static string? FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Tidings.sln"))) return d.FullName;
        return null;
    }

    /// <summary>Full path of a file under shared/, e.g. "seed/moscow-visit.txt"; skips the test when absent.</summary>
    public static string PathOf(string relative)
    {
        Skip.If(Root is null, "../shared is absent (set TIDINGS_SHARED)");
        var p = Path.Combine(Root!, relative);
        Skip.If(!File.Exists(p) && !Directory.Exists(p), $"shared file {relative} is absent");
        return p;
    }
}
