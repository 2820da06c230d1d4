using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>The Consolidation stage. PLACEHOLDER until issue 6 lands: first title, first paragraphs.</summary>
/// <param name="options">Stage options.</param>
public sealed class BriefBuilder(ConsolidationOptions options) : IBriefBuilder
{
    /// <summary>Stage options.</summary>
    public ConsolidationOptions Options { get; } = options;

    /// <inheritdoc />
    public Brief Build(Story story, ReuseReport reuse)
    {
        ArgumentNullException.ThrowIfNull(story);
        var headline = story.Articles.Select(a => a.Article.Title).FirstOrDefault(t => t is not null) ?? "(untitled)";
        var summary = story.Articles
            .Where(a => a.Article.Paragraphs.Length > 0)
            .Select(a => new SummarySentence(a.Article.Paragraphs[0], [a.Id]))
            .ToArray();
        return new Brief(story.Id, headline, [.. summary], [], [], [], [], [], []);
    }
}
