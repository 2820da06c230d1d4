using System.Collections.Immutable;

namespace Storyline.Ingest;

/// <summary>Options of the Ingest stage.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// Largest report accepted, in bytes: a file, or one line of a JSON Lines file (50 MB by default).
    /// Larger inputs are reported, not read, so a stray dump cannot exhaust memory.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// Extensions (lower case, with the dot) read as one plain-text or HTML report per file when walking
    /// a directory. A gzip-compressed file is read by the extension under ".gz" ("page.html.gz").
    /// </summary>
    public ImmutableHashSet<string> ReportExtensions { get; init; } =
        [".txt", ".text", ".html", ".htm", ".xhtml", ".shtml"];

    /// <summary>Extensions (lower case, with the dot) read as JSON Lines, one article per line.</summary>
    public ImmutableHashSet<string> JsonLinesExtensions { get; init; } = [".jsonl", ".ndjson"];

    /// <summary>
    /// Whether files starting with a dot (and directories starting with a dot) are skipped when walking
    /// a directory. A hidden file named explicitly is always read.
    /// </summary>
    public bool SkipHidden { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();
}
