using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Documents;
using Storyline.Pipeline;
using static Storyline.Storage.StoredText;

namespace Storyline.Storage;

/// <summary>
/// The store in one SQLite file (WAL mode, so readers never wait for the writer), on
/// Microsoft.Data.Sqlite. Opening a file creates it or upgrades its schema; see <see cref="SqliteSchema"/>.
/// </summary>
public sealed partial class SqliteStoryStore : IStoryStore
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider time;

    /// <summary>Opens (creating or upgrading) the store at <paramref name="path"/>; <c>:memory:</c> keeps it in memory.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="time">The clock that stamps ingested documents; the system clock when null.</param>
    public SqliteStoryStore(string path, TimeProvider? time = null)
        : this(path, time, SqliteSchema.Latest)
    {
    }

    /// <summary>Opens the store applying migrations only up to <paramref name="schemaVersion"/> (for upgrade tests).</summary>
    internal SqliteStoryStore(string path, TimeProvider? time, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        this.time = time ?? TimeProvider.System;
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode = WAL;");
        Execute("PRAGMA synchronous = NORMAL;");
        Migrate(schemaVersion);
    }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public AddResult AddDocuments(IEnumerable<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var transaction = connection.BeginTransaction();
        using var insert = Command(
            """
            INSERT INTO raw_documents (id, source_id, origin, file_name, content, format, hint_title, hint_published, hint_source, hint_url, hint_language, ingested_at)
            VALUES ($id, $source_id, $origin, $file_name, $content, $format, $title, $published, $source, $url, $language, $at)
            ON CONFLICT(id) DO NOTHING
            """, transaction);
        int added = 0, existing = 0;
        foreach (var d in documents)
        {
            Bind(insert, ("$id", d.Id), ("$source_id", d.SourceId), ("$origin", d.Origin), ("$file_name", d.FileName),
                ("$content", d.Content), ("$format", d.Format.ToString()), ("$title", d.Hints.Title),
                ("$published", Iso(d.Hints.Published)), ("$source", d.Hints.Source), ("$url", d.Hints.Url),
                ("$language", d.Hints.Language), ("$at", stamp));
            if (insert.ExecuteNonQuery() == 1)
            {
                added++;
            }
            else
            {
                existing++;
            }
        }

        transaction.Commit();
        return new AddResult(added, existing);
    }

    /// <inheritdoc />
    public IReadOnlyList<RawDocument> Documents()
    {
        using var select = Command($"SELECT {StoreRows.DocumentColumns} FROM raw_documents ORDER BY rowid");
        using var reader = select.ExecuteReader();
        return StoreRows.Documents(reader);
    }

    /// <inheritdoc />
    public void SaveStories(IReadOnlyList<DigestedStory> stories, StoryJsonWriter toJson, bool replaceAll)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(toJson);

        // JSON is written before the transaction so a failing writer leaves the store as it was.
        var json = stories.Select(s => toJson(s)).ToList();
        using var transaction = connection.BeginTransaction();
        if (replaceAll)
        {
            Execute("DELETE FROM story_articles; DELETE FROM briefs; DELETE FROM stories; DELETE FROM article_search; DELETE FROM articles;", transaction);
        }

        var position = replaceAll ? 0 : Convert.ToInt32(Scalar("SELECT COALESCE(MAX(position) + 1, 0) FROM stories", transaction), CultureInfo.InvariantCulture);
        for (var i = 0; i < stories.Count; i++)
        {
            SaveStory(stories[i], json[i], position++, transaction);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public void UpdateStories(IReadOnlyList<DigestedStory> saved, IReadOnlyCollection<string> removed, StoryJsonWriter toJson)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(toJson);
        var json = saved.Select(s => toJson(s)).ToList();
        using var transaction = connection.BeginTransaction();
        using (var delete = Command("DELETE FROM story_articles WHERE story_id = $id; DELETE FROM briefs WHERE story_id = $id; DELETE FROM stories WHERE id = $id;", transaction))
        {
            foreach (var id in removed)
            {
                Bind(delete, ("$id", id));
                delete.ExecuteNonQuery();
            }
        }

        var position = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(position) + 1, 0) FROM stories", transaction), CultureInfo.InvariantCulture);
        for (var i = 0; i < saved.Count; i++)
        {
            SaveStory(saved[i], json[i], position++, transaction);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public bool DeleteDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        using var transaction = connection.BeginTransaction();
        using var delete = Command(
            """
            DELETE FROM story_articles WHERE article_id = $id;
            DELETE FROM article_search WHERE rowid = (SELECT rowid FROM articles WHERE id = $id);
            DELETE FROM articles WHERE id = $id;
            DELETE FROM raw_documents WHERE id = $id;
            """, transaction);
        Bind(delete, ("$id", documentId));
        delete.ExecuteNonQuery();
        var deleted = Convert.ToInt32(Scalar("SELECT changes()", transaction), CultureInfo.InvariantCulture) > 0;
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredStory> Stories()
    {
        using var select = Command($"SELECT {StoreRows.StoryColumns} FROM stories ORDER BY position");
        using var reader = select.ExecuteReader();
        return StoreRows.Stories(reader);
    }

    /// <inheritdoc />
    public string? StoryJson(string storyIdOrPrefix)
    {
        ArgumentNullException.ThrowIfNull(storyIdOrPrefix);
        using var select = Command("SELECT story_id, json FROM briefs WHERE story_id = $id OR substr(story_id, 1, length($id)) = $id LIMIT 3");
        Bind(select, ("$id", storyIdOrPrefix));
        using var reader = select.ExecuteReader();
        return StoreRows.PickStory(reader, storyIdOrPrefix);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsQuery.From(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        using var select = Command(
            """
            SELECT s.article_id, a.source_id, a.title, a.outlet,
                   (SELECT story_id FROM story_articles m WHERE m.article_id = s.article_id LIMIT 1),
                   snippet(article_search, -1, '[', ']', ' … ', 16)
            FROM article_search s JOIN articles a ON a.id = s.article_id
            WHERE article_search MATCH $match
            ORDER BY rank, s.article_id
            LIMIT $limit
            """);
        Bind(select, ("$match", match), ("$limit", limit));
        using var reader = select.ExecuteReader();
        return StoreRows.Hits(reader);
    }

    /// <inheritdoc />
    public string? Setting(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var select = Command("SELECT value FROM settings WHERE key = $key");
        Bind(select, ("$key", key));
        return select.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SaveSetting(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        using var upsert = Command("INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        Bind(upsert, ("$key", key), ("$value", value));
        upsert.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private void SaveStory(DigestedStory digested, string json, int position, SqliteTransaction transaction)
    {
        var story = digested.Story;
        var (articles, outlets, first, last) = StoreRows.Summary(digested);

        using (var delete = Command("DELETE FROM story_articles WHERE story_id = $id; DELETE FROM briefs WHERE story_id = $id; DELETE FROM stories WHERE id = $id;", transaction))
        {
            Bind(delete, ("$id", story.Id));
            delete.ExecuteNonQuery();
        }

        using (var insert = Command("INSERT INTO stories (id, position, headline, article_count, outlets, first_published, last_published) VALUES ($id, $position, $headline, $count, $outlets, $first, $last)", transaction))
        {
            Bind(insert, ("$id", story.Id), ("$position", position), ("$headline", digested.Brief.Headline), ("$count", articles.Count),
                ("$outlets", outlets), ("$first", first), ("$last", last));
            insert.ExecuteNonQuery();
        }

        using (var brief = Command("INSERT INTO briefs (story_id, json) VALUES ($id, $json)", transaction))
        {
            Bind(brief, ("$id", story.Id), ("$json", json));
            brief.ExecuteNonQuery();
        }

        for (var i = 0; i < articles.Count; i++)
        {
            SaveArticle(articles[i], transaction);
            using var member = Command("INSERT OR REPLACE INTO story_articles (story_id, article_id, position) VALUES ($story, $article, $position)", transaction);
            Bind(member, ("$story", story.Id), ("$article", articles[i].Id), ("$position", i));
            member.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Upserts an article and its search entry. The search entry shares the article's rowid (the
    /// upsert keeps it), so replacing an entry is a rowid lookup, not a scan of the index.
    /// </summary>
    private void SaveArticle(Article article, SqliteTransaction transaction)
    {
        using var save = Command(
            """
            DELETE FROM story_articles WHERE article_id = $id;
            DELETE FROM article_search WHERE rowid = (SELECT rowid FROM articles WHERE id = $id);
            INSERT INTO articles (id, source_id, title, text, byline, outlet, published, language, url)
            VALUES ($id, $source_id, $title, $text, $byline, $outlet, $published, $language, $url)
            ON CONFLICT(id) DO UPDATE SET source_id = excluded.source_id, title = excluded.title, text = excluded.text,
                byline = excluded.byline, outlet = excluded.outlet, published = excluded.published,
                language = excluded.language, url = excluded.url;
            INSERT INTO article_search (rowid, article_id, title, text)
            SELECT rowid, id, COALESCE(title, ''), text FROM articles WHERE id = $id;
            """, transaction);
        Bind(save, ("$id", article.Id), ("$source_id", article.SourceId), ("$title", article.Title), ("$text", article.Text),
            ("$byline", article.Byline), ("$outlet", article.Outlet), ("$published", Iso(article.Published)),
            ("$language", article.Language), ("$url", article.Url));
        save.ExecuteNonQuery();
    }

    private void Migrate(int target)
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        var current = SchemaVersion;
        if (current > SqliteSchema.Latest)
        {
            throw new InvalidOperationException($"database schema version {current} is newer than this Storyline understands ({SqliteSchema.Latest})");
        }

        for (var version = current + 1; version <= Math.Min(target, SqliteSchema.Latest); version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(SqliteSchema.Migrations[version - 1], transaction);
            using var record = Command("INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)", transaction);
            Bind(record, ("$v", version), ("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
