using Storyline.Documents;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Consolidation;

public class SeedBriefTests
{
    private static DigestedStory DigestSeeds()
    {
        var seeds = SharedData.SeedFiles.Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text)).ToList();
        return new StorylinePipeline().RunAsOneStory(seeds);
    }

    [SharedDataFact]
    public void Build_Seeds_ReportsOfOneEventShareCorroboratedFacts()
    {
        var (story, brief) = DigestSeeds();

        // Five reports of one event: something is stated by at least three of them.
        Assert.Contains(brief.Facts, f => f.ArticleIds.Length >= 3);
        Assert.All(brief.Facts, f => Assert.InRange(f.IndependentSources, 1, f.ArticleIds.Length));
        Assert.All(brief.Facts, f => Assert.Equal(f.ArticleIds.Length, f.ArticleIds.Distinct(StringComparer.Ordinal).Count()));
        Assert.Equal(brief.Facts.Length, brief.Coverage.Cells.Length);
        Assert.All(brief.Coverage.Cells, row => Assert.Equal(brief.Coverage.Outlets.Length, row.Length));
        Assert.True(story.Articles.Length >= 2);
    }

    [SharedDataFact]
    public void Build_Seeds_SummaryCitedToArticlesThatCarryIt()
    {
        var (story, brief) = DigestSeeds();
        var byId = story.Articles.ToDictionary(a => a.Id, a => a.Article.Text, StringComparer.Ordinal);

        Assert.NotEmpty(brief.Summary);
        Assert.All(brief.Summary, s =>
        {
            Assert.All(s.ArticleIds, id => Assert.True(byId.ContainsKey(id)));
            Assert.Contains(s.ArticleIds, id => byId[id].Contains(s.Text, StringComparison.Ordinal));
        });
        // The default budget is 100 words; only the sentence that crossed it may run past (it can stand anywhere in reading order).
        var counts = brief.Summary.Select(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.InRange(counts.Sum(), 100, 100 + counts.Max() - 1);
    }
}
