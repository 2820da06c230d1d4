namespace Storyline.Web.Pages;

/// <summary>A person, organisation or place: the stories that mention it.</summary>
internal static class EntityPage
{
    public static string Render(EntityListing entity, ReadModel model) => Html.Page(entity.Name, page =>
    {
        page.Raw("<h1>").Text(entity.Name).Raw("</h1><p class=\"meta\">").Text(entity.Type).Raw("</p><ul>");
        foreach (var id in entity.StoryIds)
        {
            var headline = model.StoriesById.TryGetValue(id, out var story) ? story.Headline : id;
            page.Raw("<li>").Link(Html.StoryHref(id), headline).Raw("</li>");
        }

        page.Raw("</ul>");
    });
}
