using System.Globalization;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-4gram [--no-peer]`: word 4-gram overlap of our body (and SmartReader's) on the
/// trafilatura-eval pages. The set has no full reference bodies, only snippets that must appear
/// and snippets that must not, so what can be scored is: recall of the must-appear snippets'
/// 4-grams (the body kept whole) and the share of the must-not snippets' 4-grams found in the
/// output (debris let in, the precision side), each averaged over pages as the held-out benchmark
/// averages, plus the mean output length. Snippets shorter than four words carry no 4-gram.
/// </summary>
internal sealed class CleaningShinglesTask : IBenchTask
{
    public string Name => "cleaning-4gram";

    public string Description => "word 4-gram overlap vs the eval snippets: recall of must-keep 4-grams, share of must-drop 4-grams leaked (--no-peer)";

    public int Run(IReadOnlyList<string> args)
    {
        var pages = EvalSet.Load();
        Console.WriteLine($"pages: {pages.Count}");
        Report("ours", pages, Extractors.Ours);
        if (!args.Contains("--no-peer"))
        {
            Report("smartreader", pages, Extractors.SmartReader);
        }

        return 0;
    }

    private static void Report(string name, List<EvalPage> pages, Func<EvalPage, string> extract)
    {
        double recall = 0, leak = 0, length = 0;
        int recallPages = 0, leakPages = 0, keepShared = 0, keepTotal = 0, dropShared = 0, dropTotal = 0;
        foreach (var page in pages)
        {
            var output = extract(page);
            length += output.Length;
            var keep = FourGramOverlap.Score(output, page.With);
            if (keep.Reference > 0)
            {
                recall += keep.Recall;
                recallPages++;
                keepShared += keep.Shared;
                keepTotal += keep.Reference;
            }

            var drop = FourGramOverlap.Score(output, page.Without);
            if (drop.Reference > 0)
            {
                leak += drop.Recall;
                leakPages++;
                dropShared += drop.Shared;
                dropTotal += drop.Reference;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} must-keep 4-gram recall {recall / Math.Max(1, recallPages):F4} per page ({recallPages} pages; pooled {(double)keepShared / Math.Max(1, keepTotal):F4})  "
            + $"must-drop 4-grams leaked {leak / Math.Max(1, leakPages):F4} per page ({leakPages} pages; pooled {(double)dropShared / Math.Max(1, dropTotal):F4})  mean output {length / pages.Count:F0} chars"));
    }
}
