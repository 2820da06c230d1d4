using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Storyline.Web.Pages;

/// <summary>The HTML pages. Route values are only ever looked up in the snapshot, never used as paths.</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (StoreGate gate, string? sort, string? from, string? to, string? outlet, string? entity, int? page) =>
        {
            var number = Math.Max(1, page ?? 1);
            var next = QueryString.Create(new Dictionary<string, string?> { ["sort"] = sort, ["from"] = from, ["to"] = to, ["outlet"] = outlet, ["entity"] = entity, ["page"] = (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }
                .Where(p => !string.IsNullOrEmpty(p.Value)));
            var model = gate.Current;
            return model.Cached("page/home?" + next.Value, HtmlType, () => HomePage.Render(model, new StoryFilter(sort, from, to, outlet, entity), number, next.Value![1..]));
        });
        pages.MapGet("/story/{id}", (StoreGate gate, string id) =>
            gate.Current.FindStory(id) is { } story ? gate.Current.Cached(ReadModel.StoryPageKey + story.Id, HtmlType, () => StoryPage.Render(story)) : NotFound("No story with this id."));
        pages.MapGet("/article/{id}", (StoreGate gate, string id) =>
        {
            var model = gate.Current;
            if (!model.Articles.TryGetValue(id, out var entry))
            {
                return NotFound("No article with this id.");
            }

            return model.Cached("page/article/" + id, HtmlType, () => ArticlePage.Render(entry.Article, entry.StoryId, model.StoriesById.GetValueOrDefault(entry.StoryId)?.Headline));
        });
        pages.MapGet("/entity/{type}/{name}", (StoreGate gate, string type, string name) =>
            gate.Current.EntitiesByKey.TryGetValue(ReadModel.Key(type, name), out var entity)
                ? Page(EntityPage.Render(entity, gate.Current))
                : NotFound("No person, organisation or place of this name."));
        pages.MapGet("/search", (StoreGate gate, string? q) =>
        {
            var query = (q ?? string.Empty).Trim();
            var hits = query.Length == 0 ? [] : gate.Search(query, 50);
            return Page(SearchPage.Render(query, hits, gate.Current));
        });
        pages.MapGet("/static/site.css", () => Results.Text(SiteCss.Text, "text/css; charset=utf-8"));
    }

    private static IResult Page(string html) => Results.Content(html, HtmlType);

    private static IResult NotFound(string message) =>
        Results.Content(Html.Page("Not found", p => p.Raw("<h1>Not found</h1><p>").Text(message).Raw("</p>")), HtmlType, statusCode: StatusCodes.Status404NotFound);
}
