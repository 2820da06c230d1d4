using System.Globalization;
using Storyline.Documents;
using Storyline.Reuse;

namespace Storyline.Bench.Reuse;

/// <summary>Precision and recall of shared-passage detection on planted, lightly edited passages.</summary>
internal sealed class ReuseTask : IBenchTask
{
    public string Name => "reuse";

    public string Description => "shared-passage precision and recall on passages planted into giveme5w1h articles (args: [hosts passages seed] [sentences=FEWEST-MOST, default 4-6] [Option=value...])";

    public int Run(IReadOnlyList<string> args)
    {
        var numbers = args.Where(a => a.Length > 0 && char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var (hosts, passages, seed) = (numbers.ElementAtOrDefault(0) is > 0 and var h ? h : 383, numbers.ElementAtOrDefault(1) is > 0 and var p ? p : 120, numbers.ElementAtOrDefault(2) is > 0 and var s ? s : 5);
        // "sentences=3-3" or "sentences=3": how long the planted passages are.
        var bounds = (args.FirstOrDefault(a => a.StartsWith("sentences=", StringComparison.Ordinal)) ?? "sentences=4-6")["sentences=".Length..].Split('-');
        var (fewest, most) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[^1], CultureInfo.InvariantCulture));
        var options = OptionOverrides.Apply(ReuseOptions.Default, args);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var scores = ReuseScores.Measure(PlantedReuse.Build(hosts, passages, seed, fewest, most), new ReuseDetector(options));
        Console.WriteLine($"hosts {hosts}, planted passages {passages}, seed {seed}, {fewest}-{most} sentences: {scores} ({started.Elapsed.TotalSeconds:F1}s)");
        return 0;
    }
}

/// <summary>CI floor: passage precision and recall on a small planted set, and on one of three-sentence passages.</summary>
internal sealed class ReuseGate : IQualityGate
{
    public string GateName => "reuse";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var detector = new ReuseDetector(ReuseOptions.Default);
        var scores = ReuseScores.Measure(PlantedReuse.Build(120, 40, 11), detector);
        var short3 = ReuseScores.Measure(PlantedReuse.Build(120, 40, 11, fewestSentences: 3, mostSentences: 3), detector);
        return new Dictionary<string, double>
        {
            ["passage_precision"] = scores.Precision,
            ["passage_recall"] = scores.Recall,
            ["occurrence_recall"] = scores.OccurrenceRecall,
            ["short_passage_precision"] = short3.Precision,
            ["short_passage_recall"] = short3.Recall,
        };
    }
}

/// <summary>
/// Scores a detector on a planted set. Passages the hosts already shared before planting (the same
/// wire copy in two reports of one event) are found first and set aside: they are real reuse, not errors.
/// A detected passage is right when it covers at least half of one planted passage in two or more of
/// its carriers; a planted passage is found when one detected passage covers it in all its carriers.
/// </summary>
internal sealed record ReuseScores(double Precision, double Recall, double OccurrenceRecall, int Detected, int Planted)
{
    public static ReuseScores Measure(PlantedSet set, IReuseDetector detector)
    {
        var report = detector.Detect(set.Articles);
        var natural = detector.Detect(set.Articles.Select(Unplanted(set)).ToList()).Passages;
        var detected = report.Passages.Where(p => !natural.Any(n => Covers(n, p))).ToList();

        var right = detected.Count(p => set.Passages.Any(g => CoveredCarriers(p, g) >= 2));
        var found = set.Passages.Count(g => detected.Any(p => CoveredCarriers(p, g) == g.Count));
        if (Environment.GetEnvironmentVariable("REUSE_SHOW_ERRORS") is "1")
        {
            ShowErrors(set, report, detected);
        }

        var occurrences = set.Passages.Sum(g => g.Count(o => detected.Any(p => p.Occurrences.Any(d => Covered(d, o)))));
        return new ReuseScores(
            detected.Count == 0 ? 1 : (double)right / detected.Count,
            (double)found / set.Passages.Count,
            (double)occurrences / set.Passages.Sum(g => g.Count),
            detected.Count,
            set.Passages.Count);
    }

    /// <summary>
    /// Prints each wrong passage, and each missed planted passage followed by the passages found where
    /// it stands ("natural" when set aside as reuse the hosts already shared).
    /// </summary>
    private static void ShowErrors(PlantedSet set, ReuseReport report, List<SharedPassage> detected)
    {
        foreach (var p in detected.Where(p => !set.Passages.Any(g => CoveredCarriers(p, g) >= 2)))
        {
            Console.WriteLine($"wrong: {p.Occurrences.Length} occurrences, {p.Text.Length} chars: {p.Text[..Math.Min(200, p.Text.Length)].ReplaceLineEndings(" ")}");
        }

        static string Where(string id, int start, int length) => $"{id[..Math.Min(6, id.Length)]} {start}+{length}";
        var texts = set.Articles.ToDictionary(a => a.Id, a => a.Article.Text, StringComparer.Ordinal);
        foreach (var g in set.Passages.Where(g => !detected.Any(p => CoveredCarriers(p, g) == g.Count)))
        {
            var best = detected.Select(p => CoveredCarriers(p, g)).DefaultIfEmpty().Max();
            Console.WriteLine($"missed: {g.Count} carriers ({string.Join("; ", g.Select(o => Where(o.ArticleId, o.Start, o.Length)))}), best detected covers {best}; "
                + string.Join(" | ", g.Select(o => $"{o.Length} chars: {texts[o.ArticleId].Substring(o.Start, Math.Min(o.Length, 160)).ReplaceLineEndings(" ")}")));
            foreach (var p in report.Passages.Where(p => g.Any(o => p.Occurrences.Any(d => d.ArticleId == o.ArticleId && d.Start < o.Start + o.Length && o.Start < d.Start + d.Length))))
            {
                Console.WriteLine((detected.Contains(p) ? "  found there: " : "  natural there: ") + string.Join("; ", p.Occurrences.Select(d => Where(d.ArticleId, d.Start, d.Length))));
            }
        }
    }

    /// <summary>The host as it was before planting: planted paragraphs removed.</summary>
    private static Func<AnnotatedArticle, AnnotatedArticle> Unplanted(PlantedSet set) => article =>
    {
        var planted = set.Passages.SelectMany(g => g).Where(o => o.ArticleId == article.Id).Select(o => article.Article.Text.Substring(o.Start, o.Length)).ToHashSet();
        return article with { Article = article.Article with { Paragraphs = [.. article.Article.Paragraphs.Where(p => !planted.Contains(p))] } };
    };

    private static int CoveredCarriers(SharedPassage detected, IReadOnlyList<PlantedOccurrence> gold) =>
        gold.Count(o => detected.Occurrences.Any(d => Covered(d, o)));

    private static bool Covered(PassageOccurrence detected, PlantedOccurrence gold)
    {
        if (detected.ArticleId != gold.ArticleId)
        {
            return false;
        }

        var overlap = Math.Min(detected.Start + detected.Length, gold.Start + gold.Length) - Math.Max(detected.Start, gold.Start);
        return overlap * 2 >= gold.Length && overlap * 2 >= detected.Length;
    }

    /// <summary>True when a natural passage (found without planting) stands in the same articles as a detected one, with the same text.</summary>
    private static bool Covers(SharedPassage natural, SharedPassage detected) =>
        natural.ArticleIds.Intersect(detected.ArticleIds).Count() >= 2 && natural.Text.Length > 0 && (detected.Text.Contains(natural.Text[..Math.Min(60, natural.Text.Length)], StringComparison.Ordinal) || natural.Text.Contains(detected.Text[..Math.Min(60, detected.Text.Length)], StringComparison.Ordinal));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"detected {Detected}, planted {Planted} | passage precision {Precision:F4} recall {Recall:F4} | occurrence recall {OccurrenceRecall:F4}");
}
