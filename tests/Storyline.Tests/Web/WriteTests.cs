using System.Net;
using System.Text.Json;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Web;

public sealed class WriteTests
{
    private const string Report = """
        Harbour lights restored after storm

        The harbour authority said on Tuesday that every navigation light in the outer harbour works again after last week's storm.

        Engineers replaced eleven lamps and two solar panels, the authority said.
        """;

    private static string JsonReport(string id) => JsonSerializer.Serialize(new { id, title = "Harbour lights restored", text = Report, source = "Test Gazette", date = "2025-03-04" });

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    [InlineData("")]
    public async Task PostArticle_WithoutTheToken_Is401AndStoresNothing(string? token)
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var response = await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Gate.With(s => s.Documents()));
    }

    [Fact]
    public async Task PostArticle_ContractJson_IsStoredOnceAndServed()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var first = await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", host.Token));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", host.Token));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var outcome = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(0, outcome.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, outcome.RootElement.GetProperty("already_stored").GetInt32());

        var article = Assert.Single(host.Gate.Current.Articles.Values).Article;
        Assert.Equal("a1", article.SourceId);
        var home = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("/story/" + host.Gate.Current.Stories.Single().Id, home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "<html><head><title>Harbour lights</title></head><body><article><p>The harbour authority said every light works again after the storm.</p><p>Engineers replaced eleven lamps.</p></article></body></html>")]
    [InlineData("text/plain", Report)]
    public async Task PostArticle_HtmlOrText_IsIngested(string mediaType, string body)
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var response = await host.Client.SendAsync(host.Post("/api/articles?id=upload", body, mediaType, host.Token));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(host.Gate.Current.Articles.Values, a => a.Article.SourceId == "upload" && a.Article.Text.Contains("Engineers replaced eleven lamps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/json", "{ not json")]
    [InlineData("application/json", "{\"source\": \"no text or title\"}")]
    [InlineData("application/json", "42")]
    [InlineData("text/plain", "   ")]
    public async Task PostArticle_BadBody_Is400WithAReason(string mediaType, string body)
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var response = await host.Client.SendAsync(host.Post("/api/articles", body, mediaType, host.Token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task PostArticle_BinaryBody_Is400()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0]) };
        request.Headers.Authorization = new("Bearer", host.Token);
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostArticle_LargerThanTheLimit_Is413()
    {
        await using var host = await WebHost.StartAsync(withSamples: false, maxRequestBytes: 4096);
        var response = await host.Client.SendAsync(host.Post("/api/articles", new string('a', 10_000), "text/plain", host.Token));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Gate.With(s => s.Documents()));
    }

    [Fact]
    public async Task ArticleWithPlantedMarkup_IsEscapedOnEveryPage()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        const string Planted = "The mayor said <script>document.title='pwned'</script> and <img src=x onerror=\"document.title='pwned'\"> were found in the council minutes on Monday.";
        var body = JsonSerializer.Serialize(new { id = "planted", title = "<script>alert(1)</script> Council minutes", text = Planted + "\n\n" + Planted, source = "<b>Outlet</b>" });
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token))).StatusCode);

        var story = host.Gate.Current.Stories.Single();
        var article = host.Gate.Current.Articles.Keys.Single();
        foreach (var path in new[] { "/", "/story/" + story.Id, "/article/" + article, "/search?q=mayor", "/search?q=%3Cscript%3E" })
        {
            var html = await host.Client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>Outlet", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TokenCommand_WhileServing_ReplacesTheToken()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var run = CliRun.Of("token", "--db", host.DatabasePath);
        Assert.Equal(0, run.ExitCode);
        var fresh = run.Stdout.Trim();
        Assert.NotEqual(host.Token, fresh);

        var old = await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", host.Token));
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        var now = await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", fresh));
        Assert.Equal(HttpStatusCode.Created, now.StatusCode);
    }

    [Fact]
    public void TokenCommand_NoStore_FailsWithOneLine()
    {
        using var dir = new Support.TempDir();
        var run = CliRun.Of("token", "--db", dir.Combine("missing.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public async Task Store_KeepsOnlyTheTokenHash()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var stored = host.Gate.With(s => s.Setting(Storyline.Web.Security.WriteToken.SettingKey));
        Assert.NotNull(stored);
        Assert.DoesNotContain(host.Token, stored, StringComparison.Ordinal);
        Assert.True(Storyline.Web.Security.WriteToken.Matches(host.Token, stored));
    }

    [Fact]
    public async Task PostArticle_ManyAtOnce_NothingLostAndEachInTheSnapshotWhenItsPostReturns()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        var posts = Enumerable.Range(0, 40).Select(async i =>
        {
            var body = JsonSerializer.Serialize(new { id = $"burst-{i}", text = $"Report number {i} of the burst says the harbour gate {i} opened.\n\nIt closes at dusk.", source = $"Outlet {i % 4}" });
            var response = await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Contains(host.Gate.Current.Articles.Values, a => a.Article.SourceId == $"burst-{i}");
        });
        await Task.WhenAll(posts);
        Assert.Equal(40, host.Gate.With(s => s.Documents()).Count);
        Assert.Equal(40, host.Gate.Current.Articles.Count);
    }

    [Fact]
    public async Task DeleteArticle_WithToken_GoneFromSnapshotStoreAndPages()
    {
        await using var host = await WebHost.StartAsync(withSamples: false);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Post("/api/articles", JsonReport("a1"), "application/json", host.Token))).StatusCode);
        var article = host.Gate.Current.Articles.Keys.Single();
        var story = host.Gate.Current.Stories.Single().Id;

        using var refused = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/" + article);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(refused)).StatusCode);
        Assert.Single(host.Gate.Current.Articles);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/" + article);
        delete.Headers.Authorization = new("Bearer", host.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.SendAsync(delete)).StatusCode);
        Assert.Empty(host.Gate.Current.Articles);
        Assert.Empty(host.Gate.Current.Stories);
        Assert.Empty(host.Gate.With(s => s.Documents()));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(new Uri("/story/" + story, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(new Uri("/api/articles/" + article, UriKind.Relative))).StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/" + article);
        again.Headers.Authorization = new("Bearer", host.Token);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task DeleteArticle_OneOfAStory_StoryConsolidatedWithoutIt()
    {
        await using var host = await WebHost.StartAsync(withSamples: true);
        var story = host.Gate.Current.Stories.OrderByDescending(s => s.ArticleCount).First();
        Assert.True(story.ArticleCount > 1, "the samples hold a story of several reports");
        var victim = host.Gate.Current.StoriesById[story.Id].Articles[0].Id;

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/" + victim);
        delete.Headers.Authorization = new("Bearer", host.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.SendAsync(delete)).StatusCode);
        Assert.False(host.Gate.Current.Articles.ContainsKey(victim));
        Assert.False(host.Gate.Current.StoriesById.ContainsKey(story.Id));
        Assert.Contains(host.Gate.Current.Stories, s => s.ArticleCount == story.ArticleCount - 1);
        var stored = host.Gate.With(s => s.Stories());
        Assert.Equal(host.Gate.Current.Stories.Select(s => s.Id).Order(StringComparer.Ordinal), stored.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Serve_WatchFolderMissing_FailsWithOneLine()
    {
        using var dir = new Support.TempDir();
        var run = CliRun.Of("serve", "--db", dir.Combine("s.db"), "--watch", dir.Combine("nowhere"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such folder", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
