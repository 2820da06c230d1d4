using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>Reading one file: a report (text or HTML, possibly gzipped) or a JSON Lines file streamed line by line.</summary>
public sealed partial class Ingestor
{
    private IEnumerable<IngestItem> ReadFile(string path) =>
        Options.JsonLinesExtensions.Contains(InnerExtension(path)) ? ReadJsonLinesFile(path) : ReadReportFile(path);

    private IEnumerable<IngestItem> ReadReportFile(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > Options.MaxDocumentBytes)
            {
                return [new IngestError(path, $"too large ({Megabytes(length)}; the limit is {Megabytes(Options.MaxDocumentBytes)})")];
            }

            bytes = IsGzip(path) ? Gunzip(path) : File.ReadAllBytes(path);
        }
        catch (InvalidDataException)
        {
            return [new IngestError(path, "not a valid gzip file")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestError(path, "cannot read: " + e.Message)];
        }

        if (bytes.Length > Options.MaxDocumentBytes)
        {
            return [new IngestError(path, $"too large once decompressed (the limit is {Megabytes(Options.MaxDocumentBytes)})")];
        }

        if (bytes.Length == 0)
        {
            return [new IngestError(path, "empty file")];
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            return [new IngestError(path, "binary file, not a text or HTML report")];
        }

        var text = TextDecoder.Decode(bytes).Text;
        if (LooksUndecodable(text))
        {
            return [new IngestError(path, "undecodable: not text in any encoding Storyline reads")];
        }

        if (!Options.ReportExtensions.Contains(InnerExtension(path)) && FormatSniffer.LooksLikeJsonLines(text))
        {
            return ReadJsonLinesText(text, path, Stem(path), Path.GetFileName(path));
        }

        return [Report(text, path, Stem(path), Path.GetFileName(path))];
    }

    /// <summary>Reads at most one byte past the limit, so a small archive of a huge file is refused without inflating it.</summary>
    private byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > Options.MaxDocumentBytes)
            {
                break;
            }
        }

        return output.ToArray();
    }

    private IEnumerable<IngestItem> ReadJsonLinesFile(string path)
    {
        var head = new byte[4096];
        int headLength;
        try
        {
            using var stream = Open(path);
            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            return [new IngestError(path, "not a valid gzip file")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestError(path, "cannot read: " + e.Message)];
        }

        if (headLength == 0)
        {
            return [new IngestError(path, "empty file")];
        }

        return TextDecoder.LooksBinary(head.AsSpan(0, headLength))
            ? [new IngestError(path, "binary file, not JSON Lines")]
            : ReadJsonLines(path);
    }

    private IEnumerable<IngestItem> ReadJsonLines(string path)
    {
        var stem = Stem(path);
        var fileName = Path.GetFileName(path);
        var articles = 0;
        using var stream = Open(path);
        using var lines = ByteLineReader.Read(stream, Options.MaxDocumentBytes).GetEnumerator();
        while (true)
        {
            string? failure = null;
            try
            {
                if (!lines.MoveNext())
                {
                    break;
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                failure = "stopped reading: " + e.Message;
            }

            if (failure is not null)
            {
                yield return new IngestError(path, failure);
                yield break;
            }

            var line = lines.Current;
            var origin = path + ":" + line.Number.ToString(CultureInfo.InvariantCulture);
            if (line.TooLong)
            {
                yield return new IngestError(origin, $"line too large (the limit is {Megabytes(Options.MaxDocumentBytes)})");
                continue;
            }

            var bytes = line.Bytes.Span;
            if (line.Number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty)
            {
                continue;
            }

            articles++;
            yield return Utf8.IsValid(bytes)
                ? JsonLinesParser.Parse(Encoding.UTF8.GetString(bytes), origin, JsonLinesParser.FallbackId(stem, line.Number), fileName)
                : new IngestError(origin, "not valid UTF-8 (JSON Lines must be UTF-8)");
        }

        if (articles == 0)
        {
            yield return new IngestError(path, "empty file: no JSON lines");
        }
    }

    private static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static Stream Open(string path) =>
        IsGzip(path) ? new GZipStream(File.OpenRead(path), CompressionMode.Decompress) : File.OpenRead(path);

    /// <summary>The extension that decides how a file is read: "x.html.gz" reads as ".html".</summary>
    private static string InnerExtension(string path) =>
        Path.GetExtension(IsGzip(path) ? path[..^3] : path).ToLowerInvariant();

    /// <summary>The file name without its extensions ("x.html.gz" → "x"): the report's id for file input.</summary>
    private static string Stem(string path) => Path.GetFileNameWithoutExtension(IsGzip(path) ? path[..^3] : path);
}
