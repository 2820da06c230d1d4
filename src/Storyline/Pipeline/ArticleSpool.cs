using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Pipeline;

/// <summary>
/// Cleaned articles written to a temporary file and read back by position, so a long input can be put in another order
/// while memory holds one position per article rather than the articles. The file is deleted when the spool is disposed.
/// </summary>
internal sealed class ArticleSpool : IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly BinaryReader reader;
    private bool reading;

    /// <summary>Opens a new spool file in <paramref name="directory"/> (the system's temporary directory when null).</summary>
    /// <exception cref="IOException">The file cannot be created; the message names it.</exception>
    public ArticleSpool(string? directory = null)
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

    /// <summary>Appends an article; returns the position to read it back from.</summary>
    public long Write(Article article)
    {
        if (reading)
        {
            throw new InvalidOperationException("The spool is being read; write every article first.");
        }

        var at = file.Position;
        try
        {
            writer.Write(article.Id);
            writer.Write(article.SourceId);
            writer.Write(article.Origin);
            Optional(article.FileName);
            writer.Write(article.RawText);
            Optional(article.Title);
            Strings(article.Paragraphs);
            writer.Write(article.Removed.Length);
            foreach (var block in article.Removed)
            {
                writer.Write(block.Text);
                writer.Write(block.Reason);
            }

            Optional(article.Byline);
            writer.Write(article.Published is not null);
            if (article.Published is { } published)
            {
                writer.Write(published.Ticks);
                writer.Write(published.Offset.Ticks);
            }

            Optional(article.Outlet);
            Optional(article.Language);
            Optional(article.Url);
            Strings(article.Credits);
            Optional(article.EmptyReason);
        }
        catch (IOException e)
        {
            throw Failure(e); // a full disk, most likely
        }

        return at;
    }

    /// <summary>Reads back the article written at <paramref name="position"/>.</summary>
    public Article Read(long position)
    {
        if (!reading)
        {
            writer.Flush();
            reading = true;
        }

        file.Position = position;
        // Read in the order written: each initialiser runs in turn.
        return new Article
        {
            Id = reader.ReadString(),
            SourceId = reader.ReadString(),
            Origin = reader.ReadString(),
            FileName = Optional(),
            RawText = reader.ReadString(),
            Title = Optional(),
            Paragraphs = Strings(),
            Removed = [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => new RemovedBlock(reader.ReadString(), reader.ReadString()))],
            Byline = Optional(),
            Published = reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), new TimeSpan(reader.ReadInt64())) : null,
            Outlet = Optional(),
            Language = Optional(),
            Url = Optional(),
            Credits = Strings(),
            EmptyReason = Optional(),
        };
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

    private void Strings(ImmutableArray<string> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private ImmutableArray<string> Strings()
    {
        var values = ImmutableArray.CreateBuilder<string>(reader.ReadInt32());
        for (var i = 0; i < values.Capacity; i++)
        {
            values.Add(reader.ReadString());
        }

        return values.MoveToImmutable();
    }

    private IOException Failure(Exception e) =>
        new($"cannot write {Path} to put the input in time order: {e.Message} (set TMPDIR to a directory with room)", e);
}
