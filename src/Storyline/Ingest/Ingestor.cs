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
public sealed partial class Ingestor : IIngestor
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
