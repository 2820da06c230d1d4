namespace Storyline.Cli;

/// <summary>The streams a command reads and writes, so every command runs in-process in tests.</summary>
/// <param name="Stdin">Standard input (what <c>-</c> reads).</param>
/// <param name="Stdout">Results.</param>
/// <param name="Stderr">One-line errors and the progress bar.</param>
/// <param name="StderrIsTerminal">Whether a person watches stderr, so a progress bar makes sense.</param>
internal sealed record CliContext(TextReader Stdin, TextWriter Stdout, TextWriter Stderr, bool StderrIsTerminal);

/// <summary>A command line that parsed but makes no sense (exit code 2).</summary>
/// <param name="message">What is wrong, in one line.</param>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A failure that ends a command with one line on stderr and exit code 1 (no stack trace).</summary>
/// <param name="origin">The input or file concerned.</param>
/// <param name="message">What is wrong, in one line.</param>
internal sealed class CommandFailedException(string origin, string message) : Exception(message)
{
    /// <summary>The input or file concerned.</summary>
    public string Origin { get; } = origin;
}
