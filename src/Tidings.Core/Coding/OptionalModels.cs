namespace Tidings.Coding;

/// <summary>
/// What the coder's optional learned models share (the event scorer, decision 029; the learned triggers, 144; the target
/// chooser, 145): an environment switch that overrides a default, and an embedded model file that may be missing or
/// unreadable without stopping the coder.
/// </summary>
internal static class OptionalModels
{
    /// <summary>The switch <paramref name="variable"/> when set to a known value (1/on/true/yes, 0/off/false/no, any case),
    /// else <paramref name="onByDefault"/>.</summary>
    public static bool IsOn(string variable, bool onByDefault) =>
        Environment.GetEnvironmentVariable(variable)?.Trim().ToLowerInvariant() switch
        {
            "1" or "on" or "true" or "yes" => true,
            "0" or "off" or "false" or "no" => false,
            _ => onByDefault,
        };

    /// <summary>
    /// The embedded model at <paramref name="embeddedPath"/> read by <paramref name="load"/>, or null when the build has none
    /// or it cannot be read: then one warning naming <paramref name="what"/> goes to stderr and the coder runs without it.
    /// </summary>
    public static T? LoadEmbedded<T>(string embeddedPath, string what, Func<Stream, string, T> load) where T : class
    {
        Stream s;
        try { s = DataFiles.Open(embeddedPath); }
        catch (FileNotFoundException) { return null; }
        try
        {
            using (s) return load(s, embeddedPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"warning: {what} not used: {e.Message}");
            return null;
        }
    }
}
