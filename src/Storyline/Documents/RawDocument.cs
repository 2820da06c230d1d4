namespace Storyline.Documents;

/// <summary>What the input said about itself before any cleaning, when it said anything.</summary>
/// <param name="Title">A title given by the input (JSON Lines <c>title</c>).</param>
/// <param name="Published">A publication date given by the input.</param>
/// <param name="Source">The outlet or domain given by the input (<c>source</c>, <c>source_domain</c>).</param>
/// <param name="Url">The article's URL given by the input.</param>
/// <param name="Language">An ISO 639-1 language code given by the input.</param>
public sealed record DocumentHints(
    string? Title = null,
    DateTimeOffset? Published = null,
    string? Source = null,
    string? Url = null,
    string? Language = null)
{
    /// <summary>Hints that say nothing.</summary>
    public static DocumentHints None { get; } = new();
}

/// <summary>The form a raw document's content arrived in.</summary>
public enum SourceFormat
{
    /// <summary>Text a scraper already flattened (paragraphs as lines).</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,
}

/// <summary>One report as ingested: its content untouched, plus where it came from.</summary>
/// <param name="Id">Content hash, with the given title (see <see cref="ContentId.ForReport"/>): the same report ingested twice has one id.</param>
/// <param name="SourceId">The id the input gave the report (JSON Lines <c>id</c>, or the file name without extension).</param>
/// <param name="Origin">Path, URL or <c>stdin</c> position the report was read from.</param>
/// <param name="FileName">The input's file name, for file input; otherwise null.</param>
/// <param name="Content">The raw content, decoded to text.</param>
/// <param name="Format">Whether <paramref name="Content"/> is HTML or plain text.</param>
/// <param name="Hints">Metadata the input supplied.</param>
public sealed record RawDocument(
    string Id,
    string SourceId,
    string Origin,
    string? FileName,
    string Content,
    SourceFormat Format,
    DocumentHints Hints)
{
    /// <summary>A document whose id is the hash of its content and of the title its hints give (<see cref="ContentId.ForReport"/>).</summary>
    public static RawDocument Create(string content, string sourceId, string origin, SourceFormat format, DocumentHints? hints = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        hints ??= DocumentHints.None;
        return new RawDocument(ContentId.ForReport(content, hints.Title), sourceId, origin, fileName, content, format, hints);
    }
}
