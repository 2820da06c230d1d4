using System.Text.RegularExpressions;
using Storyline.Documents;
using Storyline.Documents.Contract;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>Issue 2's acceptance: the five seed reports digest into one story with a full contract.</summary>
public class SeedsDigestTests
{
    // Generic shapes of site debris (calls to action, comment forms, navigation, aggregator
    // disclaimers): none may survive into a clean body, in any report.
    private static readonly Regex Debris = new(
        @"leave a reply|your email address will not be published|skip to content|^read (also|more)\b|support us|donate|subscribe|not all news on the site|translate it through|dear readers|remind me later",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Lazy<DigestResult> Digest = new(() =>
    {
        var documents = new Ingestor(IngestOptions.Default)
            .Read([SharedData.Seeds])
            .OfType<IngestedDocument>()
            .Select(d => d.Document)
            .ToList();
        return new StorylinePipeline().Run(documents);
    });

    [SharedDataFact]
    public void Run_Seeds_OneStoryWithAllFive()
    {
        var story = Assert.Single(Digest.Value.Stories);
        Assert.Equal(SharedData.SeedFiles.Count, story.Story.Articles.Length);
    }

    [SharedDataFact]
    public void Run_Seeds_EveryContractListFilled()
    {
        var story = ContractMapper.ToStory(Digest.Value.Stories[0].Story, Digest.Value.Stories[0].Brief);
        Assert.False(string.IsNullOrWhiteSpace(story.Headline));
        Assert.NotEmpty(story.Summary);
        Assert.NotEmpty(story.Timeline);
        Assert.NotEmpty(story.Entities);
        Assert.NotEmpty(story.Quotes);
        Assert.NotEmpty(story.Facts);
        Assert.NotEmpty(story.ReusedPassages);
        Assert.All(story.Articles, a => Assert.NotEmpty(a.Removed));
        Assert.Contains(story.Articles, a => a.Credits.Count > 0);
    }

    [SharedDataFact]
    public void Run_Seeds_NoDebrisInAnyBody()
    {
        foreach (var article in Digest.Value.Stories.SelectMany(s => s.Story.Articles))
        {
            var match = Debris.Match(article.Article.Text);
            Assert.False(match.Success, $"{article.Article.FileName}: debris '{match.Value}' left in the body");
        }
    }

    [SharedDataFact]
    public void Run_Seeds_SummaryCitesOnlyMembers()
    {
        var (story, brief) = (Digest.Value.Stories[0].Story, Digest.Value.Stories[0].Brief);
        var ids = story.Articles.Select(a => a.Id).ToHashSet();
        Assert.All(brief.Summary, s => Assert.All(s.ArticleIds, id => Assert.Contains(id, ids)));
        Assert.All(brief.Facts, f => Assert.InRange(f.IndependentSources, 1, f.ArticleIds.Length));
    }

    [Fact]
    public void Run_UndatedArticleInDatedStory_DatesPlacedButNotShownAsPublished()
    {
        var dated = RawDocument.Create("Port reopens\n\nPublished March 3, 2025\n\nThe harbour authority said on Monday that the port will reopen on Friday after repairs to the main pier were completed.", "a", "a.txt", SourceFormat.Text);
        var undated = RawDocument.Create("Harbour back in business\n\nThe port will reopen on Friday, the harbour authority said on Monday, after the main pier was repaired by crews working through the weekend.", "b", "b.txt", SourceFormat.Text);
        var result = new StorylinePipeline().RunAsOneStory([dated, undated]);
        var b = result.Story.Articles.Single(a => a.Article.SourceId == "b");

        Assert.True(b.Annotations.ReferenceDateFromStory);
        Assert.NotNull(b.Annotations.ReferenceDate);
        Assert.Null(ContractMapper.ToArticle(b).Published);
    }

    [Fact]
    public void Run_Samples_OneStoryPerEventFolder()
    {
        var root = Path.Combine(SharedData.RepoRoot, "samples");
        var documents = new Ingestor(IngestOptions.Default).Read([root]).OfType<IngestedDocument>().Select(d => d.Document).ToList();
        var stories = new StorylinePipeline().Run(documents).Stories;

        // The demo corpus keeps each fictional event in its own folder; an undated aggregator copy of
        // a wire passage must still find its event after later events have come and gone.
        Assert.Equal(Directory.GetDirectories(root).Length, stories.Length);
        Assert.All(stories, s => Assert.Single(s.Story.Articles.Select(a => Path.GetDirectoryName(a.Article.Origin)).Distinct()));
    }
}
