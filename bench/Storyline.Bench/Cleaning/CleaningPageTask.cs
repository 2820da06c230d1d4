using Storyline.Cleaning.Html;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-page NAME [--blocks]`: shows kept and removed blocks of one eval page, for error
/// analysis; with --blocks, every walked block in document order with the selector's decision,
/// its kind, link density and owner tag, marked + when it holds a must-keep snippet and - when it
/// holds a must-drop one.
/// </summary>
internal sealed class CleaningPageTask : IBenchTask
{
    public string Name => "cleaning-page";

    public string Description => "error analysis: kept and removed blocks of one trafilatura-eval page (by file name part)";

    public int Run(IReadOnlyList<string> args)
    {
        var page = EvalSet.Load().First(p => p.File.Contains(args[0], StringComparison.Ordinal));
        if (args.Contains("--blocks"))
        {
            return Blocks(page);
        }

        var result = HtmlExtractor.Extract(page.Html);
        Console.WriteLine($"title: {result.Metadata.Title} | byline: {result.Metadata.Byline} | date: {result.Metadata.Published} | outlet: {result.Metadata.Outlet} | lang: {result.Metadata.Language} | empty: {result.EmptyReason}");
        foreach (var p in result.Paragraphs)
        {
            Console.WriteLine($"KEEP  {Short(p)}");
        }

        foreach (var r in result.Removed)
        {
            Console.WriteLine($"{r.Reason,-14} {Short(r.Text)}");
        }

        Console.WriteLine("with: " + string.Join(" || ", page.With));
        Console.WriteLine("without: " + string.Join(" || ", page.Without));
        return 0;
    }

    private static int Blocks(EvalPage page)
    {
        using var document = HtmlExtractor.Parser.ParseDocument(MarkupPrefilter.Strip(page.Html));
        var walked = PageWalker.Walk(document.Body ?? document.DocumentElement);
        var with = page.With.Select(SnippetScore.Normalise).ToList();
        var without = page.Without.Select(SnippetScore.Normalise).ToList();
        foreach (var decision in MainContentSelector.Select(walked))
        {
            var block = decision.Block;
            var mark = with.Any(s => block.Text.Contains(s, StringComparison.Ordinal)) ? "+" : without.Any(s => block.Text.Contains(s, StringComparison.Ordinal)) ? "-" : " ";
            var owner = block.Owner >= 0 ? walked.Elements[block.Owner].Tag : "body";
            var flag = walked.Flagged.LastOrDefault(f => f.Start <= block.Position && block.Position < f.End).Reason ?? "";
            Console.WriteLine(FormattableString.Invariant($"{mark} {decision.Reason ?? "KEEP",-15} {block.Kind,-8} {owner,-8} ld {block.LinkDensity:F2} {flag,-8} {Short(block.Text)}"));
        }

        Console.WriteLine("with: " + string.Join(" || ", page.With));
        Console.WriteLine("without: " + string.Join(" || ", page.Without));
        return 0;
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
