using System.Net;
using System.Text.Json;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Tests.Support;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>The rebuild of the incremental pipeline when a server starts on a stored store.</summary>
public sealed class RebuildTests
{
    /// <summary>A store whose stories are one report each: not the grouping the stream would make.</summary>
    private static (string Db, HashSet<string> StoryIds, int Documents) StoreOfSingles(TempDir dir)
    {
        var db = dir.Combine("singles.db");
        using var store = new SqliteStoryStore(db);
        var documents = WebHost.SampleDocuments();
        store.AddDocuments(documents);
        var pipeline = new StorylinePipeline();
        var stories = store.Documents().Select(d => pipeline.RunAsOneStory([d])).ToList();
        store.SaveStories(stories, StoreGate.Writer, replaceAll: true);
        return (db, stories.Select(s => s.Story.Id).ToHashSet(StringComparer.Ordinal), documents.Count);
    }

    [Fact]
    public async Task Start_StoredStoriesUnlikeTheStream_RebuildKeepsThemAndConsolidatesNone()
    {
        using var dir = new TempDir();
        var (db, storyIds, documents) = StoreOfSingles(dir);
        Assert.True(documents > 1, "the samples hold several reports");
        await using var host = await WebHost.StartAsync(withSamples: false, database: db);

        await host.Gate.PrepareAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var profile = Assert.IsType<StartProfile>(host.Gate.RebuildProfile);
        Assert.Equal(documents, profile.Articles);
        Assert.Equal(0, profile.Consolidated);
        Assert.Equal(storyIds.Order(StringComparer.Ordinal), host.Gate.Current.Stories.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(storyIds.Order(StringComparer.Ordinal), host.Gate.With(s => s.Stories()).Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostArticle_AfterTheRebuild_ReplacesAtMostOneStoredStory()
    {
        using var dir = new TempDir();
        var (db, storyIds, documents) = StoreOfSingles(dir);
        await using var host = await WebHost.StartAsync(withSamples: false, database: db);
        await host.Gate.PrepareAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var sample = host.Gate.Current.Articles.Values.First().Article;
        var body = JsonSerializer.Serialize(new { id = "late", text = sample.Text + "\n\nA later edition added this closing line.", source = "Late Gazette", date = "2025-03-04" });

        var response = await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = host.Gate.Current.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(storyIds.Except(after).Count(), 0, 1);
        Assert.Equal(documents + 1, host.Gate.Current.Articles.Count);
        Assert.Equal(host.Gate.Current.Articles.Count, host.Gate.Current.Stories.Sum(s => s.ArticleCount));
    }
}
