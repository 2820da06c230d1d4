using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Bench.Language;

/// <summary>BenchmarkDotNet: one annotation of each of the first 1,000 news articles of the speed task (giveme5w1h, then Multi-News) per operation (in process, short run).</summary>
[MemoryDiagnoser]
public class LanguageBenchmark
{
    private readonly Annotator annotator = new(LanguageOptions.Default);
    private List<Article> articles = [];

    /// <summary>Loads the articles once.</summary>
    [GlobalSetup]
    public void Setup() => articles = [.. LanguageSpeedTask.LoadArticles().Take(1000)];

    /// <summary>Annotates the 1,000 articles; the reported mean is per article.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Annotate()
    {
        var n = 0;
        foreach (var a in articles)
        {
            n += annotator.Annotate(a).Annotations.Sentences.Length;
        }

        return n;
    }
}

/// <summary>Runs <see cref="LanguageBenchmark"/> with BenchmarkDotNet.</summary>
internal sealed class LanguageBenchmarkTask : IBenchTask
{
    public string Name => "language-bdn";

    public string Description => "BenchmarkDotNet short run of the annotator (mean time per article; in-process)";

    public int Run(IReadOnlyList<string> args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<LanguageBenchmark>(config);
        return summary.HasCriticalValidationErrors ? 1 : 0;
    }
}
