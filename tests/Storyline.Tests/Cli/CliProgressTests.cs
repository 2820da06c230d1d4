using Storyline.Cli;
using Storyline.Pipeline;

namespace Storyline.Tests.Cli;

public class CliProgressTests
{
    private static CliContext Context(TextWriter stderr, bool terminal) =>
        new(new StringReader(string.Empty), new StringWriter(), stderr, terminal);

    [Fact]
    public void Run_StderrTerminalManyItems_ReportsReachWorkAndResultReturned()
    {
        var stderr = new StringWriter();
        IProgress<PipelineProgress>? seen = null;
        var result = CliProgress.Run(Context(stderr, terminal: true), quiet: false, items: 3, progress =>
        {
            seen = progress;
            for (var i = 0; i <= 3; i++)
            {
                progress?.Report(new PipelineProgress("clean", i, 3));
            }

            return 42;
        });
        Assert.Equal(42, result);
        Assert.NotNull(seen);
    }

    [Theory]
    [InlineData(true, true, 5)]
    [InlineData(false, false, 5)]
    [InlineData(false, true, 1)]
    public void Run_QuietOrNotTerminalOrSingleItem_NoProgressNothingOnStderr(bool quiet, bool terminal, int items)
    {
        var stderr = new StringWriter();
        var got = CliProgress.Run(Context(stderr, terminal), quiet, items, progress => progress);
        Assert.Null(got);
        Assert.Equal(string.Empty, stderr.ToString());
    }
}
