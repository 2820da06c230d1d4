using System.Globalization;

namespace Storyline.Web.Pages;

/// <summary>What the home page's filters ask for; every field optional.</summary>
/// <param name="Sort">"sources" ranks by independent sources; anything else by recency.</param>
/// <param name="From">Stories whose span ends on or after this day.</param>
/// <param name="To">Stories whose span starts on or before this day.</param>
/// <param name="Outlet">Stories with an article from this outlet.</param>
/// <param name="Entity">Stories mentioning a person, organisation or place of this name.</param>
public sealed record StoryFilter(string? Sort, string? From, string? To, string? Outlet, string? Entity)
{
    /// <summary>The stories that pass, ranked.</summary>
    public IReadOnlyList<StoryListing> Apply(ReadModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var from = ParseDay(From);
        var to = ParseDay(To);
        IEnumerable<StoryListing> stories = model.Stories;
        if (from is { } f)
        {
            stories = stories.Where(s => (s.LastPublished ?? s.FirstPublished) is { } last && last >= f);
        }

        if (to is { } t)
        {
            stories = stories.Where(s => s.FirstPublished is { } first && first <= t);
        }

        if (!string.IsNullOrWhiteSpace(Outlet))
        {
            var outlet = Outlet.Trim();
            stories = stories.Where(s => s.Outlets.Any(o => o.Equals(outlet, StringComparison.OrdinalIgnoreCase)));
        }

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var name = Entity.Trim();
            var ids = model.Entities.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.StoryIds).ToHashSet(StringComparer.Ordinal);
            stories = stories.Where(s => ids.Contains(s.Id));
        }

        var ranked = string.Equals(Sort, "sources", StringComparison.OrdinalIgnoreCase)
            ? stories.OrderByDescending(s => s.IndependentSources).ThenByDescending(s => s.LastPublished)
            : stories.OrderByDescending(s => s.LastPublished ?? s.FirstPublished).ThenByDescending(s => s.IndependentSources);
        return ranked.ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>The home page: stories ranked, with filters.</summary>
internal static class HomePage
{
    /// <summary>Stories on one page of the list.</summary>
    public const int PageSize = 50;

    public static string Render(ReadModel model, StoryFilter filter, int pageNumber, string nextQuery)
    {
        var ranked = filter.Apply(model);
        var stories = ranked.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Html.Page("Stories", page =>
        {
            page.Raw("<h1>Stories</h1><form class=\"filters\" action=\"/\" method=\"get\">")
                .Raw("<label>Rank by <select name=\"sort\"><option value=\"recent\">most recent</option><option value=\"sources\"")
                .Raw(string.Equals(filter.Sort, "sources", StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                .Raw(">most independent sources</option></select></label>")
                .Raw("<label>From <input type=\"date\" name=\"from\" value=\"").Attr(filter.From).Raw("\"></label>")
                .Raw("<label>To <input type=\"date\" name=\"to\" value=\"").Attr(filter.To).Raw("\"></label>")
                .Raw("<label>Outlet <input name=\"outlet\" value=\"").Attr(filter.Outlet).Raw("\"></label>")
                .Raw("<label>Person or place <input name=\"entity\" value=\"").Attr(filter.Entity).Raw("\"></label>")
                .Raw("<button>Filter</button></form>");
            if (stories.Count == 0)
            {
                page.Raw("<p>No stories")
                    .Raw(model.Stories.Count == 0 ? " yet: ingest reports with <code>storyline ingest PATHS</code> or POST them to <code>/api/articles</code>." : " match these filters.")
                    .Raw("</p>");
            }

            foreach (var story in stories)
            {
                page.Raw("<article class=\"story\"><h2>").Link(Html.StoryHref(story.Id), story.Headline).Raw("</h2><p class=\"meta\">")
                    .Number(story.IndependentSources).Raw(story.IndependentSources == 1 ? " independent source" : " independent sources")
                    .Raw(" · ").Number(story.ArticleCount).Raw(story.ArticleCount == 1 ? " article" : " articles")
                    .Raw(" · ").Text(Html.Day(story.FirstPublished));
                if (story.LastPublished != story.FirstPublished)
                {
                    page.Raw(" – ").Text(Html.Day(story.LastPublished));
                }

                page.Raw("<br>").Text(string.Join(", ", story.Outlets)).Raw("</p></article>");
            }

            if (ranked.Count > pageNumber * PageSize)
            {
                page.Raw("<p>").Link("/?" + nextQuery, "More stories").Raw("</p>");
            }
        });
    }
}
