using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storyline.Storage;
using Storyline.Web.Api;
using Storyline.Web.Live;
using Storyline.Web.Pages;
using Storyline.Web.Security;

namespace Storyline.Web;

/// <summary>Builds the web application of <c>storyline serve</c>: pages, JSON API, OpenAPI document, live ingest.</summary>
public static class StorylineServer
{
    /// <summary>
    /// Opens the store, creates the write token when the store has none (written once to
    /// <paramref name="announce"/>), and builds the application; the caller runs it.
    /// </summary>
    /// <param name="options">Where to listen, which store, which folder to watch.</param>
    /// <param name="announce">Where the new write token is shown, once.</param>
    public static WebApplication Build(ServerOptions options, TextWriter announce)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(announce);
        var store = StoryStores.Open(options.DatabasePath, options.Time);
        var token = WriteToken.EnsureExists(store);
        if (token is not null)
        {
            announce.WriteLine($"write token (shown once; send as 'Authorization: Bearer TOKEN'; 'storyline token' makes a new one): {token}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StorylineServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Storyline", LogLevel.Information);
        // Registered by factory so the container disposes it (and closes the store) when the app is disposed.
        builder.Services.AddSingleton(_ => new StoreGate(store));
        builder.Services.AddOpenApi();
        if (options.WatchDirectory is { } watch)
        {
            builder.Services.AddSingleton(sp => new FolderWatcher(sp.GetRequiredService<StoreGate>(), Path.GetFullPath(watch), options.WatchDebounce, sp.GetRequiredService<ILogger<FolderWatcher>>()));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<FolderWatcher>());
        }

        if (options.FeedsFile is { } feedsFile)
        {
            var feeds = FeedPoller.ReadList(feedsFile);
            builder.Services.AddSingleton(sp =>
            {
                // Redirects are followed a few times only; every fetch is bounded by BoundedFetcher.
                var client = new HttpClient(new SocketsHttpHandler { MaxAutomaticRedirections = 5, AutomaticDecompression = System.Net.DecompressionMethods.All });
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Storyline/1.0 (+feeds)");
                var fetcher = new BoundedFetcher(client, options.FetchTimeout, options.MaxFetchBytes);
                return new FeedPoller(sp.GetRequiredService<StoreGate>(), feeds, fetcher, options.FeedInterval, sp.GetRequiredService<ILogger<FeedPoller>>());
            });
            builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        }

        var app = builder.Build();

        // Load the snapshot now, so a store that cannot be read fails at start, not on the first request.
        var gate = app.Services.GetRequiredService<StoreGate>();
        // The rebuild runs in the background from the start, so no user's first write waits for it.
        // A failed rebuild is retried by the next write; it is logged so it is not lost meanwhile.
        _ = gate.PrepareAsync().ContinueWith(
            t => app.Logger.LogError(t.Exception, "rebuilding the ingest state from the store failed; the next write tries again"),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        app.UseSecurityHeaders();
        app.MapOpenApi();
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        app.MapFallback((HttpContext context) => Results.Content(Html.Page("Not found", p => p.Raw("<h1>Not found</h1>")), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return app;
    }
}
