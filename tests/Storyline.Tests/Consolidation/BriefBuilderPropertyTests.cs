using FsCheck;
using FsCheck.Xunit;
using Storyline.Consolidation;
using Storyline.Documents;
using static Storyline.Tests.Consolidation.TestStories;

namespace Storyline.Tests.Consolidation;

public class BriefBuilderPropertyTests
{
    private static readonly string[] Pool =
    [
        "The council approved the new budget of 40 million dollars on Tuesday after a long debate.",
        "On Tuesday the council approved a new budget of forty million dollars following a long debate.",
        "The council approved the new budget of 45 million dollars on Tuesday.",
        "Opposition members said the budget would not fund the new hospital in the north.",
        "The mayor said the hospital would be funded next year from a separate grant.",
        "Teachers will receive a pay rise of three percent under the plan, officials said.",
        "Officials said teachers would get a 3 percent raise under the plan.",
        "The plan also cuts spending on roads by a fifth.",
        "Click here to subscribe to our newsletter",
        "Protesters gathered outside the town hall before the vote began in the morning.",
    ];

    [Property(MaxTest = 60)]
    public bool Build_AnyArticlesFromThePool_BriefInvariantsHold(PositiveInt seed, byte articleCount, bool sharedOutlet)
    {
        var random = new Random(seed.Get);
        var articles = Enumerable.Range(0, 1 + (articleCount % 5))
            .Select(i => Article($"a{i}", sharedOutlet && i % 2 == 0 ? "Same Outlet" : $"Outlet {i}",
                [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pool[random.Next(Pool.Length)]).Distinct()]))
            .ToArray();
        var story = Story(articles);
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var brief = new BriefBuilder(ConsolidationOptions.Default with { SummaryWords = 40 }).Build(story, ReuseReport.Empty);

        var outlets = articles.Select(a => a.Article.Outlet).Distinct().Count();
        return brief.Facts.All(f => f.IndependentSources >= 1 && f.IndependentSources <= Math.Min(f.ArticleIds.Length, outlets) && f.ArticleIds.All(ids.Contains))
            && brief.Summary.All(s => s.ArticleIds.Length > 0 && s.ArticleIds.All(ids.Contains))
            && brief.Summary.Select(s => s.Text).Distinct().Count() == brief.Summary.Length
            && brief.Coverage.Cells.Length == brief.Facts.Length
            && brief.Coverage.Cells.All(r => r.Length == brief.Coverage.Outlets.Length && r.Any(c => c))
            && brief.Discrepancies.All(d => d.Variants.Length >= 2 && d.Variants.All(v => v.ArticleIds.All(ids.Contains)))
            && brief.Timeline.Zip(brief.Timeline.Skip(1)).All(p => p.First.Date <= p.Second.Date)
            && !string.IsNullOrWhiteSpace(brief.Headline);
    }
}
