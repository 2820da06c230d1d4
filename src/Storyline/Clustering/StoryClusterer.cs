using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>
/// The Clustering stage: feeds the articles to a <see cref="StoryStream"/> in time order (undated
/// articles last, ties in input order), telling it which articles the Reuse stage found sharing text.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class StoryClusterer(ClusteringOptions options) : IStoryClusterer
{
    /// <summary>Stage options.</summary>
    public ClusteringOptions Options { get; } = options;

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<string>> Cluster(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return ClusterStream(articles, reuse).Snapshot();
    }

    /// <summary>Like <see cref="Cluster"/>, but returns the stream itself, with its warnings.</summary>
    public StoryStream ClusterStream(IReadOnlyList<AnnotatedArticle> articles, ReuseReport? reuse)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var related = Related(reuse ?? ReuseReport.Empty);
        var stream = new StoryStream(Options);
        if (Options.PrimeDocumentFrequencies)
        {
            stream.LearnDocumentFrequencies(articles);
        }

        var ordered = articles
            .Select((a, i) => (Article: a, Index: i, Time: Plausible(a.Article.Published)))
            .OrderBy(x => x.Time ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.Index);
        foreach (var (article, _, _) in ordered)
        {
            stream.Add(article, related.TryGetValue(article.Id, out var ids) ? ids : null);
        }

        if (Options.RelinkSimilarity > 0)
        {
            stream.Relink();
        }

        return stream;
    }

    private DateTimeOffset? Plausible(DateTimeOffset? date) =>
        date is { } d && d.Year >= Options.MinPlausibleYear && d.Year <= Options.MaxPlausibleYear ? d : null;

    private static Dictionary<string, HashSet<string>> Related(ReuseReport reuse)
    {
        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var groups = reuse.Passages.Select(p => p.ArticleIds.ToList())
            .Concat(reuse.Duplicates.Select(d => d.CopyIds.Prepend(d.CanonicalId).ToList()));
        foreach (var ids in groups)
        {
            foreach (var id in ids)
            {
                if (!related.TryGetValue(id, out var set))
                {
                    related[id] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(ids.Where(other => other != id));
            }
        }

        return related;
    }
}
