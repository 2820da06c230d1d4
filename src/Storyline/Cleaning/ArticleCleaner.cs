using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>The Cleaning stage. PLACEHOLDER until issue 3 lands: blocks become paragraphs, nothing is removed.</summary>
/// <param name="options">Stage options.</param>
public sealed class ArticleCleaner(CleaningOptions options) : ICleaner
{
    /// <summary>Stage options.</summary>
    public CleaningOptions Options { get; } = options;

    /// <inheritdoc />
    public ImmutableArray<Article> Clean(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [.. documents.Select(d => new Article
        {
            Id = d.Id,
            SourceId = d.SourceId,
            Origin = d.Origin,
            FileName = d.FileName,
            RawText = d.Content,
            Title = d.Hints.Title,
            Paragraphs = [.. d.Content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)],
            Published = d.Hints.Published,
            Outlet = d.Hints.Source,
            Language = d.Hints.Language,
            Url = d.Hints.Url,
        })];
    }
}
