using System.Globalization;
using System.Text;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Consolidation.Rendering;

/// <summary>
/// Renders a digest as one self-contained HTML page for a journalist: per story the headline, the
/// cited summary, an SVG timeline, facts with their independent sources, discrepancies, quotes,
/// people and places, the coverage matrix, and each article's clean text with what cleaning removed
/// struck through. No script, no external resource; a Content-Security-Policy forbids both, and all
/// article content is escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>The content security policy of the page: inline styles and data images only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; form-action 'none'; base-uri 'none'";

    /// <summary>The page for the given stories.</summary>
    public static string Render(IReadOnlyList<DigestedStory> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Storyline digest</title>");
        html.Append("<style>").Append(HtmlStyle.Css).Append("</style></head><body>");
        var articles = stories.Sum(s => s.Story.Articles.Length);
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>Storyline digest</h1><p class=\"meta\">{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")} from {articles} article{(articles == 1 ? "" : "s")}</p>");
        if (stories.Count > 1)
        {
            html.Append("<nav><ol>");
            for (var i = 0; i < stories.Count; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#s{i + 1}\">{HtmlText.Encode(stories[i].Brief.Headline)}</a> <span class=\"meta\">({stories[i].Story.Articles.Length})</span></li>");
            }

            html.Append("</ol></nav>");
        }

        html.Append("</header><main>");
        for (var i = 0; i < stories.Count; i++)
        {
            HtmlStorySection.Append(html, stories[i], i + 1);
        }

        html.Append("</main></body></html>\n");
        return html.ToString();
    }
}
