using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Web;

using static Storyline.Bench.Web.LoadStats;

namespace Storyline.Bench.Web;

/// <summary>
/// Load on a running server over loopback: a store of generated articles (events of five reports
/// each, built as labelled stories so the measurement does not depend on the clusterer), then many
/// concurrent clients for a bounded time alternating a story page and <c>/api/stories</c>.
/// Reports requests, errors and p50/p99 latency per route.
/// </summary>
internal sealed class ServeLoadBench : IBenchTask
{
    public string Name => "serve-load";

    public string Description => "web server under load: [articles=10000] [clients=200] [seconds=60] [writes]; p50/p99 of story page and /api/stories (writes: then time a few POSTs)";

    public int Run(IReadOnlyList<string> args)
    {
        var articles = Arg(args, 0, 10_000);
        var clients = Arg(args, 1, 200);
        var seconds = Arg(args, 2, 60);
        var dir = Path.Combine(Path.GetTempPath(), $"storyline-load-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var db = Path.Combine(dir, "load.db");
            var clock = Stopwatch.StartNew();
            var storyIds = Generate(db, articles);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {articles} articles in {storyIds.Count} stories built in {clock.Elapsed.TotalSeconds:F1} s"));
            return RunLoad(db, storyIds, clients, TimeSpan.FromSeconds(seconds), args.Contains("writes")).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> RunLoad(string db, IReadOnlyList<string> storyIds, int clients, TimeSpan duration, bool timeWrites)
    {
        var announce = new StringWriter();
        await using var app = StorylineServer.Build(new ServerOptions { DatabasePath = db, Urls = "http://127.0.0.1:0" }, announce);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            for (var i = 0; stop.Elapsed < duration; i++)
            {
                var (route, path) = i % 2 == 0 ? ("story page", "/story/" + storyIds[random.Next(storyIds.Count)]) : ("/api/stories", "/api/stories");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.GetOrAdd(route, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        await Task.WhenAll(workers);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {clients} clients for {duration.TotalSeconds:F0} s on {address}; errors {errors}"));
        foreach (var (route, bag) in latencies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{route}: {sorted.Length} requests ({sorted.Length / duration.TotalSeconds:F0}/s), p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms"));
        }

        if (!timeWrites)
        {
            await app.StopAsync();
            return errors == 0 ? 0 : 1;
        }

        // The server started rebuilding the stream from the stored documents when it started; wait for it
        // so the writes below time the incremental step alone.
        var gate = app.Services.GetRequiredService<StoreGate>();
        var rebuild = Stopwatch.StartNew();
        await gate.PrepareAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rebuild from the store: done {rebuild.Elapsed.TotalSeconds:F1} s after the load ended; {gate.RebuildProfile}"));
        var writes = await TimeWrites(address, announce.ToString().Trim().Split(' ')[^1]);
        await app.StopAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writes after the rebuild: {string.Join(", ", writes.Select(w => w.ToString("F0", CultureInfo.InvariantCulture)))} ms"));
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Times a few single-article POSTs, one after another, each returning once its story is in the snapshot.</summary>
    private static async Task<List<double>> TimeWrites(Uri address, string token)
    {
        // The first write rebuilds the stream from every stored document: minutes, not the load's 30 s.
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(30) };
        var times = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var body = System.Text.Json.JsonSerializer.Serialize(new
            {
                id = "late-" + i.ToString(CultureInfo.InvariantCulture),
                text = $"The ferry in Portvale was delayed on Friday by a fault in its engine room, the operator said (late report {i}).\n\nPassengers waited {i + 2} hours.",
                source = "Late Gazette",
                date = "2025-06-06",
            });
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    /// <summary>Generated events of five reports each, from a small vocabulary, stored with their briefs.</summary>
    private static List<string> Generate(string db, int articles)
    {
        string[] places = ["Portvale", "Kestrel Bay", "Fort Lanner", "Ashby", "Mirefield", "Tarn", "Oldbridge", "Wexmoor"];
        string[] subjects = ["ferry", "bridge", "library", "harbour", "council", "school", "hospital", "railway"];
        string[] outlets = ["Harbour Herald", "Morning Dispatch", "Coastline Daily", "Valley Courier", "Newsflow"];
        var pipeline = new StorylinePipeline();
        var stories = new List<DigestedStory>();
        for (var e = 0; e * 5 < articles; e++)
        {
            var place = places[e % places.Length];
            var subject = subjects[(e / places.Length) % subjects.Length];
            var day = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(e % 365);
            var reports = Enumerable.Range(0, Math.Min(5, articles - (e * 5))).Select(a => RawDocument.Create(
                $"The {subject} in {place} reopened on {day:dddd} after works costing {e + 3} million, officials said (event {e}).\n\n"
                + $"Residents in {place} told {outlets[a]} the {subject} had been closed for {(e % 11) + 2} months. \"We waited long enough,\" one said.\n\n"
                + $"The next review is due in {(e % 9) + 1} weeks, according to the {subject} authority.",
                $"e{e}-a{a}", "generated", SourceFormat.Text,
                new DocumentHints($"{place} {subject} reopens", day.AddHours(a), outlets[a]))).ToList();
            stories.Add(pipeline.RunAsOneStory(reports));
        }

        using var store = new SqliteStoryStore(db);
        store.AddDocuments(stories.SelectMany(s => s.Story.Articles.Select(a => RawDocument.Create(a.Article.Text, a.Article.SourceId, "generated", SourceFormat.Text))));
        store.SaveStories(stories, StoreGate.Writer, replaceAll: true);
        return stories.Select(s => s.Story.Id).ToList();
    }
}
