using System.Data.Common;
using System.Globalization;
using Storyline.Documents;
using Storyline.Pipeline;
using static Storyline.Storage.StoredText;

namespace Storyline.Storage;

/// <summary>
/// The store over one ADO.NET connection, written once for every SQL database: documents, stories,
/// briefs, settings and migrations in SQL both SQLite and PostgreSQL accept (named <c>@</c>
/// parameters, <c>ON CONFLICT</c> upserts). Each database supplies only what really differs: how
/// documents keep their arrival order, how the search index is kept and queried, and its schema.
/// One connection: callers that share a store across threads serialise access.
/// </summary>
public abstract class RelationalStoryStore : IStoryStore
{
    private const string DeleteStorySql =
        "DELETE FROM story_articles WHERE story_id = @id; DELETE FROM briefs WHERE story_id = @id; DELETE FROM stories WHERE id = @id;";

    private readonly DbConnection connection;
    private readonly TimeProvider time;
    private DbTransaction? transaction;

    /// <summary>Takes an open connection and brings its schema up to <paramref name="schemaVersion"/>.</summary>
    private protected RelationalStoryStore(DbConnection connection, TimeProvider? time, int schemaVersion)
    {
        this.connection = connection;
        this.time = time ?? TimeProvider.System;
        Migrate(schemaVersion);
    }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    /// <summary>The database's migrations, in order; the store is at version <c>Migrations.Count</c> when current.</summary>
    private protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>The column that orders documents as they were first stored.</summary>
    private protected abstract string ArrivalOrder { get; }

    /// <summary>Empties every table derived from the documents (articles, stories and the search index).</summary>
    private protected abstract string ClearDerivedSql { get; }

    /// <summary>Upserts the article <c>@id</c> (and its search entry where the index is kept by hand).</summary>
    private protected abstract string SaveArticleSql { get; }

    /// <summary>Removes the article <c>@id</c>, its memberships and its search entry.</summary>
    private protected abstract string DeleteArticleSql { get; }

    /// <summary>
    /// Rows of (article id, source id, title, outlet, story id, snippet) for <c>@match</c>, best first,
    /// at most <c>@limit</c>.
    /// </summary>
    private protected abstract string SearchSql { get; }

    /// <summary>The user's query in the index's query language, or null when it holds no word to look for.</summary>
    private protected abstract string? SearchMatch(string query);

    /// <inheritdoc />
    public AddResult AddDocuments(IEnumerable<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        int added = 0, existing = 0;
        InTransaction(() =>
        {
            using var insert = Command(
                """
                INSERT INTO raw_documents (id, source_id, origin, file_name, content, format, hint_title, hint_published, hint_source, hint_url, hint_language, ingested_at)
                VALUES (@id, @source_id, @origin, @file_name, @content, @format, @title, @published, @source, @url, @language, @at)
                ON CONFLICT (id) DO NOTHING
                """);
            foreach (var d in documents)
            {
                Bind(insert, ("id", d.Id), ("source_id", d.SourceId), ("origin", d.Origin), ("file_name", d.FileName),
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
        });
        return new AddResult(added, existing);
    }

    /// <inheritdoc />
    public IReadOnlyList<RawDocument> Documents()
    {
        using var select = Command($"SELECT {StoreRows.DocumentColumns} FROM raw_documents ORDER BY {ArrivalOrder}");
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
        InTransaction(() =>
        {
            if (replaceAll)
            {
                Run(ClearDerivedSql);
            }

            SaveAll(stories, json, replaceAll ? 0 : NextPosition());
        });
    }

    /// <inheritdoc />
    public void UpdateStories(IReadOnlyList<DigestedStory> saved, IReadOnlyCollection<string> removed, StoryJsonWriter toJson)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(toJson);
        var json = saved.Select(s => toJson(s)).ToList();
        InTransaction(() =>
        {
            using (var delete = Command(DeleteStorySql))
            {
                foreach (var id in removed)
                {
                    Bind(delete, ("id", id));
                    delete.ExecuteNonQuery();
                }
            }

            SaveAll(saved, json, NextPosition());
        });
    }

    /// <inheritdoc />
    public bool DeleteDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var deleted = false;
        InTransaction(() =>
        {
            Run(DeleteArticleSql, ("id", documentId));
            using var delete = Command("DELETE FROM raw_documents WHERE id = @id", ("id", documentId));
            deleted = delete.ExecuteNonQuery() > 0;
        });
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
        using var select = Command("SELECT story_id, json FROM briefs WHERE story_id = @id OR substr(story_id, 1, length(@id)) = @id LIMIT 3", ("id", storyIdOrPrefix));
        using var reader = select.ExecuteReader();
        return StoreRows.PickStory(reader, storyIdOrPrefix);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = SearchMatch(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        using var select = Command(SearchSql, ("match", match), ("limit", limit));
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
        Run("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("key", key), ("value", value));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        connection.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs statements the store needs before its migrations (pragmas, a search path).</summary>
    private protected static void Prepare(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void SaveAll(IReadOnlyList<DigestedStory> stories, List<string> json, int position)
    {
        for (var i = 0; i < stories.Count; i++)
        {
            SaveStory(stories[i], json[i], position++);
        }
    }

    private void SaveStory(DigestedStory digested, string json, int position)
    {
        var story = digested.Story;
        var (articles, outlets, first, last) = StoreRows.Summary(digested);
        Run(DeleteStorySql, ("id", story.Id));
        Run("INSERT INTO stories (id, position, headline, article_count, outlets, first_published, last_published) VALUES (@id, @position, @headline, @count, @outlets, @first, @last)",
            ("id", story.Id), ("position", position), ("headline", digested.Brief.Headline), ("count", articles.Count),
            ("outlets", outlets), ("first", first), ("last", last));
        Run("INSERT INTO briefs (story_id, json) VALUES (@id, @json)", ("id", story.Id), ("json", json));
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];

            // An article belongs to one story: saving it here takes it out of any story it was in.
            Run("DELETE FROM story_articles WHERE article_id = @id;", ("id", a.Id));
            Run(SaveArticleSql,
                ("id", a.Id), ("source_id", a.SourceId), ("title", a.Title), ("text", a.Text), ("byline", a.Byline),
                ("outlet", a.Outlet), ("published", Iso(a.Published)), ("language", a.Language), ("url", a.Url));
            Run("INSERT INTO story_articles (story_id, article_id, position) VALUES (@story, @article, @position) ON CONFLICT (story_id, article_id) DO UPDATE SET position = excluded.position",
                ("story", story.Id), ("article", a.Id), ("position", i));
        }
    }

    private int NextPosition() =>
        Convert.ToInt32(Scalar("SELECT COALESCE(MAX(position) + 1, 0) FROM stories"), CultureInfo.InvariantCulture);

    private void Migrate(int target)
    {
        Run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        var current = SchemaVersion;
        var latest = Migrations.Count;
        if (current > latest)
        {
            throw new InvalidOperationException($"database schema version {current} is newer than this Storyline understands ({latest})");
        }

        for (var version = current + 1; version <= Math.Min(target, latest); version++)
        {
            var applied = version;
            InTransaction(() =>
            {
                Run(Migrations[applied - 1]);
                Run("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)",
                    ("v", applied), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            });
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction that every command made meanwhile joins.</summary>
    private void InTransaction(Action work)
    {
        using var current = connection.BeginTransaction();
        transaction = current;
        try
        {
            work();
            current.Commit();
        }
        finally
        {
            transaction = null;
        }
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Bind(command, parameters);
        return command;
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private static void Bind(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
