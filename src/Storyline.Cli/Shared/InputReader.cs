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
        var failures = 0;
        foreach (var item in ingestor.Read(paths))
        {
            switch (item)
            {
                case IngestedDocument ok:
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
}
