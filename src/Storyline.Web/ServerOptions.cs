namespace Storyline.Web;

/// <summary>How <c>storyline serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The SQLite store file (created when missing) or a PostgreSQL connection string.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Where Kestrel listens; loopback by default so a laptop never exposes its store by accident.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>A folder whose new files are ingested as they appear; null for none.</summary>
    public string? WatchDirectory { get; init; }

    /// <summary>
    /// How long the folder must stay quiet before its files are ingested (500 ms by default): a
    /// copy of many files becomes one rebuild, not one per file.
    /// </summary>
    public TimeSpan WatchDebounce { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest request body accepted, in bytes (10 MB by default, well above a long article page).</summary>
    public long MaxRequestBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The clock; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }
}
