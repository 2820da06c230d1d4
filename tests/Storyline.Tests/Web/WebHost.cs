using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Tests.Support;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>
/// A real server in-process: a store in a temp folder, Kestrel on 127.0.0.1 with a port the OS
/// picks, and an HttpClient that talks to it (loopback only).
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    private readonly TempDir dir;
    private readonly WebApplication app;

    private WebHost(TempDir dir, WebApplication app, string token, Uri address)
    {
        this.dir = dir;
        this.app = app;
        Token = token;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public string Token { get; }

    public string DatabasePath => dir.Combine("store.db");

    public TempDir Dir => dir;

    public Uri Address => Client.BaseAddress!;

    public StoreGate Gate => app.Services.GetRequiredService<StoreGate>();

    /// <summary>Starts a server over a store holding the repository's samples (when <paramref name="withSamples"/>).</summary>
    public static async Task<WebHost> StartAsync(bool withSamples = true, string? watch = null, long maxRequestBytes = 10L * 1024 * 1024, string? database = null, string? feeds = null, long maxFetchBytes = 5L * 1024 * 1024)
    {
        var dir = new TempDir();
        var db = dir.Combine("store.db");
        if (withSamples)
        {
            using var store = new SqliteStoryStore(db);
            store.AddDocuments(SampleDocuments());
            store.SaveStories(new StorylinePipeline().Run(store.Documents()).Stories, StoreGate.Writer, replaceAll: true);
        }

        if (watch is not null)
        {
            Directory.CreateDirectory(dir.Combine(watch));
        }

        var announce = new StringWriter();
        var app = StorylineServer.Build(new ServerOptions
        {
            DatabasePath = database ?? db,
            Urls = "http://127.0.0.1:0",
            WatchDirectory = watch is null ? null : dir.Combine(watch),
            WatchDebounce = TimeSpan.FromMilliseconds(200),
            MaxRequestBytes = maxRequestBytes,
            FeedsFile = feeds,
            FeedInterval = TimeSpan.FromMilliseconds(300),
            MaxFetchBytes = maxFetchBytes,
        }, announce);
        await app.StartAsync();
        var address = app.Urls.Single();
        var token = announce.ToString().Trim().Split(' ')[^1];
        return new WebHost(dir, app, token, new Uri(address));
    }

    /// <summary>The reports in the repository's samples folder.</summary>
    public static List<RawDocument> SampleDocuments() =>
        new Storyline.Ingest.Ingestor(Storyline.Ingest.IngestOptions.Default, TextReader.Null)
            .Read([Path.Combine(SharedData.RepoRoot, "samples")])
            .OfType<Storyline.Ingest.IngestedDocument>()
            .Select(d => d.Document)
            .ToList();

    public HttpRequestMessage Post(string path, string body, string mediaType, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        dir.Dispose();
    }
}
