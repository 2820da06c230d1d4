namespace Storyline.Storage;

/// <summary>
/// The SQLite schema as ordered migrations. A database records the migrations it has had in
/// <c>schema_version</c>; opening it applies the missing ones in order, so a database written by an
/// older Storyline is upgraded in place. Append new migrations; never edit a published one.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: raw documents as ingested, by content id.
        """
        CREATE TABLE raw_documents (
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

        // 2: clean articles, stories, membership and briefs (the contract JSON of each story).
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
            url TEXT
        );
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

        // 3: full-text index over article title and text.
        """
        CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
        """,

        // 4: small named values the store keeps for its users (the server's hashed write token).
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];

    public static int Latest => Migrations.Count;
}
