using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Storyline.Web;

using static Storyline.Bench.Web.LoadStats;

namespace Storyline.Bench.Web;

/// <summary>
/// Ingest while serving: writers POST generated reports into a running server over loopback while
/// readers load the home page. Reports how long the burst took, whether anything was lost (stored
/// documents and articles in the snapshot against reports sent), and the readers' p50/p99.
/// </summary>
internal sealed class ServeIngestBench : IBenchTask
{
    public string Name => "serve-ingest";

    public string Description => "burst of POSTs into a running server: [articles=2000] [writers=50] [readers=20]; lost count and reader p50/p99";

    public int Run(IReadOnlyList<string> args)
    {
        var articles = Arg(args, 0, 2000);
        var writers = Arg(args, 1, 50);
        var readers = Arg(args, 2, 20);
        var dir = Path.Combine(Path.GetTempPath(), $"storyline-ingest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            return Burst(Path.Combine(dir, "burst.db"), articles, writers, readers).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> Burst(string db, int articles, int writers, int readers)
    {
        var announce = new StringWriter();
        await using var app = StorylineServer.Build(new ServerOptions { DatabasePath = db, Urls = "http://127.0.0.1:0" }, announce);
        await app.StartAsync();
        var token = announce.ToString().Trim().Split(' ')[^1];
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = writers + readers }) { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(10) };
        var gate = (StoreGate)app.Services.GetService(typeof(StoreGate))!;

        var sent = 0;
        var errors = 0;
        var done = false;
        var readLatencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var readerTasks = Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
        {
            while (!Volatile.Read(ref done))
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                readLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        var writerTasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref sent) - 1) < articles)
            {
                var body = JsonSerializer.Serialize(new
                {
                    id = "burst-" + i.ToString(CultureInfo.InvariantCulture),
                    text = $"The council of district {i % 97} approved budget line {i} on Tuesday, officials said.\n\nThe vote was {i % 13} to {i % 7}.",
                    source = "Outlet " + (i % 5).ToString(CultureInfo.InvariantCulture),
                    date = "2025-03-04",
                });
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        await Task.WhenAll(writerTasks);
        var burst = clock.Elapsed;
        Volatile.Write(ref done, true);
        await Task.WhenAll(readerTasks);

        var stored = gate.With(s => s.Documents()).Count;
        var inSnapshot = gate.Current.Articles.Count;
        var sorted = readLatencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst: {articles} POSTs by {writers} writers in {burst.TotalSeconds:F1} s ({articles / burst.TotalSeconds:F0}/s); errors {errors}; stored {stored}; in snapshot {inSnapshot}; lost {articles - Math.Min(stored, inSnapshot)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"home page while ingesting ({readers} readers): {sorted.Length} requests, p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms"));
        await app.StopAsync();
        return errors == 0 && stored == articles && inSnapshot == articles ? 0 : 1;
    }
}
