using Storyline.Pipeline;
using Storyline.Storage;
using static Storyline.Tests.Storage.SqliteStoryStoreTests;

namespace Storyline.Tests.Storage;

/// <summary>The behaviour every <see cref="IStoryStore"/> must have, run against SQLite and PostgreSQL.</summary>
public class StoreSuiteTests
{
    /// <summary>A store holding the reports and the stories the pipeline makes of them.</summary>
    private static (TestStore Store, DigestResult Digest) StoreWithStories(string kind)
    {
        var test = TestStore.Open(kind);
        test.Store.AddDocuments(Reports());
        var digest = new StorylinePipeline().Run(test.Store.Documents());
        test.Store.SaveStories(digest.Stories, Json, replaceAll: true);
        return (test, digest);
    }

    [Theory, SqliteStore, PostgresStore]
    public void AddDocuments_RoundTrip_EveryFieldKept(string kind)
    {
        using var test = TestStore.Open(kind);
        var docs = Reports();
        Assert.Equal(new AddResult(2, 0), test.Store.AddDocuments(docs));
        Assert.Equal(docs, test.Store.Documents());
        Assert.Equal(new AddResult(0, 2), test.Store.AddDocuments(docs));
        Assert.Equal(docs, test.Store.Documents());
    }

    [Theory, SqliteStore, PostgresStore]
    public void SaveStories_ThenRead_ListJsonAndSearchAgree(string kind)
    {
        var (test, digest) = StoreWithStories(kind);
        using var disposeStore = test;
        var store = test.Store;

        var listed = store.Stories();
        Assert.Equal(digest.Stories.Select(s => s.Story.Id), listed.Select(s => s.Id));
        var first = digest.Stories[0];
        Assert.Equal(first.Story.Articles.Length, listed[0].ArticleCount);
        Assert.Equal(first.Brief.Headline, listed[0].Headline);
        Assert.Equal(Json(first), store.StoryJson(first.Story.Id));
        Assert.Equal(Json(first), store.StoryJson(first.Story.Id[..5]));
        Assert.Null(store.StoryJson("no-such-story"));

        var hit = Assert.Single(store.Search("collided Portvale", 10));
        Assert.Equal("herald", hit.SourceId);
        Assert.Equal(first.Story.Id, hit.StoryId);
        Assert.Contains("[Portvale]", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public void SaveStories_SameStoriesUpsertedAgain_NoDuplicateStoriesOrSearchHits(string kind)
    {
        var (test, digest) = StoreWithStories(kind);
        using var disposeStore = test;
        test.Store.SaveStories(digest.Stories, Json, replaceAll: false);
        test.Store.SaveStories(digest.Stories, Json, replaceAll: false);
        Assert.Equal(digest.Stories.Select(s => s.Story.Id), test.Store.Stories().Select(s => s.Id));
        Assert.Single(test.Store.Search("collided Portvale", 10));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Search_QueryWithSearchSyntax_NoErrorOnlyWordsMatched(string kind)
    {
        using var test = StoreWithStories(kind).Store;
        foreach (var query in new[] { "\"unbalanced", "AND OR NOT ( ) * : ^ & | ! <->", string.Empty, "'", "\\" })
        {
            Assert.Empty(test.Store.Search(query, 10));
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public void Search_QuotedPhraseAndPrefix_Matched(string kind)
    {
        using var test = StoreWithStories(kind).Store;
        Assert.Single(test.Store.Search("\"two ferries collided\"", 10));
        Assert.Empty(test.Store.Search("\"collided ferries two\"", 10));
        Assert.Equal(2, test.Store.Search("ferr*", 10).Count);
    }

    [Theory, SqliteStore, PostgresStore]
    public void SaveStories_WriterThrows_PreviousStoriesKept(string kind)
    {
        var (test, digest) = StoreWithStories(kind);
        using var disposeStore = test;
        var before = test.Store.Stories();

        Assert.Throws<InvalidOperationException>(() =>
            test.Store.SaveStories(digest.Stories, _ => throw new InvalidOperationException("writer failed"), replaceAll: true));
        Assert.Equal(before.Select(Key), test.Store.Stories().Select(Key));
        Assert.Equal(2, test.Store.Documents().Count);
    }

    [Theory, SqliteStore, PostgresStore]
    public void SaveStories_ReplaceAll_OldArticlesLeaveTheIndex(string kind)
    {
        var (test, _) = StoreWithStories(kind);
        using var disposeStore = test;
        test.Store.SaveStories([], Json, replaceAll: true);
        Assert.Empty(test.Store.Stories());
        Assert.Empty(test.Store.Search("ferries", 10));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Setting_SavedTwice_LastValueKept(string kind)
    {
        using var test = TestStore.Open(kind);
        Assert.Null(test.Store.Setting("k"));
        test.Store.SaveSetting("k", "one");
        test.Store.SaveSetting("k", "two");
        Assert.Equal("two", test.Store.Setting("k"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void UpdateStories_RemovesAndAdds_OthersKeptInOneStep(string kind)
    {
        var (test, digest) = StoreWithStories(kind);
        using var disposeStore = test;
        var pipeline = new StorylinePipeline();
        var documents = test.Store.Documents();
        var alone = pipeline.RunAsOneStory([documents[0]]);
        test.Store.UpdateStories([alone], [.. digest.Stories.Select(s => s.Story.Id)], Json);

        var listed = Assert.Single(test.Store.Stories());
        Assert.Equal(alone.Story.Id, listed.Id);
        Assert.Equal(Json(alone), test.Store.StoryJson(alone.Story.Id));
        Assert.All(digest.Stories.Where(s => s.Story.Id != alone.Story.Id), s => Assert.Null(test.Store.StoryJson(s.Story.Id)));
        Assert.Equal(2, test.Store.Documents().Count);
    }

    [Theory, SqliteStore, PostgresStore]
    public void DeleteDocument_Stored_GoneFromDocumentsAndSearchOnce(string kind)
    {
        var (test, _) = StoreWithStories(kind);
        using var disposeStore = test;
        var herald = test.Store.Documents().Single(d => d.SourceId == "herald");

        Assert.True(test.Store.DeleteDocument(herald.Id));
        Assert.False(test.Store.DeleteDocument(herald.Id));
        Assert.DoesNotContain(test.Store.Documents(), d => d.Id == herald.Id);
        Assert.Single(test.Store.Documents());
        Assert.DoesNotContain(test.Store.Search("Portvale", 10), h => h.ArticleId == herald.Id);
        Assert.NotEmpty(test.Store.Search("Portvale", 10));
    }

    private static string Key(StoredStory s) => $"{s.Id}|{s.Headline}|{s.ArticleCount}|{string.Join(',', s.Outlets)}|{s.FirstPublished}";
}
