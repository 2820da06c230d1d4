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
        $"""
        CREATE TABLE raw_documents (
            seq BIGSERIAL UNIQUE,
            {SharedSchema.RawDocumentColumns}
        );
        """,

        // 2: clean articles with their search vector, stories, membership and briefs.
        $"""
        CREATE TABLE articles (
            {SharedSchema.ArticleColumns},
            search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX articles_search ON articles USING GIN (search);
        {SharedSchema.StoryTables}
        """,

        // 3: small named values (the server's hashed write token).
        $"""
        {SharedSchema.SettingsTable}
        """,
    ];

    public static int Latest => Migrations.Count;
}
