using Spectre.Console;
using Storyline.Pipeline;

namespace Storyline.Cli;

/// <summary>A progress bar on stderr, only for multi-item work watched by a person (stderr a terminal, no --quiet).</summary>
internal static class CliProgress
{
    public static T Run<T>(CliContext context, bool quiet, int items, Func<IProgress<PipelineProgress>?, T> work) =>
        Run(context, quiet || items < 2, work);

    /// <summary>Like the other overload, for work whose size is not known beforehand (input read as it goes).</summary>
    public static T Run<T>(CliContext context, bool quiet, Func<IProgress<PipelineProgress>?, T> work)
    {
        if (quiet || !context.StderrIsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progressContext => work(new StageBars(progressContext)));
    }

    /// <summary>One bar per pipeline stage; reports arrive from worker threads, so updates are locked.</summary>
    private sealed class StageBars(ProgressContext progressContext) : IProgress<PipelineProgress>
    {
        private readonly Dictionary<string, ProgressTask> bars = new(StringComparer.Ordinal);
        private readonly Lock gate = new();

        public void Report(PipelineProgress value)
        {
            lock (gate)
            {
                if (!bars.TryGetValue(value.Stage, out var bar))
                {
                    bar = progressContext.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                    bars[value.Stage] = bar;
                }

                bar.MaxValue = Math.Max(1, value.Total);
                bar.Value = value.Total == 0 ? 1 : value.Done;
            }
        }
    }
}
