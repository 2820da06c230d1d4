using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>One outcome of reading an input: a document, or a one-line error naming the input.</summary>
/// <param name="Origin">The path, URL or stdin position concerned.</param>
public abstract record IngestItem(string Origin);

/// <summary>A document read successfully.</summary>
/// <param name="Document">The document.</param>
public sealed record IngestedDocument(RawDocument Document) : IngestItem(Document.Origin)
{
    /// <summary>
    /// One-line notes about parts of the input that were read with reservations or left out (a date
    /// that could not be understood, a missing body read from the title); the document itself is kept.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>An input that could not be read; the run goes on without it.</summary>
/// <param name="Origin">The input concerned.</param>
/// <param name="Message">One line a user can act on, naming what is wrong.</param>
public sealed record IngestError(string Origin, string Message) : IngestItem(Origin);

/// <summary>Reads reports from files, directories, JSON Lines and standard input.</summary>
public interface IIngestor
{
    /// <summary>Reads every report the inputs hold; <c>-</c> stands for standard input.</summary>
    IEnumerable<IngestItem> Read(IEnumerable<string> inputs, CancellationToken cancellationToken = default);
}
