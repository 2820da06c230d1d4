namespace Storyline.Storage;

/// <summary>
/// The PostgreSQL schema as ordered migrations, recorded in <c>schema_version</c> like the SQLite
/// one. Full-text search is a generated <c>tsvector</c> with the <c>simple</c> configuration (no
/// stemming, no stop words), matching words as given like the SQLite index does.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: raw documents as ingested, by content id; seq keeps the order they were first stored.
        """
        CREATE TABLE raw_documents (
            seq BIGSERIAL UNIQUE,
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            file_name TEXT,
            content TEXT NOT NULL,
            format TEXT NOT NULL,
            hint_title TEXT,
            hint_published TEXT,
            hint_source TEXT,
            hint_url TEXT,
            hint_language TEXT,
            ingested_at TEXT NOT NULL
        );
        """,

        // 2: clean articles with their search vector, stories, membership and briefs.
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            byline TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            url TEXT,
            search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX articles_search ON articles USING GIN (search);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            headline TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            outlets TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT
        );
        CREATE TABLE story_articles (
            story_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (story_id, article_id)
        );
        CREATE INDEX story_articles_by_article ON story_articles(article_id);
        CREATE TABLE briefs (
            story_id TEXT PRIMARY KEY,
            json TEXT NOT NULL
        );
        """,

        // 3: small named values (the server's hashed write token).
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];

    public static int Latest => Migrations.Count;
}
