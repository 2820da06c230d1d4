using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>
/// The Ingest stage: reads files, directories (recursively, in ordinal path order, hidden entries
/// skipped), JSON Lines and standard input. Every input that cannot be read becomes one
/// <see cref="IngestError"/> and reading goes on with the next.
/// </summary>
public sealed class Ingestor : IIngestor
{
    /// <summary>The name standard input goes by in origins and errors.</summary>
    public const string StdinName = "stdin";

    private readonly TextReader? stdin;

    /// <summary>An ingestor that reads <c>-</c> from the process's standard input.</summary>
    public Ingestor(IngestOptions options)
        : this(options, stdin: null)
    {
    }

    /// <summary>An ingestor that reads <c>-</c> from <paramref name="stdin"/> (the process's standard input when null).</summary>
    public Ingestor(IngestOptions options, TextReader? stdin)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        this.stdin = stdin;
    }

    /// <summary>Stage options.</summary>
    public IngestOptions Options { get; }

    /// <inheritdoc />
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ReadAll(inputs, cancellationToken);
    }

    /// <summary>
    /// The files a directory holds that ingest reads, in the order it reads them (ordinal by path).
    /// Links to directories are not followed, so a link back up the tree cannot loop.
    /// </summary>
    public IEnumerable<string> FilesUnder(string directory)
    {
        var files = new List<string>();
        var pending = new Stack<string>([directory]);
        var enumeration = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            AttributesToSkip = Options.SkipHidden ? FileAttributes.Hidden | FileAttributes.System : FileAttributes.None,
        };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(current, "*", enumeration))
            {
                if (new DirectoryInfo(sub).LinkTarget is null && !(Options.SkipHidden && Path.GetFileName(sub).StartsWith('.')))
                {
                    pending.Push(sub);
                }
            }

            files.AddRange(Directory.EnumerateFiles(current, "*", enumeration)
                .Where(f => IsKnownExtension(f) && !(Options.SkipHidden && Path.GetFileName(f).StartsWith('.'))));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<IngestItem> ReadAll(IEnumerable<string> inputs, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-")
            {
                foreach (var item in ReadStdin())
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in FilesUnder(input))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var item in ReadFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(input))
            {
                foreach (var item in ReadFile(input))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new IngestError(input, "no such file or directory");
            }
        }
    }

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

    private static IEnumerable<IngestItem> ReadJsonLinesText(string text, string origin, string stem, string? fileName)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var number = i + 1;
            yield return JsonLinesParser.Parse(line, origin + ":" + number.ToString(CultureInfo.InvariantCulture), JsonLinesParser.FallbackId(stem, number), fileName);
        }
    }

    private IEnumerable<IngestItem> ReadStdin()
    {
        string text;
        try
        {
            text = (stdin ?? Console.In).ReadToEnd();
        }
        catch (IOException e)
        {
            return [new IngestError(StdinName, "cannot read: " + e.Message)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [new IngestError(StdinName, "empty input")];
        }

        if (text.Contains('\0', StringComparison.Ordinal) || LooksUndecodable(text))
        {
            return [new IngestError(StdinName, "binary input, not a text or HTML report")];
        }

        if (Encoding.UTF8.GetByteCount(text) > Options.MaxDocumentBytes && !FormatSniffer.LooksLikeJsonLines(text))
        {
            return [new IngestError(StdinName, $"too large (the limit is {Megabytes(Options.MaxDocumentBytes)})")];
        }

        return FormatSniffer.LooksLikeJsonLines(text)
            ? ReadJsonLinesText(text, StdinName, StdinName, fileName: null)
            : [Report(text, StdinName, StdinName, fileName: null)];
    }

    private static IngestItem Report(string text, string origin, string sourceId, string? fileName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IngestError(origin, "empty file (only whitespace)");
        }

        return new IngestedDocument(RawDocument.Create(text, sourceId, origin, FormatSniffer.Sniff(text), DocumentHints.None, fileName));
    }

    /// <summary>
    /// Text whose characters are largely control characters or replacement characters did not come
    /// from any encoding we read: a legacy fallback decodes every byte, so this is the last check.
    /// </summary>
    private static bool LooksUndecodable(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var bad = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                bad++;
            }
        }

        return bad > 8 && bad * 20 > sample.Length;
    }

    private bool IsKnownExtension(string path)
    {
        var extension = InnerExtension(path);
        return Options.ReportExtensions.Contains(extension) || Options.JsonLinesExtensions.Contains(extension);
    }

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
