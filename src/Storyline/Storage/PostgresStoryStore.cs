using System.Collections.Immutable;
using System.Globalization;
using Npgsql;
using Storyline.Documents;
using Storyline.Pipeline;
using static Storyline.Storage.StoredText;

namespace Storyline.Storage;

/// <summary>
/// The store in a PostgreSQL database (Npgsql), for a newsroom server; the same behaviour as
/// <see cref="SqliteStoryStore"/>, checked by the same test suite. One connection, like the SQLite
/// store: callers that share it across threads serialise access.
/// </summary>
public sealed partial class PostgresStoryStore : IStoryStore
{
    private readonly NpgsqlConnection connection;
    private readonly TimeProvider time;

    /// <summary>Connects and creates or upgrades the schema.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="time">The clock that stamps ingested documents; the system clock when null.</param>
    /// <param name="schema">A PostgreSQL schema to keep the tables in (created when missing); the default search path when null.</param>
    public PostgresStoryStore(string connectionString, TimeProvider? time = null, string? schema = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        this.time = time ?? TimeProvider.System;
        connection = new NpgsqlConnection(connectionString);
        connection.Open();
        if (schema is not null)
        {
            var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            Execute($"CREATE SCHEMA IF NOT EXISTS {quoted}; SET search_path TO {quoted};");
        }

        Migrate();
    }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public AddResult AddDocuments(IEnumerable<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var transaction = connection.BeginTransaction();
        int added = 0, existing = 0;
        foreach (var d in documents)
        {
            using var insert = Command(
                """
                INSERT INTO raw_documents (id, source_id, origin, file_name, content, format, hint_title, hint_published, hint_source, hint_url, hint_language, ingested_at)
                VALUES (@id, @source_id, @origin, @file_name, @content, @format, @title, @published, @source, @url, @language, @at)
                ON CONFLICT (id) DO NOTHING
                """,
                ("id", d.Id), ("source_id", d.SourceId), ("origin", d.Origin), ("file_name", d.FileName),
                ("content", d.Content), ("format", d.Format.ToString()), ("title", d.Hints.Title),
                ("published", Iso(d.Hints.Published)), ("source", d.Hints.Source), ("url", d.Hints.Url),
                ("language", d.Hints.Language), ("at", stamp));
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
        using var select = Command($"SELECT {StoreRows.DocumentColumns} FROM raw_documents ORDER BY seq");
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
            Execute("DELETE FROM story_articles; DELETE FROM briefs; DELETE FROM stories; DELETE FROM articles;");
        }

        var position = replaceAll ? 0 : Convert.ToInt32(Scalar("SELECT COALESCE(MAX(position) + 1, 0) FROM stories"), CultureInfo.InvariantCulture);
        for (var i = 0; i < stories.Count; i++)
        {
            SaveStory(stories[i], json[i], position++);
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
        foreach (var id in removed)
        {
            Run("DELETE FROM story_articles WHERE story_id = @id; DELETE FROM briefs WHERE story_id = @id; DELETE FROM stories WHERE id = @id;", ("id", id));
        }

        var position = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(position) + 1, 0) FROM stories"), CultureInfo.InvariantCulture);
        for (var i = 0; i < saved.Count; i++)
        {
            SaveStory(saved[i], json[i], position++);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public bool DeleteDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        using var transaction = connection.BeginTransaction();
        Run("DELETE FROM story_articles WHERE article_id = @id; DELETE FROM articles WHERE id = @id;", ("id", documentId));
        using var delete = Command("DELETE FROM raw_documents WHERE id = @id", ("id", documentId));
        var deleted = delete.ExecuteNonQuery() > 0;
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
        using var select = Command("SELECT story_id, json FROM briefs WHERE story_id = @id OR left(story_id, length(@id)) = @id LIMIT 3", ("id", storyIdOrPrefix));
        using var reader = select.ExecuteReader();
        return StoreRows.PickStory(reader, storyIdOrPrefix);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsQuery.ToTsQuery(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        using var select = Command(
            """
            SELECT a.id, a.source_id, a.title, a.outlet,
                   (SELECT story_id FROM story_articles m WHERE m.article_id = a.id LIMIT 1),
                   ts_headline('simple', coalesce(a.title, '') || ' ' || a.text, q,
                       'StartSel=[, StopSel=], MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=" … "')
            FROM articles a, to_tsquery('simple', @match) q
            WHERE a.search @@ q
            ORDER BY ts_rank(a.search, q) DESC, a.id
            LIMIT @limit
            """, ("match", match), ("limit", limit));
        using var reader = select.ExecuteReader();
        return StoreRows.Hits(reader);
    }

    /// <inheritdoc />
    public string? Setting(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var select = Command("SELECT value FROM settings WHERE key = @key", ("key", key));
        return select.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SaveSetting(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        using var upsert = Command("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("key", key), ("value", value));
        upsert.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private void SaveStory(DigestedStory digested, string json, int position)
    {
        var story = digested.Story;
        var (articles, outlets, first, last) = StoreRows.Summary(digested);
        Run("DELETE FROM story_articles WHERE story_id = @id; DELETE FROM briefs WHERE story_id = @id; DELETE FROM stories WHERE id = @id;", ("id", story.Id));
        Run("INSERT INTO stories (id, position, headline, article_count, outlets, first_published, last_published) VALUES (@id, @position, @headline, @count, @outlets, @first, @last)",
            ("id", story.Id), ("position", position), ("headline", digested.Brief.Headline), ("count", articles.Count),
            ("outlets", outlets), ("first", first), ("last", last));
        Run("INSERT INTO briefs (story_id, json) VALUES (@id, @json)", ("id", story.Id), ("json", json));
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            Run(
                """
                DELETE FROM story_articles WHERE article_id = @id;
                INSERT INTO articles (id, source_id, title, text, byline, outlet, published, language, url)
                VALUES (@id, @source_id, @title, @text, @byline, @outlet, @published, @language, @url)
                ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, title = excluded.title, text = excluded.text,
                    byline = excluded.byline, outlet = excluded.outlet, published = excluded.published,
                    language = excluded.language, url = excluded.url;
                """,
                ("id", a.Id), ("source_id", a.SourceId), ("title", a.Title), ("text", a.Text), ("byline", a.Byline),
                ("outlet", a.Outlet), ("published", Iso(a.Published)), ("language", a.Language), ("url", a.Url));
            Run("INSERT INTO story_articles (story_id, article_id, position) VALUES (@story, @article, @position) ON CONFLICT (story_id, article_id) DO UPDATE SET position = excluded.position",
                ("story", story.Id), ("article", a.Id), ("position", i));
        }
    }

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        var current = SchemaVersion;
        if (current > PostgresSchema.Latest)
        {
            throw new InvalidOperationException($"database schema version {current} is newer than this Storyline understands ({PostgresSchema.Latest})");
        }

        for (var version = current + 1; version <= PostgresSchema.Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(PostgresSchema.Migrations[version - 1]);
            Run("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)", ("v", version), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            transaction.Commit();
        }
    }
}
