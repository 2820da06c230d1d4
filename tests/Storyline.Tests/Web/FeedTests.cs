using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Web;

/// <summary>Feeds and pages come from a local server on 127.0.0.1 that honours ETags and counts requests.</summary>
public sealed class FeedTests
{
    private static readonly string[] Pages =
    [
        "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>The old river bridge reopened to traffic on Friday after eight months of repairs, the city engineer said.</p><p>Buses return to the route next week.</p></article></body></html>",
        "<html><head><title>Library extends hours</title></head><body><article><h1>Library extends hours</h1><p>The central library will stay open until ten in the evening from March, the council said on Thursday.</p><p>Staff numbers rise by four.</p></article></body></html>",
    ];

    [Fact]
    public async Task Feeds_ItemsOfALocalFeed_AreFetchedIngestedAndPolledConditionally()
    {
        var feedRequests = 0;
        var notModified = 0;
        await using var source = await StartSource(context =>
        {
            Interlocked.Increment(ref feedRequests);
            const string ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
            {
                Interlocked.Increment(ref notModified);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = ETag;
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(Rss(context.Request.Host.ToString(), ["/page/0", "/page/1", "/huge"]));
        });
        using var dir = new Support.TempDir();
        var list = dir.Write("feeds.txt", "# local test feed\n\n" + source.Urls.Single() + "/feed.xml\n");

        await using var host = await WebHost.StartAsync(withSamples: false, feeds: list, maxFetchBytes: 64 * 1024);
        await WaitUntil(() => host.Gate.Current.Articles.Count == Pages.Length && Volatile.Read(ref notModified) > 0);

        var articles = host.Gate.Current.Articles.Values.Select(a => a.Article).ToList();
        Assert.All(articles, a => Assert.StartsWith(source.Urls.Single() + "/page/", a.Url, StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Text.Contains("river bridge reopened", StringComparison.Ordinal));
        Assert.DoesNotContain(articles, a => a.Url!.EndsWith("/huge", StringComparison.Ordinal));
        Assert.Equal(Pages.Length, host.Gate.With(s => s.Documents()).Count);
    }

    [Fact]
    public void Serve_FeedListWithBadLine_FailsWithOneLine()
    {
        using var dir = new Support.TempDir();
        var list = dir.Write("feeds.txt", "file:///etc/passwd\n");
        var run = CliRun.Of("serve", "--db", dir.Combine("s.db"), "--feeds", list, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not an http(s) URL", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    private static string Rss(string host, string[] paths)
    {
        var items = new StringBuilder();
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
        {
            items.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title><link>http://{host}{path}</link><guid>item-{i}</guid><pubDate>Fri, 07 Mar 2025 09:0{i}:00 GMT</pubDate></item>");
        }

        return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Courier</title><link>http://{host}/</link><description>test</description>{items}</channel></rss>";
    }

    private static async Task<WebApplication> StartSource(RequestDelegate feed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/feed.xml", feed);
        app.MapGet("/page/{n:int}", (int n) => Results.Content(Pages[n], "text/html; charset=utf-8"));
        app.MapGet("/huge", () => Results.Content("<html><body><p>" + new string('x', 200_000) + "</p></body></html>", "text/html"));
        await app.StartAsync();
        return app;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "timed out waiting for the feed to be ingested");
            await Task.Delay(100);
        }
    }
}
