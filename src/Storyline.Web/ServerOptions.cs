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

    /// <summary>A file listing RSS/Atom feed URLs, one a line (# starts a comment); null for none.</summary>
    public string? FeedsFile { get; init; }

    /// <summary>How often each feed is polled (5 minutes by default; feeds answer 304 when unchanged).</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest a feed or page fetch may take (20 s by default).</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest feed or page accepted, in bytes (5 MB by default); larger ones are skipped with a log line.</summary>
    public long MaxFetchBytes { get; init; } = 5L * 1024 * 1024;
}
