using Storyline.Documents;

namespace Storyline.Pipeline;

/// <summary>
/// Raw documents written to a temporary file and read back by position, so a long input can be put in another order
/// while memory holds one position per document rather than the documents. The file is deleted when the spool is disposed.
/// </summary>
internal sealed class DocumentSpool : IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly BinaryReader reader;
    private bool reading;

    /// <summary>Opens a new spool file in <paramref name="directory"/> (the system's temporary directory when null).</summary>
    /// <exception cref="IOException">The file cannot be created; the message names it.</exception>
    public DocumentSpool(string? directory = null)
    {
        Path = System.IO.Path.Combine(directory ?? System.IO.Path.GetTempPath(), $"storyline-order-{Guid.NewGuid():N}.spool");
        try
        {
            file = new FileStream(Path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(e);
        }

        writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
        reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The spool file's path.</summary>
    public string Path { get; }

    /// <summary>Appends a document; returns the position to read it back from.</summary>
    public long Write(RawDocument document)
    {
        if (reading)
        {
            throw new InvalidOperationException("The spool is being read; write every document first.");
        }

        var at = file.Position;
        try
        {
            writer.Write(document.Id);
            writer.Write(document.SourceId);
            writer.Write(document.Origin);
            Optional(document.FileName);
            writer.Write(document.Content);
            writer.Write((byte)document.Format);
            var hints = document.Hints;
            Optional(hints.Title);
            writer.Write(hints.Published is not null);
            if (hints.Published is { } published)
            {
                writer.Write(published.Ticks);
                writer.Write(published.Offset.Ticks);
            }

            Optional(hints.Source);
            Optional(hints.Url);
            Optional(hints.Language);
        }
        catch (IOException e)
        {
            throw Failure(e); // a full disk, most likely
        }

        return at;
    }

    /// <summary>Reads back the document written at <paramref name="position"/>.</summary>
    public RawDocument Read(long position)
    {
        if (!reading)
        {
            writer.Flush();
            reading = true;
        }

        file.Position = position;
        var id = reader.ReadString();
        var sourceId = reader.ReadString();
        var origin = reader.ReadString();
        var fileName = Optional();
        var content = reader.ReadString();
        var format = (SourceFormat)reader.ReadByte();
        var title = Optional();
        DateTimeOffset? published = reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), new TimeSpan(reader.ReadInt64())) : null;
        var hints = new DocumentHints(title, published, Optional(), Optional(), Optional());
        return new RawDocument(id, sourceId, origin, fileName, content, format, hints);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        reader.Dispose();
        writer.Dispose();
        file.Dispose();
    }

    private void Optional(string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private string? Optional() => reader.ReadBoolean() ? reader.ReadString() : null;

    private IOException Failure(Exception e) =>
        new($"cannot write {Path} to put the input in time order: {e.Message} (set TMPDIR to a directory with room)", e);
}
