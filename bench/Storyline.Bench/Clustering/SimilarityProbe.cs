using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>How well the clusterer's article similarity separates same-event pairs, independent of the stream: nearest-neighbour accuracy and pair-threshold F1.</summary>
internal sealed class SimilarityProbeTask : IBenchTask
{
    public string Name => "clustering-probe";

    public string Description => "similarity diagnostics: nearest-neighbour accuracy and best pair threshold (args: giveme|multinews [Option=value...])";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        var options = OptionOverrides.Apply(ClusteringOptions.Default, args);
        var space = new FeatureSpace(options);
        var vectors = articles.Select(a => space.Observe(a)).ToList();
        var weighted = vectors.Select(v =>
        {
            var map = new Dictionary<int, double>();
            for (var i = 0; i < v.Ids.Length; i++)
            {
                map[v.Ids[i]] = v.Weights[i] * space.Idf(v.Ids[i]);
            }

            var norm = Math.Sqrt(map.Values.Sum(x => x * x));
            return map.ToDictionary(kv => kv.Key, kv => norm == 0 ? 0 : kv.Value / norm);
        }).ToList();
        var gold = articles.Select(a => set.Gold[a.Article.SourceId]).ToList();
        var pairs = new List<(double Sim, bool Same)>();
        int nnRight = 0, nnTotal = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            var best = (Sim: -1.0, Index: -1);
            for (var j = 0; j < articles.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var sim = weighted[i].Sum(kv => weighted[j].TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
                if (j > i)
                {
                    pairs.Add((sim, gold[i] == gold[j]));
                }

                if (sim > best.Sim)
                {
                    best = (sim, j);
                }
            }

            if (gold.Count(g => g == gold[i]) > 1)
            {
                nnTotal++;
                nnRight += gold[best.Index] == gold[i] ? 1 : 0;
            }
        }

        Console.WriteLine($"nearest neighbour same event: {nnRight}/{nnTotal} = {(double)nnRight / nnTotal:F4}");
        var positives = pairs.Count(p => p.Same);
        foreach (var threshold in new[] { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5 })
        {
            var tp = pairs.Count(p => p.Same && p.Sim >= threshold);
            var fp = pairs.Count(p => !p.Same && p.Sim >= threshold);
            Console.WriteLine(System.FormattableString.Invariant($"pair threshold {threshold:F2}: P {(double)tp / Math.Max(1, tp + fp):F3} R {(double)tp / positives:F3}"));
        }

        return 0;
    }
}
