namespace Storyline.Storage;

/// <summary>
/// The table definitions every SQL store shares, so a column added to one database is added to the
/// other in the same words. Each database's migrations place them; its own types and indexes stay there.
/// </summary>
internal static class SharedSchema
{
    /// <summary>The columns of <c>raw_documents</c> (a database may put its own before them).</summary>
    public const string RawDocumentColumns =
        """
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
        """;

    /// <summary>The columns of <c>articles</c> (a database may add its own after them).</summary>
    public const string ArticleColumns =
        """
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            byline TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            url TEXT
        """;

    /// <summary>Stories, their membership and their briefs (the contract JSON of each story).</summary>
    public const string StoryTables =
        """
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
        """;

    /// <summary>Small named values the store keeps for its users (the server's hashed write token).</summary>
    public const string SettingsTable =
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;
}
