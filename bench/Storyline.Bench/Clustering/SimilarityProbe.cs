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

/// <summary>The stream's own similarity (channels, time) between articles: nearest-neighbour accuracy and how far each article's own event stands above the rest.</summary>
internal sealed class StreamSimilarityProbeTask : IBenchTask
{
    public string Name => "clustering-nn";

    public string Description => "stream similarity diagnostics on both sets: nearest neighbour same event, own-event best vs other best [Option=value...]";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        foreach (var name in new[] { "giveme", "multinews" })
        {
            var (set, articles) = LabelledSet.FromArgs([name], stages);
            var stream = new StoryStream(OptionOverrides.Apply(ClusteringOptions.Default, args));
            stream.LearnDocumentFrequencies(articles);
            var matrix = stream.SimilarityMatrix(articles);
            var gold = articles.Select(a => set.Gold[a.Article.SourceId]).ToList();
            int right = 0, total = 0, low = 0;
            double margin = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                if (gold.Count(g => g == gold[i]) < 2)
                {
                    continue;
                }

                double own = 0, other = 0;
                for (var j = 0; j < articles.Count; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    if (gold[j] == gold[i])
                    {
                        own = Math.Max(own, matrix[i][j]);
                    }
                    else
                    {
                        other = Math.Max(other, matrix[i][j]);
                    }
                }

                total++;
                right += own > other ? 1 : 0;
                low += own < 0.1 ? 1 : 0;
                margin += own - other;
            }

            Console.WriteLine(System.FormattableString.Invariant($"{set.Name,-11} nearest neighbour same event {right}/{total} = {(double)right / total:F4}; own best < 0.1: {low}; mean margin {margin / total:F4}"));
        }

        return 0;
    }
}
