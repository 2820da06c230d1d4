using System.Diagnostics;
using System.Globalization;
using Storyline.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Scale: time and memory of streaming clustering over 10k, 100k and 1M synthetic articles. The
/// stream hands retired stories out (as <c>storyline cluster</c> does), so it holds the active pool
/// only; <c>keep-all</c> runs it remembering every article instead. Every 100k articles (or
/// <c>every:N</c>) it prints the wall and CPU time of the last stretch and the live heap after a full
/// collection, which must level off once the pool is full; that collection runs off the clock. <c>relink</c> ends the stream with the
/// end-of-batch pass (<see cref="StoryStream.Relink"/>, as a batch ends) and prints its time.
/// </summary>
internal sealed class ScaleTask : IBenchTask
{
    public string Name => "scale";

    public string Description => "streaming clustering time and memory on a synthetic stream (args: sizes, default 10000 100000; keep-all; every:N; assignments:FILE; relink)";

    public int Run(IReadOnlyList<string> args)
    {
        var sizes = args.Where(a => a.Length > 0 && char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToList();
        if (args.Count == 0)
        {
            sizes.Add(100_000);
        }

        var options = OptionOverrides.Apply(ClusteringOptions.Default, args);
        var every = args.FirstOrDefault(a => a.StartsWith("every:", StringComparison.Ordinal)) is { } e ? int.Parse(e[6..], CultureInfo.InvariantCulture) : 100_000;
        var dump = args.FirstOrDefault(a => a.StartsWith("assignments:", StringComparison.Ordinal))?["assignments:".Length..];
        foreach (var size in sizes)
        {
            Run(size, options, args.Contains("keep-all"), every, dump, args.Contains("relink"));
        }

        return 0;
    }

    private static void Run(int size, ClusteringOptions options, bool keepAll, int every, string? dump, bool relink)
    {
        GC.Collect();
        var scored = size <= 100_000 || dump is not null;
        var handedOut = new List<IReadOnlyList<string>>();
        long retiredStories = 0;
        var stream = new StoryStream(options, keepAll ? null : story =>
        {
            retiredStories++;
            if (scored)
            {
                handedOut.Add(story.ArticleIds);
            }
        });
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var pauseStart = GC.GetTotalPauseDuration();
        var allocatedStart = GC.GetTotalAllocatedBytes();
        var collectionsStart = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var clock = Stopwatch.StartNew();
        var (lastWall, lastCpu) = (TimeSpan.Zero, TimeSpan.Zero);
        var (offClockCpu, offClockPauses) = (TimeSpan.Zero, TimeSpan.Zero);
        long peakManaged = 0, peakActive = 0;
        var n = 0;
        foreach (var (article, story) in new SyntheticStream(seed: 7).Generate(size))
        {
            stream.Add(article);
            if (scored)
            {
                gold[article.Id] = story.ToString(CultureInfo.InvariantCulture);
            }

            if (++n % 5000 == 0)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                peakActive = Math.Max(peakActive, stream.ActiveStories);
            }

            if (size > every && n % every == 0)
            {
                // The live heap must level off, so each stretch ends with a full collection to read it.
                // That collection and the printing are the bench's, not the stream's: they are kept
                // off the clock (and out of the CPU time and pauses), as a run that does not print
                // (every size up to `every`) never pays them.
                clock.Stop();
                process.Refresh();
                var (wall, cpu) = (clock.Elapsed, process.TotalProcessorTime - cpuStart - offClockCpu);
                var pauses = GC.GetTotalPauseDuration() - pauseStart - offClockPauses;
                var (cpuBefore, pausesBefore) = (process.TotalProcessorTime, GC.GetTotalPauseDuration());
                var live = GC.GetTotalMemory(true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {n,9}: {wall.TotalSeconds,6:F1}s wall, {cpu.TotalSeconds,6:F1}s CPU; last {every}: {(wall - lastWall).TotalMilliseconds * 1000 / every,4:F0} µs wall, {(cpu - lastCpu).TotalMilliseconds * 1000 / every,4:F0} µs CPU an article; GC pauses {pauses.TotalSeconds:F1}s; live managed {live / 1e6:F0} MB; working set {Environment.WorkingSet / 1e6:F0} MB; active stories {stream.ActiveStories}, articles held {stream.Remembered}, retired {retiredStories}, vocabulary {stream.Vocabulary}"));
                (lastWall, lastCpu) = (wall, cpu);
                process.Refresh();
                offClockCpu += process.TotalProcessorTime - cpuBefore;
                offClockPauses += GC.GetTotalPauseDuration() - pausesBefore;
                clock.Start();
            }
        }

        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpuTotal = process.TotalProcessorTime - cpuStart - offClockCpu;
        if (relink)
        {
            var before = stream.ActiveStories;
            var timer = Stopwatch.StartNew();
            stream.Relink();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  relink: {timer.Elapsed.TotalSeconds:F2}s wall, active stories {before} -> {stream.ActiveStories}"));
        }

        var stories = handedOut.Concat(stream.Snapshot()).ToList();
        if (dump is not null)
        {
            // One line an article: its id and the first article of its story, in a canonical order.
            File.WriteAllLines(dump, stories.SelectMany(s => s.Select(id => id + "\t" + s[0])).Order(StringComparer.Ordinal));
        }

        var quality = scored ? " | " + ClusterScores.Score(stories, gold) : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,9} articles{(keepAll ? " (keep-all)" : "")}: {elapsed.TotalSeconds:F1}s wall, {cpuTotal.TotalSeconds:F1}s CPU ({elapsed.TotalMilliseconds * 1000 / size:F0} µs/article wall, {cpuTotal.TotalMilliseconds * 1000 / size:F0} CPU), GC pauses {(GC.GetTotalPauseDuration() - pauseStart - offClockPauses).TotalSeconds:F1}s, peak managed {peakManaged / 1e6:F0} MB, process peak {process.PeakWorkingSet64 / 1e6:F0} MB, peak active stories {peakActive}, vocabulary {stream.Vocabulary}; allocated {(GC.GetTotalAllocatedBytes() - allocatedStart) / (double)size / 1e3:F1} KB an article, collections gen0/1/2 {Collections(collectionsStart)}{quality}"));
    }

    private static string Collections(int[] start) => string.Join('/', start.Select((count, generation) => GC.CollectionCount(generation) - count));
}
