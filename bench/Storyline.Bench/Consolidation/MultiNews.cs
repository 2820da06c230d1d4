using System.Text.Json;
using Storyline.Consolidation;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Consolidation;

/// <summary>One Multi-News cluster: reports of one story and the reference summary.</summary>
internal sealed record MultiNewsCluster(int Index, IReadOnlyList<string> Documents, string Summary);

/// <summary>Reads the Multi-News sample and summarises its clusters the way `digest` and `summarize` do.</summary>
internal static class MultiNews
{
    public static List<MultiNewsCluster> Read(int? limit = null)
    {
        var path = SharedData.Data("summaries", "multinews_val_sample250.jsonl");
        var clusters = new List<MultiNewsCluster>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            clusters.Add(new MultiNewsCluster(
                root.GetProperty("idx").GetInt32(),
                [.. root.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? string.Empty)],
                root.GetProperty("summary").GetString() ?? string.Empty));
            if (clusters.Count == limit)
            {
                break;
            }
        }

        return clusters;
    }

    /// <summary>The summary of a cluster through the production pipeline, each document a plain-text report.</summary>
    public static string Summarise(MultiNewsCluster cluster, int words, ConsolidationOptions? options = null)
    {
        var pipeline = new StorylinePipeline(PipelineStages.CreateDefault() with
        {
            Briefs = new BriefBuilder((options ?? ConsolidationOptions.Default) with { SummaryWords = words }),
        });
        var documents = cluster.Documents
            .Select((text, i) => RawDocument.Create(text, $"{cluster.Index}-{i}", $"multinews:{cluster.Index}/{i}", SourceFormat.Text))
            .ToList();
        var digested = pipeline.RunAsOneStory(documents);
        return string.Join(' ', digested.Brief.Summary.Select(s => s.Text));
    }

    /// <summary>Mean ROUGE-1/2 over clusters at a word limit.</summary>
    public static (RougeScore R1, RougeScore R2) Evaluate(IReadOnlyList<MultiNewsCluster> clusters, int words, ConsolidationOptions? options = null, bool limitReferences = true)
    {
        var rouge = new Rouge(Rouge.ReadExceptions(SharedData.Data("summaries", "wordnet-2.0-exc.tsv")), words, limitReferences);
        var scores = new (RougeScore, RougeScore)[clusters.Count];
        Parallel.For(0, clusters.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var summary = Summarise(clusters[i], words, options);
            scores[i] = (rouge.Score(summary, [clusters[i].Summary], 1), rouge.Score(summary, [clusters[i].Summary], 2));
        });
        return (Mean(scores.Select(s => s.Item1)), Mean(scores.Select(s => s.Item2)));
    }

    private static RougeScore Mean(IEnumerable<RougeScore> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? default : new RougeScore(list.Average(s => s.Recall), list.Average(s => s.Precision), list.Average(s => s.F1));
    }
}
