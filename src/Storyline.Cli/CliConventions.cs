namespace Storyline.Cli;

/// <summary>Exit codes of every `storyline` command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed; each was named on stderr in one line; the rest was processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}

/// <summary>How commands report problems: one line on stderr naming the input, never a stack trace.</summary>
internal static class CliErrors
{
    /// <summary>Writes "storyline: ORIGIN: MESSAGE" to stderr.</summary>
    public static void Report(TextWriter stderr, string origin, string message) =>
        stderr.WriteLine($"storyline: {origin}: {message}");

    /// <summary>Writes a stage's warning, which already opens with the input it concerns, as "storyline: ORIGIN: MESSAGE".</summary>
    public static void Warn(TextWriter stderr, string warning) =>
        stderr.WriteLine($"storyline: {warning}");
}
