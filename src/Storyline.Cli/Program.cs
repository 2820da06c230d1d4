using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

/// <summary>The `storyline` command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var context = new CliContext(Console.In, Console.Out, Console.Error, StderrIsTerminal: !Console.IsErrorRedirected);
        return Run(args, context);
    }

    /// <summary>Runs a command line in-process against the given streams (what tests call).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdin, stdout, stderr, StderrIsTerminal: false));

    internal static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Storyline: turns many reports of the same events into cited briefs.");
        root.Options.Add(CommonOptions.Quiet());
        root.Subcommands.Add(DigestCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(StoriesCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(CleanCommand.Create(context));
        root.Subcommands.Add(ClusterCommand.Create(context));
        root.Subcommands.Add(SummarizeCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(TokenCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                CliErrors.Report(context.Stderr, "usage", string.Join(" ", error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
            }

            context.Stderr.WriteLine("Try 'storyline --help'.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr, EnableDefaultExceptionHandler = false });
    }
}
