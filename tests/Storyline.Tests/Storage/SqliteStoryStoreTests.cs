using Microsoft.Data.Sqlite;
using Storyline.Documents;
using Storyline.Documents.Contract;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

public class SqliteStoryStoreTests
{
    private static readonly StoryJsonWriter Json = s => ContractJson.Serialize(ContractMapper.ToStory(s.Story, s.Brief));

    private static RawDocument Doc(string content, string sourceId, DocumentHints? hints = null) =>
        RawDocument.Create(content, sourceId, "/in/" + sourceId + ".txt", SourceFormat.Text, hints, sourceId + ".txt");

    private static List<RawDocument> Reports() =>
    [
        Doc("Ferries collide in harbour\n\nTwo ferries collided in the harbour of Portvale on Monday, injuring twelve passengers.", "herald",
            new DocumentHints("Ferries collide", new DateTimeOffset(2021, 10, 7, 9, 0, 0, TimeSpan.Zero), "Harbour Herald", "https://example.org/h", "en")),
        Doc("Harbour crash\n\nA collision between two ferries at Portvale injured passengers, the coastguard said.", "coastline"),
    ];

    /// <summary>An in-memory store holding the reports and the stories the pipeline makes of them.</summary>
    private static (SqliteStoryStore Store, DigestResult Digest) StoreWithStories()
    {
        var store = new SqliteStoryStore(":memory:");
        store.AddDocuments(Reports());
        var digest = new StorylinePipeline().Run(store.Documents());
        store.SaveStories(digest.Stories, Json, replaceAll: true);
        return (store, digest);
    }

    [Fact]
    public void AddDocuments_RoundTrip_EveryFieldKept()
    {
        using var store = new SqliteStoryStore(":memory:");
        var docs = Reports();
        var result = store.AddDocuments(docs);
        Assert.Equal(new AddResult(2, 0), result);
        Assert.Equal(docs, store.Documents());
    }

    [Fact]
    public void Open_NewDatabase_WalModeAndLatestSchema()
    {
        using var dir = new TempDir();
        var path = dir.Combine("s.db");
        using (var store = new SqliteStoryStore(path))
        {
            Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", pragma.ExecuteScalar() as string);
    }

    [Fact]
    public void Open_DatabaseOfOlderSchema_MigratedInPlaceDataKept()
    {
        using var dir = new TempDir();
        var path = dir.Combine("old.db");
        var docs = Reports();
        using (var old = new SqliteStoryStore(path, time: null, schemaVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            old.AddDocuments(docs);
        }

        using var store = new SqliteStoryStore(path);
        Assert.Equal(SqliteSchema.Latest, store.SchemaVersion);
        Assert.Equal(docs, store.Documents());
        var digest = new StorylinePipeline().Run(store.Documents());
        store.SaveStories(digest.Stories, Json, replaceAll: true);
        Assert.NotEmpty(store.Search("ferries", 5));
    }

    [Fact]
    public void SaveStories_ThenRead_ListJsonAndSearchAgree()
    {
        var (store, digest) = StoreWithStories();
        using var disposeStore = store;

        var listed = store.Stories();
        Assert.Equal(digest.Stories.Select(s => s.Story.Id), listed.Select(s => s.Id));
        var first = digest.Stories[0];
        Assert.Equal(first.Story.Articles.Length, listed[0].ArticleCount);
        Assert.Equal(first.Brief.Headline, listed[0].Headline);
        Assert.Equal(Json(first), store.StoryJson(first.Story.Id));
        Assert.Equal(Json(first), store.StoryJson(first.Story.Id[..5]));
        Assert.Null(store.StoryJson("no-such-story"));

        var hits = store.Search("collided Portvale", 10);
        var hit = Assert.Single(hits);
        Assert.Equal("herald", hit.SourceId);
        Assert.Equal(first.Story.Id, hit.StoryId);
        Assert.Contains("[Portvale]", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveStories_SameStoriesUpsertedAgain_NoDuplicateStoriesOrSearchHits()
    {
        var (store, digest) = StoreWithStories();
        using var disposeStore = store;
        store.SaveStories(digest.Stories, Json, replaceAll: false);
        store.SaveStories(digest.Stories, Json, replaceAll: false);
        Assert.Equal(digest.Stories.Select(s => s.Story.Id), store.Stories().Select(s => s.Id));
        Assert.Single(store.Search("collided Portvale", 10));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR NOT ( ) * : ^")]
    [InlineData("")]
    public void Search_QueryWithFtsSyntax_NoErrorOnlyWordsMatched(string query)
    {
        using var store = StoreWithStories().Store;
        Assert.Empty(store.Search(query, 10));
    }

    [Fact]
    public void Search_QuotedPhraseAndPrefix_Matched()
    {
        using var store = StoreWithStories().Store;
        Assert.Single(store.Search("\"two ferries collided\"", 10));
        Assert.Equal(2, store.Search("ferr*", 10).Count);
    }

    [Fact]
    public void SaveStories_WriterThrows_PreviousStoriesKept()
    {
        var (store, digest) = StoreWithStories();
        using var disposeStore = store;
        var before = store.Stories();

        Assert.Throws<InvalidOperationException>(() =>
            store.SaveStories(digest.Stories, _ => throw new InvalidOperationException("writer failed"), replaceAll: true));
        Assert.Equal(before.Select(Key), store.Stories().Select(Key));
        Assert.Equal(2, store.Documents().Count);
    }

    [Fact]
    public void AddDocuments_StampsInjectedClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        using var dir = new TempDir();
        var path = dir.Combine("t.db");
        using (var store = new SqliteStoryStore(path, clock))
        {
            store.AddDocuments(Reports());
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT DISTINCT ingested_at FROM raw_documents";
        Assert.Equal("2030-01-02T03:04:05.0000000+00:00", select.ExecuteScalar() as string);
    }

    private static string Key(StoredStory s) => $"{s.Id}|{s.Headline}|{s.ArticleCount}|{string.Join(',', s.Outlets)}|{s.FirstPublished}";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
