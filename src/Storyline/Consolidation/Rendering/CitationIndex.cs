using System.Globalization;
using Storyline.Documents;

namespace Storyline.Consolidation.Rendering;

/// <summary>
/// Numbers a story's articles 1, 2, ... in story order so every rendering of a brief (terminal,
/// Markdown, HTML) cites them with the same markers.
/// </summary>
public sealed class CitationIndex
{
    private readonly Dictionary<string, int> numbers;

    /// <summary>Numbers the story's articles.</summary>
    public CitationIndex(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in story.Articles)
        {
            numbers.TryAdd(article.Id, numbers.Count + 1);
        }
    }

    /// <summary>The number of an article, or null when it is not in the story.</summary>
    public int? NumberOf(string articleId) => numbers.TryGetValue(articleId, out var n) ? n : null;

    /// <summary>Markers for the given articles, in number order: "[1] [3]"; empty when none is in the story.</summary>
    public string Markers(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return string.Join(' ', articleIds
            .Select(NumberOf)
            .OfType<int>()
            .Distinct()
            .Order()
            .Select(n => "[" + n.ToString(CultureInfo.InvariantCulture) + "]"));
    }

    /// <summary>How a source is named in a list of sources: outlet, title, file; whatever is known.</summary>
    public static string Describe(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            parts.Add(article.Outlet);
        }

        parts.Add(string.IsNullOrWhiteSpace(article.Title) ? "(untitled)" : article.Title);
        var where = article.FileName ?? article.SourceId;
        if (article.Published is { } published)
        {
            where += ", " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        parts.Add("(" + where + ")");
        return string.Join(" — ", parts.Take(parts.Count - 1)) + " " + parts[^1];
    }
}
