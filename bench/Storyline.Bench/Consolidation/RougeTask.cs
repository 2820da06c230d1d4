using System.Diagnostics;
using System.Globalization;

namespace Storyline.Bench.Consolidation;

/// <summary>ROUGE-1/2 of our summaries on the Multi-News sample (`rouge [--words N] [--limit K]`).</summary>
internal sealed class RougeTask : IBenchTask
{
    public string Name => "rouge";

    public string Description => "ROUGE-1/2 (1.5.5 -n 2 -m -l N) of digest summaries on multinews_val_sample250; --words N (300), --limit K, --peer-limit-only";

    public int Run(IReadOnlyList<string> args)
    {
        var words = TaskArgs.Int(args, "--words") ?? 300;
        var clusters = MultiNews.Read(TaskArgs.Int(args, "--limit"));
        var timer = Stopwatch.StartNew();
        // Options can be overridden to compare settings; the defaults are what the product ships.
        var options = Storyline.Consolidation.ConsolidationOptions.Default with
        {
            LeadBonus = TaskArgs.Real(args, "--lead") ?? Storyline.Consolidation.ConsolidationOptions.Default.LeadBonus,
            LengthPenalty = TaskArgs.Real(args, "--length-penalty") ?? Storyline.Consolidation.ConsolidationOptions.Default.LengthPenalty,
            SupportWeight = TaskArgs.Real(args, "--support") ?? Storyline.Consolidation.ConsolidationOptions.Default.SupportWeight,
            RedundancyThreshold = TaskArgs.Real(args, "--redundancy") ?? Storyline.Consolidation.ConsolidationOptions.Default.RedundancyThreshold,
            MinSummarySentenceWords = TaskArgs.Int(args, "--min-words") ?? Storyline.Consolidation.ConsolidationOptions.Default.MinSummarySentenceWords,
        };
        var limitReferences = !args.Contains("--peer-limit-only");
        var (r1, r2) = MultiNews.Evaluate(clusters, words, options, limitReferences);
        Console.WriteLine($"rouge on {clusters.Count} Multi-News clusters at {words} words{(limitReferences ? "" : " (limit on peers only)")} ({timer.Elapsed.TotalSeconds:F1}s)");
        Console.WriteLine($"  ROUGE-1  R {Rouge.Percent(r1.Recall)}  P {Rouge.Percent(r1.Precision)}  F1 {Rouge.Percent(r1.F1)}");
        Console.WriteLine($"  ROUGE-2  R {Rouge.Percent(r2.Recall)}  P {Rouge.Percent(r2.Precision)}  F1 {Rouge.Percent(r2.F1)}");
        return 0;
    }
}

/// <summary>CI floor: ROUGE F1 at 300 words on the first 40 Multi-News clusters.</summary>
internal sealed class RougeGate : IQualityGate
{
    public string GateName => "rouge";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var (r1, r2) = MultiNews.Evaluate(MultiNews.Read(40), 300);
        return new Dictionary<string, double> { ["rouge1_f1"] = 100 * r1.F1, ["rouge2_f1"] = 100 * r2.F1 };
    }
}
