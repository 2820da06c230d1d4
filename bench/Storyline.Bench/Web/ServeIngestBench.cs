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
/// Ingest while serving: writers POST reports (<see cref="BurstReports"/>) into a running server over
/// loopback while readers alternate the home page and a story page. A POST returns once its article
/// is in the snapshot, so the burst has settled when the last one returns. Reports throughput,
/// whether anything was lost (stored documents and articles in the snapshot against reports sent),
/// the slowest POST, and the readers' p50/p99 per page.
/// </summary>
internal sealed class ServeIngestBench : IBenchTask
{
    public string Name => "serve-ingest";

    public string Description => "burst of POSTs into a running server: [articles=10000] [writers=50] [readers=20]; lost count, throughput, reader p50/p99";

    public int Run(IReadOnlyList<string> args)
    {
        var articles = Arg(args, 0, 10_000);
        var writers = Arg(args, 1, 50);
        var readers = Arg(args, 2, 20);
        var dir = Path.Combine(Path.GetTempPath(), $"storyline-ingest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            return Burst(Path.Combine(dir, "burst.db"), BurstReports.Create(articles), writers, readers).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> Burst(string db, List<string> bodies, int writers, int readers)
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
        var slowestPost = 0.0;
        var added = 0;
        var duplicates = 0;
        var reads = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var clock = Stopwatch.StartNew();
        var readerTasks = Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
        {
            var random = new Random(r);
            for (var i = 0; !Volatile.Read(ref done); i++)
            {
                var stories = gate.Current.Stories;
                var (route, path) = i % 2 == 0 || stories.Count == 0 ? ("home page", "/") : ("story page", "/story/" + stories[random.Next(stories.Count)].Id);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                // A story replaced by a write between the pick and the request is a 404, not an error.
                if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
                {
                    Interlocked.Increment(ref errors);
                }

                reads.GetOrAdd(route, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        var writerTasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref sent) - 1) < bodies.Count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(bodies[i], Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (reads)
                {
                    slowestPost = Math.Max(slowestPost, elapsed);
                }

                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                // The same text sent twice (the real sets hold a few) is one document: count what the server says it added.
                using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Interlocked.Add(ref added, outcome.RootElement.GetProperty("added").GetInt32());
                Interlocked.Add(ref duplicates, outcome.RootElement.GetProperty("already_stored").GetInt32());
            }
        })).ToList();
        await Task.WhenAll(writerTasks);
        var burst = clock.Elapsed;
        Volatile.Write(ref done, true);
        await Task.WhenAll(readerTasks);

        var stored = gate.With(s => s.Documents()).Count;
        var inSnapshot = gate.Current.Articles.Count;
        var count = bodies.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst: {count} POSTs by {writers} writers settled in {burst.TotalSeconds:F1} s ({count / burst.TotalSeconds:F0}/s; slowest POST {slowestPost / 1000:F1} s); errors {errors}; added {added} (+{duplicates} repeated texts); stored {stored}; in snapshot {inSnapshot}; stories {gate.Current.Stories.Count}; lost {count - duplicates - Math.Min(stored, inSnapshot)}"));
        foreach (var (route, bag) in reads.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{route} while ingesting ({readers} readers): {sorted.Length} requests, p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms"));
        }

        await app.StopAsync();
        return errors == 0 && stored == added && inSnapshot == added && added + duplicates == count ? 0 : 1;
    }
}
