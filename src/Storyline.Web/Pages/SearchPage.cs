using Storyline.Storage;

namespace Storyline.Web.Pages;

/// <summary>Search results with snippets; the store marks matches with [brackets], shown here as highlights.</summary>
internal static class SearchPage
{
    public static string Render(string query, IReadOnlyList<SearchHit> hits, ReadModel model) => Html.Page("Search: " + query, page =>
    {
        page.Raw("<h1>Search</h1>");
        var stories = string.IsNullOrWhiteSpace(query)
            ? []
            : model.Stories.Where(s => s.Headline.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)).Take(20).ToList();
        foreach (var story in stories)
        {
            page.Raw("<div class=\"story\">Story: ").Link(Html.StoryHref(story.Id), story.Headline).Raw("</div>");
        }

        if (hits.Count == 0 && stories.Count == 0)
        {
            page.Raw(string.IsNullOrWhiteSpace(query) ? "<p>Type words to search for.</p>" : "<p>Nothing matches.</p>");
        }

        foreach (var hit in hits)
        {
            page.Raw("<div class=\"story\"><h2>").Link(Html.ArticleHref(hit.ArticleId), hit.Title ?? hit.SourceId).Raw("</h2><p class=\"meta\">").Text(hit.Outlet ?? "unknown outlet");
            if (hit.StoryId is not null && model.StoriesById.TryGetValue(hit.StoryId, out var story))
            {
                page.Raw(" · story: ").Link(Html.StoryHref(story.Id), story.Headline);
            }

            page.Raw("</p><p class=\"snippet\">");
            Snippet(page, hit.Snippet);
            page.Raw("</p></div>");
        }
    }, query);

    /// <summary>Escapes the snippet piece by piece, turning only the store's own brackets into marks.</summary>
    private static void Snippet(Html page, string snippet)
    {
        var rest = snippet.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('[');
            var close = open < 0 ? -1 : rest[open..].IndexOf(']');
            if (open < 0 || close < 0)
            {
                page.Text(rest.ToString());
                break;
            }

            page.Text(rest[..open].ToString()).Raw("<mark>").Text(rest.Slice(open + 1, close - 1).ToString()).Raw("</mark>");
            rest = rest[(open + close + 1)..];
        }
    }
}
