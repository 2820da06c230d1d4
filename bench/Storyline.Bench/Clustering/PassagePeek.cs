using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>Shared passages whose articles belong to different gold events: what the passage bonus would wrongly reward.</summary>
internal sealed class PassagePeekTask : IBenchTask
{
    public string Name => "clustering-passages";

    public string Description => "shared passages spanning several gold events (args: giveme|multinews)";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        var byId = articles.ToDictionary(a => a.Id);
        var reuse = stages.Reuse.Detect(articles);
        foreach (var passage in reuse.Passages)
        {
            var events = passage.ArticleIds.Select(id => set.Gold[byId[id].Article.SourceId]).Distinct().Count();
            var sources = passage.ArticleIds.Select(id => byId[id].Article.Outlet ?? "?").Distinct().Count();
            Console.WriteLine($"events {events} articles {passage.ArticleIds.Count()} outlets {sources}: {passage.Text[..Math.Min(150, passage.Text.Length)].ReplaceLineEndings(" ")}");
        }

        return 0;
    }
}
