using Microsoft.Data.Sqlite;

namespace Storyline.Storage;

/// <summary>
/// The store in one SQLite file (WAL mode, so readers never wait for the writer), on
/// Microsoft.Data.Sqlite. Opening a file creates it or upgrades its schema; see <see cref="SqliteSchema"/>.
/// Search is an FTS5 table kept beside the articles, sharing each article's rowid.
/// </summary>
public sealed class SqliteStoryStore : RelationalStoryStore
{
    /// <summary>Opens (creating or upgrading) the store at <paramref name="path"/>; <c>:memory:</c> keeps it in memory.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="time">The clock that stamps ingested documents; the system clock when null.</param>
    public SqliteStoryStore(string path, TimeProvider? time = null)
        : this(path, time, SqliteSchema.Latest)
    {
    }

    /// <summary>Opens the store applying migrations only up to <paramref name="schemaVersion"/> (for upgrade tests).</summary>
    internal SqliteStoryStore(string path, TimeProvider? time, int schemaVersion)
        : base(Open(path), time, schemaVersion)
    {
    }

    private protected override IReadOnlyList<string> Migrations => SqliteSchema.Migrations;

    private protected override string ArrivalOrder => "rowid";

    private protected override string ClearDerivedSql =>
        "DELETE FROM story_articles; DELETE FROM briefs; DELETE FROM stories; DELETE FROM article_search; DELETE FROM articles;";

    // The search entry shares the article's rowid (the upsert keeps it), so replacing an entry is a
    // rowid lookup, not a scan of the index.
    private protected override string SaveArticleSql =>
        """
        DELETE FROM article_search WHERE rowid = (SELECT rowid FROM articles WHERE id = @id);
        INSERT INTO articles (id, source_id, title, text, byline, outlet, published, language, url)
        VALUES (@id, @source_id, @title, @text, @byline, @outlet, @published, @language, @url)
        ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, title = excluded.title, text = excluded.text,
            byline = excluded.byline, outlet = excluded.outlet, published = excluded.published,
            language = excluded.language, url = excluded.url;
        INSERT INTO article_search (rowid, article_id, title, text)
        SELECT rowid, id, COALESCE(title, ''), text FROM articles WHERE id = @id;
        """;

    private protected override string DeleteArticleSql =>
        """
        DELETE FROM story_articles WHERE article_id = @id;
        DELETE FROM article_search WHERE rowid = (SELECT rowid FROM articles WHERE id = @id);
        DELETE FROM articles WHERE id = @id;
        """;

    private protected override string SearchSql =>
        """
        SELECT s.article_id, a.source_id, a.title, a.outlet,
               (SELECT story_id FROM story_articles m WHERE m.article_id = s.article_id LIMIT 1),
               snippet(article_search, -1, '[', ']', ' … ', 16)
        FROM article_search s JOIN articles a ON a.id = s.article_id
        WHERE article_search MATCH @match
        ORDER BY rank, s.article_id
        LIMIT @limit
        """;

    private protected override string? SearchMatch(string query) => FtsQuery.From(query);

    private static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Prepare(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        return connection;
    }
}
