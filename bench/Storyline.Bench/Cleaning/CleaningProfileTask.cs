using Storyline.Cleaning;
using Storyline.Cleaning.Html;
using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-profile [--every N] [--passes N]`: where a page's time and allocations go, phase by
/// phase over the same pages (prefilter, AngleSharp parse, metadata, walk, body choice, assembly of
/// the extraction, text passes, the stage's own overhead), then SmartReader. Each phase is timed by
/// this thread's CPU clock, so other processes on a shared machine do not inflate it.
/// </summary>
internal sealed class CleaningProfileTask : IBenchTask
{
    private static readonly string[] PhaseNames = ["prefilter", "parse", "metadata", "walk", "select", "text passes"];

    public string Name => "cleaning-profile";

    public string Description => "per-phase thread CPU time and allocations of our extraction on eval pages (--every N, --passes N, --no-phases, --no-peer): prefilter, parse, metadata, walk, select, text passes; SmartReader";

    public int Run(IReadOnlyList<string> args)
    {
        var every = TaskArgs.Int(args, "--every") ?? 1;
        var passes = TaskArgs.Int(args, "--passes") ?? 1;
        var pages = EvalSet.Load(every);
        Console.WriteLine($"pages: {pages.Count}, {pages.Sum(p => (long)p.Html.Length) / 1_000_000.0:F1} M chars; load {Load()}");
        if (!args.Contains("--no-phases"))
        {
            Phases(pages, passes);
        }

        var cleaner = new ArticleCleaner(CleaningOptions.Default);
        Time("html extractor", pages, passes, p => HtmlExtractor.Extract(p.Html));
        Time("clean one", pages, passes, p => cleaner.CleanOne(RawDocument.Create(p.Html, p.File, p.Url, SourceFormat.Html)));
        Time("templates", pages, passes, p => OutletTemplates.Learn([RawDocument.Create(p.Html, p.File, p.Url, SourceFormat.Html)], 2));
        Time("whole stage", pages, passes, p => Extractors.Ours(p));
        if (!args.Contains("--no-peer"))
        {
            Time("smartreader", pages, passes, p => Extractors.SmartReader(p));
        }

        Console.WriteLine($"load after: {Load()}");
        return 0;
    }

    private static void Phases(List<EvalPage> pages, int passes)
    {
        var phases = PhaseNames.ToDictionary(p => p, _ => new Meter());

        // The text passes' input, made before timing so no unmeasured work allocates (and so
        // triggers collections that a measured phase would pay for) inside the timed loop.
        var bodies = pages.Select(p => HtmlExtractor.Extract(p.Html).Paragraphs).ToList();
        for (var pass = 0; pass <= passes; pass++)
        {
            // Pass 0 warms the JIT up and is not counted.
            if (pass == 1)
            {
                foreach (var meter in phases.Values)
                {
                    meter.Reset();
                }
            }

            long strippedChars = 0;
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                using var markup = new MarkupBuffer(page.Html.Length / 2);
                phases["prefilter"].Measure(() =>
                {
                    MarkupPrefilter.StripInto(page.Html, markup);
                    return markup.Length;
                });
                strippedChars += markup.Length;
                using var document = phases["parse"].Measure(() => HtmlExtractor.Parser.ParseDocument(markup.Memory));
                phases["metadata"].Measure(() => MetadataReader.Read(document));
                var root = document.Body ?? document.DocumentElement;
                if (root is null)
                {
                    continue;
                }

                var walked = phases["walk"].Measure(() => PageWalker.Walk(root));
                phases["select"].Measure(() => MainContentSelector.Select(walked));
                phases["text passes"].Measure(() => ArticleCleaner.PolishHtmlParagraphs(bodies[i], null));
            }

            if (pass == 0)
            {
                Console.WriteLine($"prefiltered markup: {strippedChars / 1_000_000.0:F1} M chars");
            }
        }

        var total = phases.Values.Sum(m => m.CpuSeconds);
        foreach (var (name, meter) in phases)
        {
            Console.WriteLine($"{name,-12} {meter.CpuSeconds / passes,7:F3} cpu-s  {100 * meter.CpuSeconds / total,5:F1}%  {meter.Bytes / passes / (double)pages.Count / 1024,8:F0} KB/page");
        }

        Console.WriteLine($"{"phases",-12} {total / passes,7:F3} cpu-s  {pages.Count * passes / total,8:F1} pages/cpu-s");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static void Time(string name, List<EvalPage> pages, int passes, Action<EvalPage> action)
    {
        foreach (var page in pages.Take(50))
        {
            action(page);
        }

        var meter = new Meter();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var paused = GC.GetTotalPauseDuration();

        // Other processes slow some pages down at random: the least of a page's times over the
        // passes, and the least pass total, are the steadier figures for comparing two builds.
        var least = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        var leastPass = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var before = meter.CpuSeconds;
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var start = meter.CpuSeconds;
                meter.Measure(() =>
                {
                    action(page);
                    return 0;
                });
                least[i] = Math.Min(least[i], meter.CpuSeconds - start);
            }

            leastPass = Math.Min(leastPass, meter.CpuSeconds - before);
        }

        var gcs = string.Join('/', collections.Select((c, g) => GC.CollectionCount(g) - c));
        Console.WriteLine($"{name,-16} {pages.Count * passes / meter.CpuSeconds,8:F1} pages/cpu-s (best pass {pages.Count / leastPass,6:F1}, per-page best {pages.Count / least.Sum(),6:F1})  {meter.Bytes / passes / (double)pages.Count / 1024,6:F0} KB/page  GCs gen0/1/2 {gcs}, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds / meter.CpuSeconds:P0} of its CPU time");
    }

    /// <summary>Thread CPU time and bytes allocated by this thread, summed over measured calls.</summary>
    private sealed class Meter
    {
        public double CpuSeconds { get; private set; }

        public long Bytes { get; private set; }

        public void Reset()
        {
            CpuSeconds = 0;
            Bytes = 0;
        }

        public T Measure<T>(Func<T> action)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.CpuSeconds();
            var result = action();
            CpuSeconds += ThreadClock.CpuSeconds() - cpu;
            Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            return result;
        }
    }
}
