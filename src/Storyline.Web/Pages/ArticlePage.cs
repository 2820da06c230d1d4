using Storyline.Documents.Contract;

namespace Storyline.Web.Pages;

/// <summary>The article page: clean text, metadata, and what cleaning removed with its reasons.</summary>
internal static class ArticlePage
{
    public static string Render(ContractArticle article, string storyId, string? storyHeadline) => Html.Page(article.Title ?? article.SourceId, page =>
    {
        page.Raw("<h1>").Text(article.Title ?? article.SourceId).Raw("</h1><p class=\"meta\">")
            .Text(article.Source ?? "unknown outlet").Raw(" · ").Text(article.Published ?? "undated");
        if (article.Byline is not null)
        {
            page.Raw(" · ").Text(article.Byline);
        }

        if (article.Language is not null)
        {
            page.Raw(" · ").Text(article.Language);
        }

        page.Raw("<br>Story: ").Link(Html.StoryHref(storyId), storyHeadline ?? storyId);
        if (article.Credits.Count > 0)
        {
            page.Raw("<br>Credits: ").Text(string.Join(", ", article.Credits));
        }

        // The URL is shown as text, not a link: a javascript: or data: URL from a scraped page must not become clickable.
        if (article.Url is not null)
        {
            page.Raw("<br>URL: <code>").Text(article.Url).Raw("</code>");
        }

        page.Raw("</p><section class=\"text\">");
        foreach (var paragraph in article.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            page.Raw("<p>").Text(paragraph).Raw("</p>");
        }

        page.Raw("</section>");
        if (article.Removed.Count > 0)
        {
            page.Raw("<section><h2>Removed while cleaning</h2><ul>");
            foreach (var removed in article.Removed)
            {
                page.Raw("<li><span class=\"removed\">").Text(removed.Text).Raw("</span><span class=\"reason\">").Text(removed.Reason).Raw("</span></li>");
            }

            page.Raw("</ul></section>");
        }
    });
}
