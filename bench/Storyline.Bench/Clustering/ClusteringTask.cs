using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>Pairwise and BCubed F1 of story clustering on giveme5w1h and the Multi-News stream, through the default pipeline stages.</summary>
internal sealed class ClusteringTask : IBenchTask
{
    public string Name => "clustering";

    public string Description => "story clustering: pairwise and BCubed F1 on giveme5w1h (383) and Multi-News (250 stories, then its even and odd halves)";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault() with { Clusterer = new StoryClusterer(OptionOverrides.Apply(ClusteringOptions.Default, args)) };
        foreach (var set in new[] { ClusteringSets.Giveme(), ClusteringSets.MultiNews(), ClusteringSets.MultiNews(parity: 0), ClusteringSets.MultiNews(parity: 1) })
        {
            var (scores, elapsed) = set.Run(stages);
            Console.WriteLine($"{set.Name,-11} {scores}  ({elapsed.TotalSeconds:F1}s)");
        }

        return 0;
    }
}

/// <summary>CI floor: BCubed and pairwise F1 on the first 150 giveme5w1h articles and 60 Multi-News stories.</summary>
internal sealed class ClusteringGate : IQualityGate
{
    public string GateName => "clustering";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var stages = PipelineStages.CreateDefault();
        var giveme = ClusteringSets.Giveme(150).Run(stages).Scores;
        var multi = ClusteringSets.MultiNews(60).Run(stages).Scores;
        return new Dictionary<string, double>
        {
            ["giveme_bcubed_f1"] = giveme.BCubedF1,
            ["giveme_pairwise_f1"] = giveme.PairF1,
            ["multinews_bcubed_f1"] = multi.BCubedF1,
            ["multinews_pairwise_f1"] = multi.PairF1,
        };
    }
}
