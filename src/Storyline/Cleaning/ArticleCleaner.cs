using System.Collections.Immutable;
using Storyline.Cleaning.Credits;
using Storyline.Cleaning.Html;
using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>
/// The Cleaning stage: HTML pages go through <see cref="HtmlExtractor"/>, flattened text through
/// <see cref="TextBlockClassifier"/>; both share the text-level passes (credit lines and inline
/// credits, quote repair) and the corpus pass: blocks that recur in several reports of one outlet
/// within the batch are template. See docs/cleaning.md.
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
        var profiles = OutletTemplates.Learn(documents, Options.TemplateMinDocuments);

        // Each report is cleaned on its own once the templates are known (the HTML parser is per thread).
        var articles = new Article[documents.Count];
        Parallel.For(0, documents.Count, i =>
            articles[i] = CleanOne(documents[i], profiles.GetValueOrDefault(OutletTemplates.OutletKey(documents[i]) ?? string.Empty)));
        return [.. articles];
    }

    /// <summary>
    /// Cleans one document. <paramref name="template"/> is the outlet's template (see
    /// <see cref="OutletTemplates.Learn"/>); without it no block is removed as template.
    /// </summary>
    public Article CleanOne(RawDocument document, IReadOnlySet<string>? template = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hints = document.Hints;
        var article = new Article
        {
            Id = document.Id,
            SourceId = document.SourceId,
            Origin = document.Origin,
            FileName = document.FileName,
            RawText = document.Content,
        };
        if (document.Format == SourceFormat.Html)
        {
            var extraction = HtmlExtractor.Extract(document.Content);
            var meta = extraction.Metadata;
            var (paragraphs, removed, credits) = PolishHtmlParagraphs(extraction.Paragraphs, template);

            // The extractor may already have taken out an attribution line ("Quelle: dpa"): its agency still wrote the text.
            credits = [.. credits.Concat(extraction.Removed
                .Where(r => r.Reason == RemovalReasons.Credit || CreditExtractor.IsCreditLine(r.Text))
                .SelectMany(r => CreditExtractor.Agencies(r.Text))).Distinct(StringComparer.Ordinal)];
            (paragraphs, var bio) = DropAuthorNote(paragraphs, meta.Byline);
            removed.AddRange(bio);
            article = article with
            {
                Title = hints.Title ?? meta.Title,
                Paragraphs = paragraphs,
                Removed = extraction.Removed.AddRange(removed),
                Byline = meta.Byline,
                Published = hints.Published ?? meta.Published,
                Outlet = hints.Source ?? meta.Outlet,
                Language = hints.Language ?? meta.Language,
                Url = hints.Url ?? meta.Url,
                Credits = credits,
                EmptyReason = paragraphs.IsEmpty ? extraction.EmptyReason ?? "no main content" : null,
            };
        }
        else
        {
            var cleaned = TextBlockClassifier.Classify(document.Content, template);
            article = article with
            {
                Title = hints.Title ?? cleaned.Title,
                Paragraphs = cleaned.Paragraphs,
                Removed = cleaned.Removed,
                Byline = cleaned.Byline,
                Published = hints.Published ?? cleaned.Published,
                Outlet = hints.Source ?? MetadataReader.HostOf(hints.Url) ?? OutletFinder.Find(cleaned.Removed, document.Content),
                Language = hints.Language,
                Url = hints.Url,
                Credits = cleaned.Credits,
                EmptyReason = cleaned.Paragraphs.IsEmpty
                    ? string.IsNullOrWhiteSpace(document.Content) ? "empty input" : "no main content: every block is debris"
                    : null,
            };
        }

        return article;
    }

    /// <summary>
    /// A closing note about the author ("Jane Roe is a reporter covering ...") is not the article:
    /// a last short paragraph that opens with the byline's name goes, with reason byline.
    /// </summary>
    internal static (ImmutableArray<string> Paragraphs, List<RemovedBlock> Removed) DropAuthorNote(ImmutableArray<string> paragraphs, string? byline)
    {
        var removed = new List<RemovedBlock>();
        var names = (byline ?? string.Empty).Split([',', ';', '|', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.Trim()).Where(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2).ToList();
        if (names.Count == 0 || paragraphs.Length < 3)
        {
            return (paragraphs, removed);
        }

        var last = paragraphs[^1];
        if (last.Length <= 600 && names.Any(n => last.StartsWith(n, StringComparison.Ordinal) && last.Length > n.Length && !char.IsLetterOrDigit(last[n.Length])))
        {
            removed.Add(new RemovedBlock(last, RemovalReasons.Byline));
            return (paragraphs.RemoveAt(paragraphs.Length - 1), removed);
        }

        return (paragraphs, removed);
    }

    /// <summary>The text-level passes on an HTML body: credit lines out, inline credits cut, quotes repaired, template out.</summary>
    internal static (ImmutableArray<string> Paragraphs, List<RemovedBlock> Removed, ImmutableArray<string> Credits) PolishHtmlParagraphs(
        ImmutableArray<string> paragraphs, IReadOnlySet<string>? template)
    {
        var kept = ImmutableArray.CreateBuilder<string>(paragraphs.Length);
        var removed = new List<RemovedBlock>();
        var credits = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (template is not null && template.Contains(TextBlockClassifier.TemplateKey(paragraph)))
            {
                removed.Add(new RemovedBlock(paragraph, RemovalReasons.Template));
                continue;
            }

            if (CreditExtractor.IsCreditLine(paragraph))
            {
                removed.Add(new RemovedBlock(paragraph, RemovalReasons.Credit));
                credits.AddRange(CreditExtractor.Agencies(paragraph));
                continue;
            }

            if (TextBlockClassifier.MetadataLine(paragraph) is { } reason)
            {
                // Captions keep their photo agency in the removed block; it supplied no words.
                removed.Add(new RemovedBlock(paragraph, reason));
                continue;
            }

            var (clean, agencies) = CreditExtractor.StripInlineCredit(paragraph);
            credits.AddRange(agencies);
            kept.Add(QuoteRepair.Repair(clean));
        }

        // Appeals that close a page ("Subscribe to our newsletter", "Tell us what you think") are not the article.
        while (kept.Count > 1 && BlockFeatures.IsAppealLine(kept[^1]))
        {
            removed.Add(new RemovedBlock(kept[^1], RemovalReasons.CallToAction));
            kept.RemoveAt(kept.Count - 1);
        }

        return (kept.ToImmutable(), removed, [.. credits.Distinct(StringComparer.Ordinal)]);
    }
}
