using Storyline.Cleaning.Html;

namespace Storyline.Bench.Cleaning;

/// <summary>`cleaning-page NAME`: shows kept and removed blocks of one eval page, for error analysis.</summary>
internal sealed class CleaningPageTask : IBenchTask
{
    public string Name => "cleaning-page";

    public string Description => "error analysis: kept and removed blocks of one trafilatura-eval page (by file name part)";

    public int Run(IReadOnlyList<string> args)
    {
        var page = EvalSet.Load().First(p => p.File.Contains(args[0], StringComparison.Ordinal));
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

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
