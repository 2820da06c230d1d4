using System.Diagnostics;
using System.Globalization;
using Storyline.Documents.Contract;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Storage;

namespace Storyline.Bench.Storage;

/// <summary>
/// Ingest and store throughput on the clustering set (383 JSON Lines articles): reading, first
/// store, re-ingest (must add nothing), saving stories with briefs and the FTS index, and search latency.
/// </summary>
internal sealed class StoreBench : IBenchTask
{
    public string Name => "store";

    public string Description => "ingest + SQLite store throughput and search latency on the clustering JSONL";

    public int Run(IReadOnlyList<string> args)
    {
        var input = args.Count > 0 ? args[0] : SharedData.Data("clustering", "giveme5w1h_news_cluster.jsonl");
        var dbPath = Path.Combine(Path.GetTempPath(), $"storyline-bench-{Guid.NewGuid():N}.db");
        try
        {
            var clock = Stopwatch.StartNew();
            var items = new Ingestor(IngestOptions.Default).Read([input]).ToList();
            var docs = items.OfType<IngestedDocument>().Select(d => d.Document).ToList();
            Report("read", clock, docs.Count, $"{items.Count - docs.Count} errors");

            using var store = new SqliteStoryStore(dbPath);
            clock.Restart();
            var first = store.AddDocuments(docs);
            Report("store (first)", clock, docs.Count, $"{first.Added} added");

            clock.Restart();
            var again = store.AddDocuments(docs);
            Report("store (re-ingest)", clock, docs.Count, $"{again.Added} added, {again.AlreadyStored} already stored");

            var all = store.Documents();
            var digest = new StorylinePipeline().Run(all);
            clock.Restart();
            store.SaveStories(digest.Stories, s => ContractJson.Serialize(ContractMapper.ToStory(s.Story, s.Brief)), replaceAll: true);
            Report("save stories + FTS", clock, all.Count, $"{digest.Stories.Length} stories");

            var queries = docs.Select(d => d.Hints.Title).OfType<string>()
                .Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length > 5 && w.All(char.IsLetter)))
                .OfType<string>().Take(100).ToList();
            clock.Restart();
            var hits = queries.Sum(q => store.Search(q, 10).Count);
            var perQuery = queries.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / queries.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: {queries.Count} queries, {hits} hits, {perQuery:F2} ms/query"));
            return again.Added == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(dbPath + suffix);
            }
        }
    }

    private static void Report(string step, Stopwatch clock, int count, string detail) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step}: {count} documents in {clock.Elapsed.TotalMilliseconds:F0} ms ({count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0}/s); {detail}"));
}
