using Npgsql;

namespace Storyline.Storage;

/// <summary>
/// The store in a PostgreSQL database (Npgsql), for a newsroom server; the same behaviour as
/// <see cref="SqliteStoryStore"/>, checked by the same test suite. Search is a generated
/// <c>tsvector</c> column, so saving an article keeps it current on its own.
/// </summary>
public sealed class PostgresStoryStore : RelationalStoryStore
{
    /// <summary>Connects and creates or upgrades the schema.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="time">The clock that stamps ingested documents; the system clock when null.</param>
    /// <param name="schema">A PostgreSQL schema to keep the tables in (created when missing); the default search path when null.</param>
    public PostgresStoryStore(string connectionString, TimeProvider? time = null, string? schema = null)
        : base(Open(connectionString, schema), time, PostgresSchema.Latest)
    {
    }

    private protected override IReadOnlyList<string> Migrations => PostgresSchema.Migrations;

    private protected override string ArrivalOrder => "seq";

    private protected override string ClearDerivedSql =>
        "DELETE FROM story_articles; DELETE FROM briefs; DELETE FROM stories; DELETE FROM articles;";

    private protected override string SaveArticleSql =>
        """
        INSERT INTO articles (id, source_id, title, text, byline, outlet, published, language, url)
        VALUES (@id, @source_id, @title, @text, @byline, @outlet, @published, @language, @url)
        ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, title = excluded.title, text = excluded.text,
            byline = excluded.byline, outlet = excluded.outlet, published = excluded.published,
            language = excluded.language, url = excluded.url;
        """;

    private protected override string DeleteArticleSql =>
        "DELETE FROM story_articles WHERE article_id = @id; DELETE FROM articles WHERE id = @id;";

    private protected override string SearchSql =>
        """
        SELECT a.id, a.source_id, a.title, a.outlet,
               (SELECT story_id FROM story_articles m WHERE m.article_id = a.id LIMIT 1),
               ts_headline('simple', coalesce(a.title, '') || ' ' || a.text, q,
                   'StartSel=[, StopSel=], MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=" … "')
        FROM articles a, to_tsquery('simple', @match) q
        WHERE a.search @@ q
        ORDER BY ts_rank(a.search, q) DESC, a.id
        LIMIT @limit
        """;

    private protected override string? SearchMatch(string query) => FtsQuery.ToTsQuery(query);

    private static NpgsqlConnection Open(string connectionString, string? schema)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        if (schema is not null)
        {
            var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            Prepare(connection, $"CREATE SCHEMA IF NOT EXISTS {quoted}; SET search_path TO {quoted};");
        }

        return connection;
    }
}
