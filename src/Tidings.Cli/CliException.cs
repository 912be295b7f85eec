namespace Tidings.Cli;

/// <summary>An error the user can act on; printed as one line, with <see cref="ExitCode"/> as the process exit code.</summary>
public sealed class CliException(string message, int exitCode = 2, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
