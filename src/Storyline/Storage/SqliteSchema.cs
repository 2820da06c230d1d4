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
        $"""
        CREATE TABLE raw_documents (
            {SharedSchema.RawDocumentColumns}
        );
        """,

        // 2: clean articles, stories, membership and briefs (the contract JSON of each story).
        $"""
        CREATE TABLE articles (
            {SharedSchema.ArticleColumns}
        );
        {SharedSchema.StoryTables}
        """,

        // 3: full-text index over article title and text.
        """
        CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
        """,

        // 4: small named values the store keeps for its users (the server's hashed write token).
        $"""
        {SharedSchema.SettingsTable}
        """,
    ];

    public static int Latest => Migrations.Count;
}
