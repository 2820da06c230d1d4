using Storyline.Documents;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>The server's incremental pipeline: each step changes only the stories it must, and the stories it holds always partition its articles.</summary>
public class IncrementalPipelineTests
{
    private static RawDocument Doc(string sourceId, string text, int day, string outlet) =>
        RawDocument.Create(text, sourceId, "/in/" + sourceId, SourceFormat.Text,
            new DocumentHints(null, new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.Zero), outlet));

    /// <summary>Two unrelated events of three reports each.</summary>
    internal static List<RawDocument> TwoEvents() =>
    [
        Doc("f1", "Two ferries collided in the harbour of Portvale on Monday, injuring twelve passengers, the coastguard said.\n\nThe ferry operator Bluewave suspended crossings.", 3, "Harbour Herald"),
        Doc("f2", "A collision between two Bluewave ferries in Portvale harbour injured twelve passengers on Monday, according to the coastguard.\n\nCrossings were suspended.", 3, "Coastline Daily"),
        Doc("f3", "Portvale coastguard said twelve passengers were hurt when two ferries collided in the harbour; Bluewave halted its crossings.", 4, "Valley Courier"),
        Doc("b1", "The Ashby city council approved a budget of 40 million for the new library on Tuesday after a long debate.\n\nConstruction starts in May.", 4, "Morning Dispatch"),
        Doc("b2", "Ashby councillors voted on Tuesday to fund the new city library with 40 million; building work begins in May.", 4, "Newsflow"),
        Doc("b3", "The new Ashby library will cost 40 million, the city council decided on Tuesday, with construction from May.", 5, "Harbour Herald"),
    ];

    /// <summary>Applies changes to a map of story id to member ids, as the store would.</summary>
    private static void Apply(Dictionary<string, string[]> stories, StoryChanges changes)
    {
        foreach (var id in changes.Removed)
        {
            Assert.True(stories.Remove(id), $"removed story {id} was not held");
        }

        foreach (var saved in changes.Saved)
        {
            Assert.False(stories.ContainsKey(saved.Story.Id), $"saved story {saved.Story.Id} was held already");
            stories[saved.Story.Id] = [.. saved.Story.Articles.Select(a => a.Id)];
        }
    }

    private static void AssertPartition(Dictionary<string, string[]> stories, IEnumerable<string> articleIds)
    {
        var members = stories.Values.SelectMany(m => m).ToList();
        Assert.Equal(members.Count, members.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(articleIds.Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Start_EmptyStore_SameStoriesAsAFullRun()
    {
        var documents = TwoEvents();
        var full = new StorylinePipeline().Run(documents);
        var changes = new IncrementalPipeline(new StorylinePipeline()).Start(documents, new Dictionary<string, string>());
        Assert.Equal(full.Stories.Select(s => s.Story.Id).Order(StringComparer.Ordinal), changes.Saved.Select(s => s.Story.Id).Order(StringComparer.Ordinal));
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Start_StoriesAlreadyStored_NothingConsolidatedAgain()
    {
        var documents = TwoEvents();
        var stored = StoredMembership(new StorylinePipeline().Run(documents).Stories);
        var changes = new IncrementalPipeline(new StorylinePipeline()).Start(documents, stored);
        Assert.Empty(changes.Saved);
        Assert.Empty(changes.Removed);
    }

    private static Dictionary<string, string> StoredMembership(IEnumerable<DigestedStory> stories) =>
        stories.SelectMany(s => s.Story.Articles.Select(a => (Article: a.Id, Story: s.Story.Id))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);

    [Fact]
    public void Start_StoredGroupingUnlikeTheStream_KeptAndNewArticleTouchesOneStoredStory()
    {
        // Every report stored as its own story: the stream would group them in two, but a restart must
        // not rewrite the store's briefs (the cost that made a first write on a big store take minutes).
        var documents = TwoEvents();
        var pipeline = new StorylinePipeline();
        var singles = documents.Select(d => pipeline.RunAsOneStory([d])).ToList();
        var stories = singles.ToDictionary(s => s.Story.Id, s => s.Story.Articles.Select(a => a.Id).ToArray(), StringComparer.Ordinal);
        var incremental = new IncrementalPipeline(pipeline);

        Assert.Equal(StoryChanges.None.Saved, incremental.Start(documents, StoredMembership(singles)).Saved);
        Assert.NotNull(incremental.LastStart);
        Assert.Equal(0, incremental.LastStart!.Consolidated);

        var late = Doc("f4", "Twelve passengers were injured when two Bluewave ferries collided in Portvale harbour on Monday, the coastguard said.", 5, "Newsflow");
        var changes = incremental.Add([late]);
        var grown = Assert.Single(changes.Saved);
        Assert.Single(changes.Removed);
        Assert.Equal(2, grown.Story.Articles.Length);
        Assert.Contains(grown.Story.Articles, a => a.Id == late.Id);
        Assert.All(grown.Story.Articles, a => Assert.StartsWith("f", a.Article.SourceId, StringComparison.Ordinal));
        Apply(stories, changes);
        AssertPartition(stories, documents.Append(late).Select(d => d.Id));
    }

    [Fact]
    public void Start_DocumentsInNoStoredStory_PlacedAsNewStoriesOthersKept()
    {
        var documents = TwoEvents();
        var pipeline = new StorylinePipeline();
        var ferries = pipeline.RunAsOneStory([.. documents.Take(3)]);
        var changes = new IncrementalPipeline(pipeline).Start(documents, StoredMembership([ferries]));
        var library = Assert.Single(changes.Saved);
        Assert.Empty(changes.Removed);
        Assert.Equal(documents.Skip(3).Select(d => d.Id).Order(StringComparer.Ordinal), library.Story.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_OneAtATime_EveryStepKeepsAPartitionAndTouchesOnlyItsStory()
    {
        var documents = TwoEvents();
        var incremental = new IncrementalPipeline(new StorylinePipeline());
        var stories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Apply(stories, incremental.Start([], new Dictionary<string, string>()));
        for (var i = 0; i < documents.Count; i++)
        {
            var changes = incremental.Add([documents[i]]);
            var touched = Assert.Single(changes.Saved);
            Assert.Contains(touched.Story.Articles, a => a.Id == documents[i].Id);
            Assert.True(changes.Removed.Length <= 1 + i);
            Apply(stories, changes);
            AssertPartition(stories, documents.Take(i + 1).Select(d => d.Id));
        }

        Assert.Equal(StoryChanges.None, incremental.Add([documents[0]]));
        Assert.Equal(documents.Count, incremental.Count);
    }

    [Fact]
    public void Remove_Article_ItsStoryChangesOthersKept()
    {
        var documents = TwoEvents();
        var incremental = new IncrementalPipeline(new StorylinePipeline());
        var stories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Apply(stories, incremental.Start(documents, new Dictionary<string, string>()));
        var before = stories.Keys.ToHashSet(StringComparer.Ordinal);

        var changes = incremental.Remove(documents[0].Id);
        Apply(stories, changes);
        var removed = Assert.Single(changes.Removed);
        Assert.Contains(removed, before);
        Assert.All(changes.Saved, s => Assert.DoesNotContain(s.Story.Articles, a => a.Id == documents[0].Id));
        AssertPartition(stories, documents.Skip(1).Select(d => d.Id));
        Assert.Equal(StoryChanges.None, incremental.Remove(documents[0].Id));

        Apply(stories, incremental.Add([documents[0]]));
        AssertPartition(stories, documents.Select(d => d.Id));
    }

    [SharedDataFact]
    public void Add_SeedsOneByOne_EndInOneStoryOfAll()
    {
        var documents = new Ingestor(IngestOptions.Default).Read([SharedData.Seeds]).OfType<IngestedDocument>().Select(d => d.Document).ToList();
        var incremental = new IncrementalPipeline(new StorylinePipeline());
        var stories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Apply(stories, incremental.Start([], new Dictionary<string, string>()));
        foreach (var document in documents)
        {
            Apply(stories, incremental.Add([document]));
        }

        AssertPartition(stories, documents.Select(d => d.Id));
        Assert.Equal(documents.Count, Assert.Single(stories.Values).Length);
    }
}
