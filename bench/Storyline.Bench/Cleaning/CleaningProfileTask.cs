using System.Diagnostics;
using Storyline.Cleaning.Html;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-profile [--every N]`: where a page's time goes, phase by phase over the same pages
/// (prefilter, AngleSharp parse, metadata, walk, body choice, text passes), then SmartReader.
/// </summary>
internal sealed class CleaningProfileTask : IBenchTask
{
    public string Name => "cleaning-profile";

    public string Description => "per-phase time of our extraction on eval pages (--every N, default 1): prefilter, parse, metadata, walk, select, text passes; SmartReader";

    public int Run(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--every");
        var every = at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var pages = EvalSet.Load(every);
        Console.WriteLine($"pages: {pages.Count}, {pages.Sum(p => (long)p.Html.Length) / 1_000_000.0:F1} M chars; load {Load()}");
        var phases = new[] { "prefilter", "parse", "metadata", "walk", "select", "text passes" }.ToDictionary(p => p, _ => new Stopwatch());
        foreach (var pass in new[] { "warm-up", "measured" })
        {
            foreach (var watch in phases.Values)
            {
                watch.Reset();
            }

            foreach (var page in pages)
            {
                var html = Timed(phases["prefilter"], () => MarkupPrefilter.Strip(page.Html));
                using var document = Timed(phases["parse"], () => HtmlExtractor.Parser.ParseDocument(html));
                Timed(phases["metadata"], () => MetadataReader.Read(document));
                var root = document.Body ?? document.DocumentElement;
                var walked = Timed(phases["walk"], () => PageWalker.Walk(root));
                Timed(phases["select"], () => MainContentSelector.Select(walked));
                var paragraphs = HtmlExtractor.Extract(page.Html).Paragraphs;
                Timed(phases["text passes"], () => Storyline.Cleaning.ArticleCleaner.PolishHtmlParagraphs(paragraphs, null));
            }
        }

        var total = phases.Values.Sum(w => w.Elapsed.TotalSeconds);
        foreach (var (name, watch) in phases)
        {
            Console.WriteLine($"{name,-12} {watch.Elapsed.TotalSeconds,7:F2}s  {100 * watch.Elapsed.TotalSeconds / total,5:F1}%");
        }

        Console.WriteLine($"{"phases",-12} {total,7:F2}s  {pages.Count / total,8:F1} pages/s");
        Time("html extractor", pages, p => HtmlExtractor.Extract(p.Html));
        Time("whole stage", pages, p => Extractors.Ours(p));
        Time("smartreader", pages, p => Extractors.SmartReader(p));
        Console.WriteLine($"load after: {Load()}");
        return 0;
    }

    private static T Timed<T>(Stopwatch watch, Func<T> action)
    {
        watch.Start();
        var result = action();
        watch.Stop();
        return result;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static void Time(string name, List<EvalPage> pages, Action<EvalPage> action)
    {
        foreach (var page in pages.Take(20))
        {
            action(page);
        }

        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            action(page);
        }

        Console.WriteLine($"{name,-16} {pages.Count / watch.Elapsed.TotalSeconds,8:F1} pages/s");
    }
}
