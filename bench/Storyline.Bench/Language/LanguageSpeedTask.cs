using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Bench.Language;

/// <summary>
/// Annotations per second on one thread over real news articles (the 383 giveme5w1h articles and the
/// Multi-News documents), after a warm-up; the median of several timed rounds is reported.
/// </summary>
internal sealed class LanguageSpeedTask : IBenchTask
{
    public string Name => "language-speed";

    public string Description => "articles annotated per second on one thread over news articles (median of 5 rounds)";

    public int Run(IReadOnlyList<string> args)
    {
        var articles = Load();
        var annotator = new Annotator(LanguageOptions.Default);
        var chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"language-speed: {articles.Count} articles, mean {chars / articles.Count} characters"));
        for (var warm = 0; warm < 2; warm++)
        {
            foreach (var a in articles)
            {
                annotator.Annotate(a);
            }
        }

        var slowest = articles.Select(a =>
        {
            var sw = Stopwatch.StartNew();
            annotator.Annotate(a);
            return (a.Id, a.Text.Length, Ms: sw.Elapsed.TotalMilliseconds);
        }).MaxBy(x => x.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest article: {slowest.Id} ({slowest.Length} characters) {slowest.Ms:F2} ms"));
        var languages = articles.GroupBy(a => LanguageIdentifier.Identify(a.Text)).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine("  languages found: " + string.Join(", ", languages));
        if (args.Contains("--stages"))
        {
            Stages(articles);
        }

        var rates = new List<double>();
        var cpuRates = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var cpu0 = ThreadCpuSeconds();
            var sw = Stopwatch.StartNew();
            var sink = 0;
            foreach (var a in articles)
            {
                sink += annotator.Annotate(a).Annotations.Sentences.Length;
            }

            sw.Stop();
            var cpu = ThreadCpuSeconds() - cpu0;
            cpu = cpu > 0 ? cpu : sw.Elapsed.TotalSeconds;
            rates.Add(articles.Count / sw.Elapsed.TotalSeconds);
            cpuRates.Add(articles.Count / cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1}: {articles.Count / sw.Elapsed.TotalSeconds:F0} articles/s wall, {articles.Count / cpu:F0} articles per thread-CPU-second, {chars / sw.Elapsed.TotalSeconds / 1e6:F2} M chars/s ({sink} sentences)"));
        }

        rates.Sort();
        cpuRates.Sort();
        // On a shared machine the wall clock counts time other processes hold the core; the annotating
        // thread's own CPU time (Linux /proc, 10 ms ticks) is the per-core figure. Both are reported.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {rates[rates.Count / 2]:F0} articles/s wall clock, {cpuRates[cpuRates.Count / 2]:F0} articles per thread-CPU-second, one thread (load average {LoadAverage()})"));
        return 0;
    }

    /// <summary>Time per stage, to find where the time goes.</summary>
    private static void Stages(List<Article> articles)
    {
        var texts = articles.Select(a => a.Text).ToList();
        var contexts = texts.Select(t => new TextContext(t)).ToList();
        Time("tokens+sentences", () => texts.ForEach(t => _ = new TextContext(t)));
        Time("language id", () => texts.ForEach(t => LanguageIdentifier.Identify(t)));
        Time("dates", () => contexts.ForEach(c => DateResolver.Resolve(c, DateRecognizer.Read(c), new DateOnly(2020, 1, 1))));
        Time("numbers", () => contexts.ForEach(c => NumberRecognizer.Read(c, [])));
        Time("entity chunking", () => contexts.ForEach(c => EntityRecognizer.Recognize(c)));
        Time("entities", () => contexts.ForEach(c => EntityResolver.Resolve(c, EntityRecognizer.Recognize(c))));
        var resolved = contexts.Select(c => EntityResolver.Resolve(c, EntityRecognizer.Recognize(c))).ToList();
        Time("quotes", () =>
        {
            for (var i = 0; i < contexts.Count; i++)
            {
                QuoteExtractor.Extract(contexts[i], resolved[i].Mentions, resolved[i].Entities);
            }
        });

        void Time(string what, Action action)
        {
            action();
            var sw = Stopwatch.StartNew();
            action();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-18} {sw.Elapsed.TotalMilliseconds / articles.Count * 1000:F0} us/article"));
        }
    }

    /// <summary>User plus system CPU seconds of the calling thread (Linux), or 0 where /proc is absent.</summary>
    private static double ThreadCpuSeconds()
    {
        const string path = "/proc/thread-self/stat";
        if (!File.Exists(path))
        {
            return 0;
        }

        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is the state (field 3 of stat(5)); utime and stime are fields 14 and 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    internal static List<Article> LoadArticles() => Load();

    private static List<Article> Load()
    {
        var list = new List<Article>();
        foreach (var line in File.ReadLines(SharedData.Data("clustering", "giveme5w1h_news_cluster.jsonl")))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var id = row.GetProperty("id").GetString()!;
            list.Add(new Article { Id = id, SourceId = id, Origin = "giveme5w1h", RawText = "", Paragraphs = LanguageGoldSet.Paragraphs(row.GetProperty("text").GetString()!) });
        }

        foreach (var line in File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl")))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var i = 0;
            foreach (var doc in row.GetProperty("documents").EnumerateArray())
            {
                var id = row.GetProperty("idx").GetInt32().ToString(CultureInfo.InvariantCulture) + "/" + i++.ToString(CultureInfo.InvariantCulture);
                list.Add(new Article { Id = id, SourceId = id, Origin = "multinews", RawText = "", Paragraphs = LanguageGoldSet.Paragraphs(doc.GetString()!) });
            }
        }

        return list;
    }
}
