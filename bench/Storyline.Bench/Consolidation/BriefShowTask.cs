using Storyline.Consolidation;
using Storyline.Documents;

namespace Storyline.Bench.Consolidation;

/// <summary>Prints the brief of a cluster (`brief-show seeds|multinews:K`) to read what the stage produces.</summary>
internal sealed class BriefShowTask : IBenchTask
{
    public string Name => "brief-show";

    public string Description => "print headline, summary, facts and discrepancies of seeds or multinews:K";

    public int Run(IReadOnlyList<string> args)
    {
        var story = FactClusters.Load(args.Count > 0 ? args[0] : "seeds");
        var brief = new BriefBuilder(ConsolidationOptions.Default).Build(story, ReuseReport.Empty);
        var n = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        string Cite(IEnumerable<string> ids) => "[" + string.Join(",", ids.Select(id => n[id])) + "]";
        Console.WriteLine("HEADLINE: " + brief.Headline);
        foreach (var s in brief.Summary)
        {
            Console.WriteLine($"  S {Cite(s.ArticleIds)} {s.Text}");
        }

        foreach (var f in brief.Facts)
        {
            Console.WriteLine($"  F {f.IndependentSources} {Cite(f.ArticleIds)} {f.Text}");
        }

        foreach (var e in brief.Timeline)
        {
            Console.WriteLine($"  T {e.Date:yyyy-MM-dd} {e.Precision} {Cite(e.ArticleIds)} {e.Text}");
        }

        foreach (var d in brief.Discrepancies)
        {
            Console.WriteLine($"  D {d.About}");
            foreach (var v in d.Variants)
            {
                Console.WriteLine($"      {Cite(v.ArticleIds)} {v.Text}");
            }
        }

        return 0;
    }
}
