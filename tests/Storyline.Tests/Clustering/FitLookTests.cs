using System.Text.Json;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clustering;

/// <summary>
/// The fit look (<see cref="ClusteringOptions.FitLookRounds"/>) on the Multi-News stories (undated, untitled, told from
/// several angles): where lone reports are left after the second look, and their event is known.
/// </summary>
public class FitLookTests
{
    private static readonly Lazy<(List<AnnotatedArticle> Articles, ReuseReport Reuse)> MultiNews = new(Load);

    private static (List<AnnotatedArticle>, ReuseReport) Load()
    {
        var documents = new List<RawDocument>();
        foreach (var line in File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var idx = json.RootElement.GetProperty("idx").ToString();
            var j = 0;
            foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var id = $"mn{idx}-{j++}";
                documents.Add(RawDocument.Create(doc.GetString() ?? "", id, "multinews:" + id, SourceFormat.Text));
            }
        }

        var stages = PipelineStages.CreateDefault();
        var articles = stages.Cleaner.Clean(documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToList())
            .AsParallel().AsOrdered().Select(a => stages.Annotator.Annotate(a)).ToList();
        return (articles, stages.Reuse.Detect(articles));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Cluster(ClusteringOptions options) =>
        new StoryClusterer(options).Cluster(MultiNews.Value.Articles, MultiNews.Value.Reuse);

    /// <summary>The event of an article: the Multi-News line its source id was read from.</summary>
    private static string Event(string articleId)
    {
        var source = MultiNews.Value.Articles.First(a => a.Id == articleId).Article.SourceId;
        return source[2..source.IndexOf('-', StringComparison.Ordinal)];
    }

    [SharedDataFact]
    public void Relink_LoneReportsAfterTheSecondLook_MostlyJoinTheirOwnEvent()
    {
        var without = Cluster(ClusteringOptions.Default with { FitLookRounds = 0 });
        var with = Cluster(ClusteringOptions.Default);

        // Only lone stories move, each into a story that was there without the fit look.
        var lone = without.Where(s => s.Count == 1).Select(s => s[0]).ToHashSet(StringComparer.Ordinal);
        var joined = with.SelectMany(s => s.Count > 1 ? s.Where(lone.Contains) : []).ToList();
        Assert.NotEmpty(joined);
        Assert.True(with.Count < without.Count);
        foreach (var story in with)
        {
            var kept = story.Where(id => !lone.Contains(id)).ToHashSet(StringComparer.Ordinal);
            Assert.True(kept.Count == 0 || without.Any(s => s.ToHashSet(StringComparer.Ordinal).SetEquals(kept)), "a story other than lone reports changed");
        }

        // The joins are right more often than not: the story joined holds another report of the lone report's event.
        var right = joined.Count(id => with.First(s => s.Contains(id)).Any(other => other != id && Event(other) == Event(id)));
        Assert.True(2 * right > joined.Count, $"{right} of {joined.Count} fit-look joins met their own event");
    }

    [SharedDataFact]
    public void Relink_SameInputTwice_SameStories()
    {
        var first = Cluster(ClusteringOptions.Default);
        var second = Cluster(ClusteringOptions.Default);

        Assert.Equal(first.Select(s => string.Join(',', s)), second.Select(s => string.Join(',', s)));
    }
}
