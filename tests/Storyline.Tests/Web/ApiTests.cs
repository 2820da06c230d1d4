using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storyline.Tests.Web;

public sealed class ApiTests
{
    [Fact]
    public async Task GetStory_EveryStory_IsExactlyTheStoredContractJson()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var listing in host.Gate.Current.Stories)
        {
            var served = JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/api/stories/" + listing.Id, UriKind.Relative)));
            var stored = JsonNode.Parse(host.Gate.With(s => s.StoryJson(listing.Id))!);
            Assert.True(JsonNode.DeepEquals(stored, served), "served story differs from the stored contract JSON: " + listing.Id);
        }
    }

    [Fact]
    public async Task GetArticle_EveryArticle_IsItsContractObject()
    {
        await using var host = await WebHost.StartAsync();
        foreach (var (id, entry) in host.Gate.Current.Articles)
        {
            var served = JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/api/articles/" + id, UriKind.Relative)));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Storyline.Documents.Contract.ContractJson.Serialize(entry.Article)), served));
        }
    }

    [Fact]
    public async Task Search_WordOfAnArticle_ReturnsHitsWithBracketedSnippets()
    {
        await using var host = await WebHost.StartAsync();
        var text = host.Gate.Current.Articles.Values.First().Article.Text;
        var word = text.Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 6 && w.All(char.IsLetter));
        using var hits = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(word), UriKind.Relative)));
        Assert.NotEmpty(hits.RootElement.EnumerateArray());
        Assert.All(hits.RootElement.EnumerateArray(), h => Assert.Contains("[", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_ListAndGet_Agree()
    {
        await using var host = await WebHost.StartAsync();
        using var list = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/api/entities", UriKind.Relative)));
        foreach (var entity in list.RootElement.EnumerateArray().Take(10))
        {
            var path = "/api/entities/" + Uri.EscapeDataString(entity.GetProperty("type").GetString()!) + "/" + Uri.EscapeDataString(entity.GetProperty("name").GetString()!);
            var one = JsonNode.Parse(await host.Client.GetStringAsync(new Uri(path, UriKind.Relative)));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entity.GetRawText()), one));
        }
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/search" })
        {
            Assert.True(paths.TryGetProperty(path, out _), "missing " + path);
        }

        var post = paths.GetProperty("/api/articles").GetProperty("post");
        var bodies = post.GetProperty("requestBody").GetProperty("content");
        foreach (var media in new[] { "application/json", "text/html", "text/plain" })
        {
            Assert.True(bodies.TryGetProperty(media, out var body), "request body lacks " + media);
            Assert.True(body.TryGetProperty("schema", out _), media + " has no schema");
        }

        Assert.True(post.GetProperty("responses").GetProperty("201").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("401", out _));
        var delete = paths.GetProperty("/api/articles/{id}").GetProperty("delete");
        Assert.True(delete.GetProperty("responses").TryGetProperty("204", out _));
        Assert.True(delete.GetProperty("responses").TryGetProperty("404", out _));
        foreach (var (path, property) in new[] { ("/api/stories", "get"), ("/api/stories/{id}", "get"), ("/api/articles/{id}", "get"), ("/api/entities", "get"), ("/api/search", "get") })
        {
            Assert.True(paths.GetProperty(path).GetProperty(property).GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _), path + " has no response schema");
        }
    }

    [Fact]
    public async Task StoryPageAndJson_SentAgainWithTheirETag_Are304UntilAWriteChangesThem()
    {
        await using var host = await WebHost.StartAsync();
        var story = host.Gate.Current.Stories[0].Id;
        foreach (var path in new[] { "/story/" + story, "/api/stories/" + story, "/api/stories", "/" })
        {
            var first = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            var tag = first.Headers.ETag;
            Assert.NotNull(tag);
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(tag);
            var second = await host.Client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Empty(await second.Content.ReadAsByteArrayAsync());

            using var stale = new HttpRequestMessage(HttpMethod.Get, path);
            stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"stale\""));
            var third = await host.Client.SendAsync(stale);
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await third.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task UnknownStory_Is404Json()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var response = await host.Client.GetAsync(new Uri("/api/stories/zzzz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task ListStories_OffsetAndLimit_PageThroughTheRankedList()
    {
        await using var host = await WebHost.StartAsync();
        using var all = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/api/stories", UriKind.Relative)));
        var ids = all.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var paged = new List<string?>();
        for (var offset = 0; offset < ids.Count; offset++)
        {
            using var one = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/stories?offset={offset}&limit=1", UriKind.Relative)));
            paged.Add(Assert.Single(one.RootElement.EnumerateArray()).GetProperty("id").GetString());
        }

        Assert.Equal(ids, paged);
    }
}
