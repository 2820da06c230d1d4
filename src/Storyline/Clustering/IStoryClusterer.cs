using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>Groups articles that report the same event into stories.</summary>
public interface IStoryClusterer
{
    /// <summary>
    /// Groups the articles; each inner list holds the ids of one story's articles. Every article
    /// appears in exactly one group. Deterministic for the same input.
    /// </summary>
    IReadOnlyList<IReadOnlyList<string>> Cluster(IReadOnlyList<AnnotatedArticle> articles, ReuseReport reuse);
}
