using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// How the order a long input comes in changes the stories the pipeline's batch loop finds (what `storyline cluster`
/// runs): giveme5w1h fed in date order, outlet by outlet (as a directory of one file per outlet gives it), newest first,
/// or shuffled, in batches of a given size, scored as the clustering bench scores.
/// </summary>
internal sealed class InputOrderTask : IBenchTask
{
    public string Name => "clustering-order";

    public string Description => "giveme5w1h through the pipeline's batch loop in several input orders (args: [batch=N] [Option=value...])";

    /// <summary>The input orders compared: date (as the set comes), outlet by outlet, newest first, shuffled.</summary>
    public static readonly (string Name, Func<IReadOnlyList<RawDocument>, IEnumerable<RawDocument>> Order)[] Orders =
    [
        ("date", d => d),
        ("outlet", d => d.OrderBy(x => x.Hints.Source, StringComparer.Ordinal)), // stable: each outlet in date order
        ("newest first", d => d.Reverse()),
        ("shuffled", d =>
        {
            var shuffled = d.ToArray();
            new Random(ClusteringSets.DefaultSeed).Shuffle(shuffled);
            return shuffled;
        }),
    ];

    public int Run(IReadOnlyList<string> args)
    {
        var batch = args.FirstOrDefault(a => a.StartsWith("batch=", StringComparison.Ordinal)) is { } given
            ? int.Parse(given["batch=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            : 50;
        var options = OptionOverrides.Apply(ClusteringOptions.Default, args) with { MaxBatchArticles = batch };
        var set = ClusteringSets.Giveme();
        foreach (var (name, order) in Orders)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var scores = Score(set, order, options);
            Console.WriteLine(System.FormattableString.Invariant(
                $"{name,-13} batch {batch,5}: BP {scores.BCubedPrecision:F4} BR {scores.BCubedRecall:F4} BF {scores.BCubedF1:F4} PF {scores.PairF1:F4} ({scores.Predicted} stories, {started.Elapsed.TotalSeconds:F1}s)"));
        }

        return 0;
    }

    /// <summary>The set in the given order through the pipeline's batch loop (`storyline cluster`), scored by source id.</summary>
    public static ClusterScores Score(LabelledSet set, Func<IReadOnlyList<RawDocument>, IEnumerable<RawDocument>> order, ClusteringOptions options)
    {
        var pipeline = new StorylinePipeline(PipelineStages.CreateDefault() with { Clusterer = new StoryClusterer(options) });
        var stories = new List<IReadOnlyList<string>>();
        pipeline.GroupInto(order(set.Documents), stories.Add);
        var sourceOf = set.Documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d.SourceId).ToList(), StringComparer.Ordinal);
        var bySource = stories.Select(s => (IReadOnlyList<string>)[.. s.SelectMany(id => sourceOf[id])]).ToList();
        return ClusterScores.Score(bySource, set.Gold);
    }
}

/// <summary>CI floor: giveme5w1h through the batch loop in batches of 50, fed outlet by outlet and shuffled.</summary>
internal sealed class InputOrderGate : IQualityGate
{
    public string GateName => "clustering-order";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var set = ClusteringSets.Giveme();
        var options = ClusteringOptions.Default with { MaxBatchArticles = 50 };
        return InputOrderTask.Orders
            .Where(o => o.Name is "outlet" or "shuffled")
            .ToDictionary(o => o.Name + "_bcubed_f1", o => InputOrderTask.Score(set, o.Order, options).BCubedF1);
    }
}
