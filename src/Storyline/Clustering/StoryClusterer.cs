using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>The Clustering stage. PLACEHOLDER until issue 5 lands: one story for everything.</summary>
/// <param name="options">Stage options.</param>
public sealed class StoryClusterer(ClusteringOptions options) : IStoryClusterer
{
    /// <summary>Stage options.</summary>
    public ClusteringOptions Options { get; } = options;

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<string>> Cluster(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Count == 0 ? [] : [articles.Select(a => a.Id).ToList()];
    }
}
