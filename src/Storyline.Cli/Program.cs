using System.CommandLine;

namespace Storyline.Cli;

/// <summary>The `storyline` command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Storyline: turns many reports of the same events into cited briefs.");
        return root.Parse(args).Invoke();
    }
}
