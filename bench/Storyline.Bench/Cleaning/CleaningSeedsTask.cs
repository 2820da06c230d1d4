using Storyline.Cleaning;
using Storyline.Documents;

namespace Storyline.Bench.Cleaning;

/// <summary>`cleaning-seeds`: shows title, credits, body and removed blocks of each seed, for review.</summary>
internal sealed class CleaningSeedsTask : IBenchTask
{
    public string Name => "cleaning-seeds";

    public string Description => "review: the Cleaning stage's output on ../shared/seeds";

    public int Run(IReadOnlyList<string> args)
    {
        var documents = Directory.GetFiles(SharedData.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text))
            .ToList();
        foreach (var article in new ArticleCleaner(CleaningOptions.Default).Clean(documents))
        {
            Console.WriteLine($"=== {article.SourceId} title: {article.Title} | date: {article.Published:yyyy-MM-dd} | byline: {article.Byline} | credits: {string.Join(",", article.Credits)}");
            foreach (var p in article.Paragraphs)
            {
                Console.WriteLine($"  BODY {(p.Length > 110 ? p[..110] + "…" : p)}");
            }

            foreach (var r in article.Removed)
            {
                Console.WriteLine($"  {r.Reason,-15} {(r.Text.Length > 100 ? r.Text[..100] + "…" : r.Text)}");
            }
        }

        return 0;
    }
}
