using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Cli;

/// <summary>The documents a command read, and how many inputs failed (each already named on stderr).</summary>
/// <param name="Documents">Documents read, in input order.</param>
/// <param name="Failures">Inputs that failed.</param>
internal sealed record InputBatch(IReadOnlyList<RawDocument> Documents, int Failures)
{
    /// <summary>The exit code the failures call for.</summary>
    public int ExitCode => Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
}

/// <summary>Reads the inputs of a command through the Ingest stage, naming each bad input on stderr in one line.</summary>
internal static class InputReader
{
    /// <summary>Reads every input into memory.</summary>
    public static InputBatch Read(CliContext context, IReadOnlyList<string> paths, IngestOptions? options = null)
    {
        var input = new InputStream(context, paths, options);
        var documents = input.Documents().ToList();
        return new InputBatch(documents, input.Failures);
    }
}

/// <summary>
/// The inputs of a command read one document at a time, as the command consumes them (the `cluster`
/// command's input can be larger than memory). Each bad input is named on stderr in one line as it is
/// met; what is remembered per document is its id and origin, for the repeated-id warning.
/// </summary>
/// <param name="context">Where errors go, and standard input.</param>
/// <param name="paths">The inputs.</param>
/// <param name="options">Ingest options; the defaults when null.</param>
internal sealed class InputStream(CliContext context, IReadOnlyList<string> paths, IngestOptions? options = null)
{
    private readonly Ingestor ingestor = new(options ?? IngestOptions.Default, context.Stdin);

    /// <summary>Inputs that failed so far.</summary>
    public int Failures { get; private set; }

    /// <summary>Documents read so far.</summary>
    public int Count { get; private set; }

    /// <summary>The exit code the failures call for.</summary>
    public int ExitCode => Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;

    /// <summary>The documents, in input order; enumerate once. An input with no report at all counts as a failure.</summary>
    public IEnumerable<RawDocument> Documents()
    {
        var firstById = new Dictionary<string, (string Id, string Origin)>(StringComparer.Ordinal);
        foreach (var item in ingestor.Read(paths))
        {
            switch (item)
            {
                case IngestedDocument ok:
                    foreach (var warning in ok.Warnings)
                    {
                        CliErrors.Report(context.Stderr, ok.Origin, warning);
                    }

                    var document = ok.Document;
                    if (GivenId(document) && !firstById.TryAdd(document.SourceId, (document.Id, document.Origin)))
                    {
                        WarnRepeatedId(document, firstById[document.SourceId]);
                    }

                    Count++;
                    yield return document;
                    break;
                case IngestError error:
                    CliErrors.Report(context.Stderr, error.Origin, error.Message);
                    Failures++;
                    break;
            }
        }

        if (Count == 0 && Failures == 0)
        {
            CliErrors.Report(context.Stderr, string.Join(' ', paths), "no reports found (readable extensions: "
                + string.Join(' ', ingestor.Options.ReportExtensions.Concat(ingestor.Options.JsonLinesExtensions).Order(StringComparer.Ordinal)) + ")");
            Failures++;
        }
    }

    /// <summary>
    /// Whether the id was given by a record ("file:line" origins: JSON Lines, standard input) rather
    /// than taken from a file name, where reports of the same name in two folders are common and the
    /// path already tells them apart.
    /// </summary>
    private static bool GivenId(RawDocument document)
    {
        var colon = document.Origin.LastIndexOf(':');
        return colon > 0 && colon < document.Origin.Length - 1 && !document.Origin.AsSpan(colon + 1).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// A repeated id is kept rather than dropped (the second may be an update), but a user joining
    /// output lines on the id needs to know that two inputs share it.
    /// </summary>
    private void WarnRepeatedId(RawDocument repeat, (string Id, string Origin) first) =>
        CliErrors.Report(context.Stderr, repeat.Origin, string.Equals(repeat.Id, first.Id, StringComparison.Ordinal)
            ? $"same id and text as {first.Origin}; counted once"
            : $"id \"{repeat.SourceId}\" is also used by {first.Origin} for another text; both are kept under that id");
}
