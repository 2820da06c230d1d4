using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>Prints the predicted stories of a set with each article's gold event and title, for error analysis.</summary>
internal sealed class ClusteringDumpTask : IBenchTask
{
    public string Name => "clustering-dump";

    public string Description => "clustering error analysis: predicted stories with gold labels (args: giveme|giveme-bare|multinews|mn-even|mn-odd [shuffle=SEED] [Option=value...])";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        var clusterer = new StoryClusterer(OptionOverrides.Apply(ClusteringOptions.Default, args));
        var byId = articles.ToDictionary(a => a.Id);
        var stream = clusterer.ClusterStream(articles, stages.Reuse.Detect(articles));
        foreach (var group in stream.Snapshot().OrderByDescending(g => g.Count))
        {
            var labels = group.Select(id => set.Gold[byId[id].Article.SourceId]).ToList();
            Console.WriteLine(System.FormattableString.Invariant(
                $"--- {group.Count} articles, gold {string.Join(',', labels.GroupBy(l => l).Select(g => $"{g.Key}x{g.Count()}"))}, cohesion {stream.CohesionOf(group[0]):F3}"));
            foreach (var id in group)
            {
                var a = byId[id].Article;
                var head = (a.Title ?? a.Text).ReplaceLineEndings(" ");
                Console.WriteLine($"  {set.Gold[a.SourceId],-5} {a.Published:yyyy-MM-dd} {head[..Math.Min(100, head.Length)]}");
            }
        }

        return 0;
    }
}
