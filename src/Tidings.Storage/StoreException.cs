namespace Tidings.Storage;

/// <summary>A store could not be opened or written. <see cref="Path"/> names the database file.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string path, string message, Exception? inner = null) : base(message, inner) => Path = path;

    /// <summary>The database the failure concerns (":memory:" for an in-memory store).</summary>
    public string Path { get; }
}
