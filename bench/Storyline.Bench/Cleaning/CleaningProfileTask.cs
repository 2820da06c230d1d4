using System.Diagnostics;
using AngleSharp.Html.Parser;
using Storyline.Cleaning.Html;

namespace Storyline.Bench.Cleaning;

/// <summary>`cleaning-profile`: where the time goes: parse only, extraction, whole stage, SmartReader.</summary>
internal sealed class CleaningProfileTask : IBenchTask
{
    public string Name => "cleaning-profile";

    public string Description => "speed breakdown on every 3rd eval page: AngleSharp parse, our extraction, whole stage, SmartReader";

    public int Run(IReadOnlyList<string> args)
    {
        var pages = EvalSet.Load(every: 3);
        var parser = new HtmlParser();
        Time("parse only", pages, p => parser.ParseDocument(p.Html).Dispose());
        Time("html extractor", pages, p => HtmlExtractor.Extract(p.Html));
        Time("whole stage", pages, p => Extractors.Ours(p));
        Time("smartreader", pages, p => Extractors.SmartReader(p));
        return 0;
    }

    private static void Time(string name, List<EvalPage> pages, Action<EvalPage> action)
    {
        foreach (var page in pages.Take(5))
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
