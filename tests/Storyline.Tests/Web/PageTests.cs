using System.Net;
using System.Text.Json;

namespace Storyline.Tests.Web;

public sealed class PageTests
{
    [Fact]
    public async Task Home_WithSamples_ListsEveryStoryLinkingToItsPage()
    {
        await using var host = await WebHost.StartAsync();
        var html = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var stories = host.Gate.Current.Stories;
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            Assert.Contains("href=\"/story/" + story.Id + "\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_RankedBySources_OrdersByIndependentSourceCount()
    {
        await using var host = await WebHost.StartAsync();
        var json = await host.Client.GetStringAsync(new Uri("/api/stories?sort=sources", UriKind.Relative));
        var counts = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(s => s.GetProperty("independent_sources").GetInt32()).ToList();
        Assert.NotEmpty(counts);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public async Task Home_FilteredByOutlet_ShowsOnlyStoriesWithThatOutlet()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var reports = new[]
        {
            (Source: "Coast Gazette", Text: "The harbour authority said on Tuesday that every navigation light in the outer harbour works again after the storm.\n\nEngineers replaced eleven lamps."),
            (Source: "Valley Post", Text: "Farmers in the upper valley began the grape harvest three weeks early because of the dry summer, the growers' union said.\n\nYields are expected to fall."),
        };
        foreach (var (source, text) in reports)
        {
            var body = System.Text.Json.JsonSerializer.Serialize(new { id = source, text, source });
            Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token))).StatusCode);
        }

        var json = await host.Client.GetStringAsync(new Uri("/api/stories?outlet=valley%20post", UriKind.Relative));
        var listed = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, s => Assert.Contains(s.GetProperty("outlets").EnumerateArray(), o => o.GetString() == "Valley Post"));
        var story = listed[0];
        var none = await host.Client.GetStringAsync(new Uri("/api/stories?outlet=Nowhere%20Times", UriKind.Relative));
        Assert.Empty(JsonDocument.Parse(none).RootElement.EnumerateArray());
        var html = await host.Client.GetStringAsync(new Uri("/?outlet=valley%20post", UriKind.Relative));
        Assert.Contains("/story/" + story.GetProperty("id").GetString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryPage_EachStory_ShowsHeadlineAndLinksEveryArticle()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var listing in host.Gate.Current.Stories)
        {
            var html = await host.Client.GetStringAsync(new Uri("/story/" + listing.Id, UriKind.Relative));
            Assert.Contains(listing.Headline, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            foreach (var article in host.Gate.Current.StoriesById[listing.Id].Articles)
            {
                Assert.Contains("href=\"/article/" + article.Id + "\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ArticlePage_EveryArticle_ShowsItsParagraphsAndRemovedBlocks()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var (id, entry) in host.Gate.Current.Articles)
        {
            var html = await host.Client.GetStringAsync(new Uri("/article/" + id, UriKind.Relative));
            var firstParagraph = entry.Article.Text.Split("\n\n")[0];
            // Compared as text: the page may spell characters as any valid entity.
            Assert.Contains(firstParagraph, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.All(entry.Article.Removed, r => Assert.Contains(System.Net.WebUtility.HtmlEncode(r.Reason), html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task EntityPage_EveryEntity_LinksTheStoriesThatMentionIt()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var entity in host.Gate.Current.Entities.Take(20))
        {
            var html = await host.Client.GetStringAsync(new Uri("/entity/" + Uri.EscapeDataString(entity.Type) + "/" + Uri.EscapeDataString(entity.Name), UriKind.Relative));
            Assert.All(entity.StoryIds, id => Assert.Contains("/story/" + id, html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SearchPage_WordFromAnArticle_FindsItWithHighlightedSnippet()
    {
        await using var host = await WebHost.StartAsync();
        var (id, entry) = host.Gate.Current.Articles.First();
        var word = entry.Article.Text.Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 6 && w.All(char.IsLetter));
        var html = await host.Client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString(word), UriKind.Relative));
        Assert.Contains("href=\"/article/" + id + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/story/nothing-like-this")]
    [InlineData("/article/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/entity/person/..%2Fstore.db")]
    [InlineData("/store.db")]
    [InlineData("/static/../store.db")]
    public async Task AnyPage_UnknownOrPathLikeId_Is404WithoutFileContent(string path)
    {
        await using var host = await WebHost.StartAsync();
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponse_CarriesCspForbiddingScript()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var path in new[] { "/", "/search?q=x", "/api/stories", "/nowhere" })
        {
            var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        }
    }
}
