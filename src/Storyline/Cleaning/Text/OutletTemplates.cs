using Storyline.Cleaning.Html;
using Storyline.Documents;

namespace Storyline.Cleaning.Text;

/// <summary>
/// Learns each outlet's template from the batch: a block (compared by its words) that appears in
/// at least N reports of the same outlet is site furniture, not reporting. Reports without a known
/// outlet are not grouped: a paragraph shared across outlets is wire copy, which must stay.
/// </summary>
public static class OutletTemplates
{
    /// <summary>The outlet a document belongs to: its source hint, else the host of its URL hint; null when unknown.</summary>
    public static string? OutletKey(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Hints.Source?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(source) ? MetadataReader.HostOf(document.Hints.Url) : source;
    }

    /// <summary>Outlet key → template block keys, for outlets with at least <paramref name="minDocuments"/> reports.</summary>
    public static Dictionary<string, IReadOnlySet<string>> Learn(IReadOnlyList<RawDocument> documents, int minDocuments)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var outlet in documents.GroupBy(OutletKey).Where(g => g.Key is not null && g.Count() >= minDocuments))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var document in outlet)
            {
                foreach (var key in Blocks(document).Distinct(StringComparer.Ordinal))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            var template = counts.Where(c => c.Value >= minDocuments).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            if (template.Count > 0)
            {
                result[outlet.Key!] = template;
            }
        }

        return result;
    }

    private static IEnumerable<string> Blocks(RawDocument document)
    {
        var blocks = document.Format == SourceFormat.Html
            ? HtmlExtractor.Extract(document.Content).Paragraphs.AsEnumerable()
            : document.Content.Split('\n');
        return blocks.Select(TextBlockClassifier.TemplateKey).Where(k => k.Length > 0);
    }
}
