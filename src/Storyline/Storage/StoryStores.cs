namespace Storyline.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string, or a SQLite file.</summary>
public static class StoryStores
{
    /// <summary>Whether <paramref name="db"/> is a PostgreSQL connection string (<c>Host=...</c> or a <c>postgres://</c> URL) rather than a file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens (creating or upgrading) the store.</summary>
    public static IStoryStore Open(string db, TimeProvider? time = null) =>
        IsPostgres(db) ? new PostgresStoryStore(ToNpgsql(db), time) : new SqliteStoryStore(db, time);

    /// <summary>A <c>postgres://user:pass@host:port/db</c> URL as an Npgsql connection string.</summary>
    private static string ToNpgsql(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return db;
        }

        var uri = new Uri(db);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        var password = uri.UserInfo.Contains(':', StringComparison.Ordinal) ? Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..]) : null;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.TrimStart('/') is { Length: > 0 } name ? Uri.UnescapeDataString(name) : null,
            Username = user.Length > 0 ? user : null,
            Password = password,
        };
        return builder.ConnectionString;
    }
}
