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
    public static InputBatch Read(CliContext context, IReadOnlyList<string> paths, IngestOptions? options = null)
    {
        var ingestor = new Ingestor(options ?? IngestOptions.Default, context.Stdin);
        var documents = new List<RawDocument>();
        var firstById = new Dictionary<string, RawDocument>(StringComparer.Ordinal);
        var failures = 0;
        foreach (var item in ingestor.Read(paths))
        {
            switch (item)
            {
                case IngestedDocument ok:
                    foreach (var warning in ok.Warnings)
                    {
                        CliErrors.Report(context.Stderr, ok.Origin, warning);
                    }

                    if (GivenId(ok.Document) && !firstById.TryAdd(ok.Document.SourceId, ok.Document))
                    {
                        WarnRepeatedId(context, ok.Document, firstById[ok.Document.SourceId]);
                    }

                    documents.Add(ok.Document);
                    break;
                case IngestError error:
                    CliErrors.Report(context.Stderr, error.Origin, error.Message);
                    failures++;
                    break;
            }
        }

        if (documents.Count == 0 && failures == 0)
        {
            CliErrors.Report(context.Stderr, string.Join(' ', paths), "no reports found (readable extensions: "
                + string.Join(' ', ingestor.Options.ReportExtensions.Concat(ingestor.Options.JsonLinesExtensions).Order(StringComparer.Ordinal)) + ")");
            failures++;
        }

        return new InputBatch(documents, failures);
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
    private static void WarnRepeatedId(CliContext context, RawDocument repeat, RawDocument first) =>
        CliErrors.Report(context.Stderr, repeat.Origin, string.Equals(repeat.Id, first.Id, StringComparison.Ordinal)
            ? $"same id and text as {first.Origin}; counted once"
            : $"id \"{repeat.SourceId}\" is also used by {first.Origin} for another text; both are kept under that id");
}
