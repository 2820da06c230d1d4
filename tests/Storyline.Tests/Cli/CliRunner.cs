using Storyline.Cli;

namespace Storyline.Tests.Cli;

/// <summary>What one in-process run of the `storyline` command gave.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the command line with the given standard input.</summary>
    public static CliRun WithStdin(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, new StringReader(stdin ?? string.Empty), stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Of(params string[] args) => WithStdin(null, args);
}
