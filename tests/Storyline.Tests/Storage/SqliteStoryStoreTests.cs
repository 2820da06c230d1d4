using Microsoft.Data.Sqlite;
using Storyline.Documents;
using Storyline.Documents.Contract;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

public class SqliteStoryStoreTests
{
    internal static readonly StoryJsonWriter Json = s => ContractJson.Serialize(ContractMapper.ToStory(s.Story, s.Brief));

    private static RawDocument Doc(string content, string sourceId, DocumentHints? hints = null) =>
        RawDocument.Create(content, sourceId, "/in/" + sourceId + ".txt", SourceFormat.Text, hints, sourceId + ".txt");

    internal static List<RawDocument> Reports() =>
    [
        Doc("Ferries collide in harbour\n\nTwo ferries collided in the harbour of Portvale on Monday, injuring twelve passengers.", "herald",
            new DocumentHints("Ferries collide", new DateTimeOffset(2021, 10, 7, 9, 0, 0, TimeSpan.Zero), "Harbour Herald", "https://example.org/h", "en")),
        Doc("Harbour crash\n\nA collision between two ferries at Portvale injured passengers, the coastguard said.", "coastline"),
    ];

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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
