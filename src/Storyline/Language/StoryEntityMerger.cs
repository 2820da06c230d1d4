using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Merges the entities of a story's articles into story entities. PLACEHOLDER until issue 4 lands:
/// exact name and type only (issue 4 adds surname/title aliasing across articles and type agreement).
/// </summary>
public static class StoryEntityMerger
{
    /// <summary>The story's entities, most mentioned first.</summary>
    public static ImmutableArray<StoryEntity> Merge(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return [.. articles
            .SelectMany(a => a.Annotations.Entities.Select(e => (Article: a.Id, Entity: e)))
            .GroupBy(x => (x.Entity.Name, x.Entity.Type))
            .OrderByDescending(g => g.Sum(x => x.Entity.MentionCount))
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new StoryEntity(
                g.Key.Name,
                g.Key.Type,
                [.. g.SelectMany(x => x.Entity.Aliases).Distinct(StringComparer.Ordinal)],
                [.. g.SelectMany(x => x.Entity.Roles).Distinct(StringComparer.Ordinal)],
                [.. g.Select(x => x.Article).Distinct(StringComparer.Ordinal)]))];
    }
}
