using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Storyline.Cleaning;
using Storyline.Cleaning.Text;
using Storyline.Documents;
using Storyline.Documents.Contract;
using Storyline.Pipeline;

namespace Storyline.Cli.Commands;

/// <summary>
/// `storyline clean PATHS... [--out DIR] [--format text|json]`: the Cleaning stage alone. Text is the
/// clean body (paragraphs separated by a blank line); JSON is the article with its metadata and
/// every removed block with its reason.
/// </summary>
internal static class CleanCommand
{
    private static readonly JsonSerializerOptions OneLine = new(ContractJson.Options) { WriteIndented = false };

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var outDir = new Option<string?>("--out") { Description = "Write one file per input to DIR (<name>.txt or <name>.json) instead of standard output." };
        var format = new Option<string>("--format") { Description = "text: the clean body; json: metadata and removed blocks with reasons.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("clean", "Extract the clean body and metadata of each report, showing what was removed and why.") { paths, outDir, format };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var input = InputReader.Read(context, parsed.GetValue(paths) ?? []);
            if (input.Documents.Count == 0)
            {
                return input.ExitCode;
            }

            var json = parsed.GetValue(format) == "json";
            var articles = Clean(new StorylinePipeline().Stages.Cleaner, input.Documents);
            if (parsed.GetValue(outDir) is { } dir)
            {
                WriteFiles(dir, articles, json);
            }
            else
            {
                WriteStdout(context.Stdout, articles, json);
            }

            return input.ExitCode;
        }));
        return command;
    }

    /// <summary>
    /// Cleans on all cores, file by file. Outlet templates are learnt per directory first (the cleaner
    /// learns an outlet's site furniture from the reports it sees together, and an outlet's pages
    /// usually share a directory); then every file is cleaned on its own, in parallel, and the output
    /// keeps the input order.
    /// </summary>
    private static ImmutableArray<Article> Clean(ICleaner cleaner, IReadOnlyList<RawDocument> documents)
    {
        var batches = documents
            .Select((d, i) => (Document: d, Index: i))
            .GroupBy(p => Path.GetDirectoryName(p.Document.Origin) ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var result = new Article[documents.Count];
        if (cleaner is not ArticleCleaner articleCleaner)
        {
            // Another cleaner is only known to clean whole batches: one batch per directory, in parallel.
            Parallel.ForEach(batches, batch =>
            {
                var members = batch.ToList();
                var cleaned = cleaner.Clean([.. members.Select(m => m.Document)]);
                for (var i = 0; i < members.Count; i++)
                {
                    result[members[i].Index] = cleaned[i];
                }
            });
            return [.. result];
        }

        var templates = new IReadOnlySet<string>?[documents.Count];
        Parallel.ForEach(batches, batch =>
        {
            var members = batch.ToList();
            var profiles = OutletTemplates.Learn([.. members.Select(m => m.Document)], articleCleaner.Options.TemplateMinDocuments);
            foreach (var (document, index) in members)
            {
                templates[index] = profiles.GetValueOrDefault(OutletTemplates.OutletKey(document) ?? string.Empty);
            }
        });
        Parallel.For(0, documents.Count, i => result[i] = articleCleaner.CleanOne(documents[i], templates[i]));
        return [.. result];
    }

    private static void WriteFiles(string dir, ImmutableArray<Article> articles, bool json)
    {
        Directory.CreateDirectory(dir);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles)
        {
            var stem = SafeName(article.SourceId);
            var name = stem;
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}";
            }

            var path = Path.Combine(dir, name + (json ? ".json" : ".txt"));
            File.WriteAllText(path, json ? ContractJson.Serialize(ContractMapper.ToArticle(article)) + "\n" : Body(article));
        }
    }

    private static void WriteStdout(TextWriter stdout, ImmutableArray<Article> articles, bool json)
    {
        for (var i = 0; i < articles.Length; i++)
        {
            if (json)
            {
                // One article per line: JSON Lines that other tools can stream.
                stdout.WriteLine(JsonSerializer.Serialize(ContractMapper.ToArticle(articles[i]), OneLine));
                continue;
            }

            if (articles.Length > 1)
            {
                stdout.WriteLine((i > 0 ? "\n" : string.Empty) + $"==> {articles[i].Origin} <==");
            }

            stdout.Write(Body(articles[i]));
        }
    }

    private static string Body(Article article) => article.Text.Length == 0 ? string.Empty : article.Text + "\n";

    private static string SafeName(string sourceId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. sourceId.Select(c => invalid.Contains(c) || c is '/' or '\\' or ':' ? '_' : c)]).Trim('.', ' ');
        return safe.Length == 0 ? "report" : safe;
    }
}
