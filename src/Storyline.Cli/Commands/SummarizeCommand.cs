using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Storyline.Consolidation;
using Storyline.Documents;
using Storyline.Ingest;
using Storyline.Pipeline;

namespace Storyline.Cli.Commands;

/// <summary>
/// `storyline summarize CLUSTERS.jsonl --words N [--out FILE]`: one summary per labelled cluster.
/// Input lines <c>{"id": ..., "documents": ["text", ...]}</c>; output lines <c>{"id": ..., "summary": "..."}</c>,
/// the summary being the brief's summary sentences joined, built by <see cref="StorylinePipeline.RunAsOneStory"/>.
/// </summary>
internal static class SummarizeCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Cluster(string Origin, JsonElement Id, IReadOnlyList<RawDocument> Documents);

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("clusters") { Description = "JSON Lines of clusters {\"id\", \"documents\": [text, ...]}, or - for standard input." };
        var words = new Option<int>("--words") { Description = "Summary length in words.", DefaultValueFactory = _ => ConsolidationOptions.Default.SummaryWords };
        var output = new Option<string?>("--out") { Description = "Write the summaries (JSON Lines) to FILE instead of standard output." };
        var command = new Command("summarize", "Summarize clusters of reports already known to tell one story.") { input, words, output };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var n = parsed.GetValue(words);
            if (n <= 0)
            {
                throw new UsageException("--words must be at least 1");
            }

            var path = parsed.GetValue(input) ?? "-";
            var failures = 0;
            var clusters = new List<Cluster>();
            foreach (var (origin, line) in Lines(context, path))
            {
                if (Parse(origin, line, out var error) is { } cluster)
                {
                    clusters.Add(cluster);
                }
                else if (error is not null)
                {
                    CliErrors.Report(context.Stderr, origin, error);
                    failures++;
                }
            }

            var pipeline = new StorylinePipeline(PipelineStages.CreateDefault() with
            {
                Briefs = new BriefBuilder(ConsolidationOptions.Default with { SummaryWords = n }),
            });
            var summaries = new string[clusters.Count];
            CliProgress.Run(context, CommonOptions.IsQuiet(parsed), clusters.Count, progress =>
            {
                var done = 0;
                Parallel.For(0, clusters.Count, i =>
                {
                    var brief = pipeline.RunAsOneStory(clusters[i].Documents).Brief;
                    summaries[i] = string.Join(' ', brief.Summary.Select(s => s.Text.Trim()));
                    progress?.Report(new PipelineProgress("summarize", Interlocked.Increment(ref done), clusters.Count));
                });
                return done;
            });

            using var writer = parsed.GetValue(output) is { } outPath ? new StreamWriter(outPath) : null;
            var target = writer ?? context.Stdout;
            for (var i = 0; i < clusters.Count; i++)
            {
                target.WriteLine(Line(clusters[i].Id, summaries[i]));
            }

            return failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        }));
        return command;
    }

    private static IEnumerable<(string Origin, string Line)> Lines(CliContext context, string path)
    {
        var name = path == "-" ? Ingestor.StdinName : path;
        if (path != "-" && !File.Exists(path))
        {
            throw new CommandFailedException(path, "no such file");
        }

        var lines = path == "-" ? ReadAll(context.Stdin) : File.ReadLines(path);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (name + ":" + number.ToString(CultureInfo.InvariantCulture), line);
            }
        }
    }

    private static IEnumerable<string> ReadAll(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static Cluster? Parse(string origin, string line, out string? error)
    {
        error = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return null;
            }

            if (!root.TryGetProperty("id", out var id) && !root.TryGetProperty("idx", out id))
            {
                error = "no \"id\"";
                return null;
            }

            if (!root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
            {
                error = "no \"documents\" list";
                return null;
            }

            var docs = documents.EnumerateArray()
                .Where(d => d.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(d.GetString()))
                .Select((d, k) => RawDocument.Create(d.GetString()!, $"{id}-{k + 1}", $"{origin}#{k + 1}", FormatSniffer.Sniff(d.GetString()!)))
                .ToList();
            if (docs.Count == 0)
            {
                error = "no non-empty document text";
                return null;
            }

            return new Cluster(origin, id.Clone(), docs);
        }
        catch (JsonException e)
        {
            error = "malformed JSON: " + e.Message.ReplaceLineEndings(" ");
            return null;
        }
    }

    private static string Line(JsonElement id, string summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            id.WriteTo(json);
            json.WriteString("summary", summary);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
