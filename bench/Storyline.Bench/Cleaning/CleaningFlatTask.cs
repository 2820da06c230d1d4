using System.Globalization;
using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-flat`: the flattened-text cleaner on real debris. Each page of the trafilatura set is
/// flattened to all its visible text (<see cref="PageFlattener"/>, the shape scrapers hand us) and
/// cleaned as plain text; its body is scored with the page's must-keep / must-drop snippets, beside
/// the flattened text kept whole and our HTML extractor on the same pages. Even pages are the tuning
/// half, odd pages the held-out half (`--half tune|heldout|all`, default all); `--errors N` prints
/// the first N missed and leaked snippets.
/// </summary>
internal sealed class CleaningFlatTask : IBenchTask
{
    private static readonly ArticleCleaner Cleaner = new(CleaningOptions.Default);

    public string Name => "cleaning-flat";

    public string Description => "quality: plain-text cleaning of the 990 pages flattened to visible text, scored by snippets (--half tune|heldout|all, --errors N)";

    public int Run(IReadOnlyList<string> args)
    {
        if (TaskArgs.Value(args, "--page") is { } name)
        {
            ShowPage(EvalSet.Load().First(p => p.File.Contains(name, StringComparison.Ordinal)));
            return 0;
        }

        var half = TaskArgs.Value(args, "--half") ?? "all";
        var errors = TaskArgs.Int(args, "--errors") ?? 0;
        var pages = Pages(EvalSet.Load(), half);
        var (whole, text, html) = Score(pages, errors);
        Console.WriteLine($"{pages.Count} pages ({half})");
        Print("flattened, kept whole", whole);
        Print("text cleaner", text);
        Print("HTML extractor", html);
        return 0;
    }

    /// <summary>The pages of one half: even positions tune, odd positions are held out.</summary>
    public static List<EvalPage> Pages(List<EvalPage> all, string half) => half switch
    {
        "tune" => [.. all.Where((_, i) => i % 2 == 0)],
        "heldout" => [.. all.Where((_, i) => i % 2 == 1)],
        _ => all,
    };

    /// <summary>Scores the flattened text kept whole, the text cleaner on it, and the HTML extractor.</summary>
    public static (SnippetScore Whole, SnippetScore Text, SnippetScore Html) Score(IReadOnlyList<EvalPage> pages, int showErrors = 0, bool compareHtml = true)
    {
        var flat = new string[pages.Count];
        var cleaned = new string[pages.Count];
        var extracted = new string[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            flat[i] = PageFlattener.Flatten(pages[i].Html);
            var document = RawDocument.Create(flat[i], pages[i].File, pages[i].Url, SourceFormat.Text);
            cleaned[i] = Cleaner.CleanOne(document).Text;
            extracted[i] = compareHtml && showErrors == 0 ? Extractors.Ours(pages[i]) : string.Empty;
        });

        SnippetScore whole = new(), text = new(), html = new();
        var shown = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            whole.Add(pages[i], flat[i]);
            html.Add(pages[i], extracted[i]);
            var (missed, leaked) = text.Add(pages[i], cleaned[i]);
            foreach (var (kind, snippet) in missed.Select(m => ("missed", m)).Concat(leaked.Select(l => ("leaked", l))))
            {
                if (shown++ < showErrors)
                {
                    Console.WriteLine($"  {pages[i].File} {kind}: {(snippet.Length > 110 ? snippet[..110] + "…" : snippet)}");
                }
            }
        }

        return (whole, text, html);
    }

    /// <summary>Every block of one flattened page with the label the text cleaner gave it.</summary>
    private static void ShowPage(EvalPage page)
    {
        var flat = PageFlattener.Flatten(page.Html);
        var result = Storyline.Cleaning.Text.TextBlockClassifier.Classify(flat);
        var removed = result.Removed.ToLookup(r => r.Text, r => r.Reason);
        var kept = result.Paragraphs.ToHashSet(StringComparer.Ordinal);
        foreach (var line in flat.Split('\n').Where(l => l.Length > 0))
        {
            var label = removed.Contains(line) ? removed[line].First() : kept.Contains(line) ? "BODY" : "?";
            Console.WriteLine($"{label,-16} {(line.Length > 120 ? line[..120] + "…" : line)}");
        }

        Console.WriteLine($"with: {string.Join(" | ", page.With)}");
        Console.WriteLine($"without: {string.Join(" | ", page.Without)}");
    }

    private static void Print(string what, SnippetScore s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-22} P {s.Precision:F4}  R {s.Recall:F4}  F1 {s.F1:F4}  (tp {s.TruePositives}, fn {s.FalseNegatives}, fp {s.FalsePositives})"));
}
