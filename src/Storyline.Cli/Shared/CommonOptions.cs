using System.CommandLine;
using System.Data.Common;
using System.Text.Json;

namespace Storyline.Cli;

/// <summary>Options several commands share, and the boundary every command action runs inside.</summary>
internal static class CommonOptions
{
    /// <summary>How the input paths of every reading command are described.</summary>
    public const string InputsDescription = "Report files, directories (read recursively), JSON Lines files, or - for standard input.";

    /// <summary>The store file when <c>--db</c> is not given.</summary>
    public const string DefaultDatabase = "storyline.db";

    /// <summary>The name of the <c>--quiet</c> option.</summary>
    public const string QuietName = "--quiet";

    /// <summary>
    /// A new <c>--quiet</c> option (no progress bar), valid on every command. A new instance per
    /// command tree: an option object belongs to the tree it is added to.
    /// </summary>
    public static Option<bool> Quiet() => new(QuietName, "-q")
    {
        Description = "No progress bar on stderr.",
        Recursive = true,
    };

    /// <summary>Whether <c>--quiet</c> was given.</summary>
    public static bool IsQuiet(ParseResult parsed) => parsed.GetValue<bool>(QuietName);

    /// <summary>A <c>--db FILE</c> option; with a default for commands that always use a store.</summary>
    public static Option<string?> Database(bool withDefault) => new("--db")
    {
        Description = withDefault ? $"The SQLite store (default ./{DefaultDatabase})." : "Also save the results to this SQLite store.",
        DefaultValueFactory = withDefault ? _ => DefaultDatabase : _ => null,
    };

    /// <summary>The input paths argument: files, directories (recursive), or - for standard input.</summary>
    public static Argument<string[]> Paths(string description = InputsDescription)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };

        // The parser hands an unknown "--flag" to a many-valued argument; a mistyped option must be a
        // usage error, not a missing file. A file whose name starts with "-" is given as ./-name.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return paths;
    }

    /// <summary>
    /// Runs a command's body at the command boundary: a user's mistake or an unreadable file ends the
    /// command with one line on stderr, never a stack trace.
    /// </summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            CliErrors.Report(context.Stderr, "usage", e.Message);
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            CliErrors.Report(context.Stderr, e.Origin, e.Message);
            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or JsonException or InvalidOperationException)
        {
            CliErrors.Report(context.Stderr, "error", OneLine(e.Message));
            return ExitCodes.SomeInputsFailed;
        }
#pragma warning disable CA1031 // The command boundary: a bug in a stage must still end in one line, not a trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CliErrors.Report(context.Stderr, "internal error", $"{e.GetType().Name}: {OneLine(e.Message)} (set STORYLINE_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("STORYLINE_DEBUG") == "1")
            {
                context.Stderr.WriteLine(e);
            }

            return ExitCodes.SomeInputsFailed;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
