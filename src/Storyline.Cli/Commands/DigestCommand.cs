using System.CommandLine;
using Storyline.Cli.Rendering;
using Storyline.Consolidation.Rendering;
using Storyline.Documents.Contract;
using Storyline.Pipeline;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>`storyline digest PATHS... [--json FILE] [--markdown FILE] [--html FILE] [--db FILE]`: the whole chain, in memory unless --db.</summary>
internal static class DigestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var json = new Option<string?>("--json") { Description = "Write the digest as the JSON contract (docs/json.md) to FILE." };
        var markdown = new Option<string?>("--markdown") { Description = "Write the digest as Markdown to FILE." };
        var html = new Option<string?>("--html") { Description = "Write the digest as one self-contained HTML page to FILE." };
        var db = CommonOptions.Database(withDefault: false);
        var command = new Command("digest", "Clean, understand, group and consolidate reports; print each story's brief.") { paths, json, markdown, html, db };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var input = InputReader.Read(context, parsed.GetValue(paths) ?? []);
            if (input.Documents.Count == 0)
            {
                return input.ExitCode;
            }

            var quiet = CommonOptions.IsQuiet(parsed);
            var result = CliProgress.Run(context, quiet, input.Documents.Count, progress => new StorylinePipeline().Run(input.Documents, progress));
            foreach (var warning in result.Warnings)
            {
                CliErrors.Warn(context.Stderr, warning);
            }

            for (var i = 0; i < result.Stories.Length; i++)
            {
                var story = result.Stories[i];
                TerminalReport.Write(context.Stdout, ContractMapper.ToStory(story.Story, story.Brief), i + 1, result.Stories.Length);
            }

            if (parsed.GetValue(json) is { } jsonPath)
            {
                File.WriteAllText(jsonPath, StoryJson.Document(result.Stories) + "\n");
            }

            if (parsed.GetValue(markdown) is { } markdownPath)
            {
                File.WriteAllText(markdownPath, MarkdownReport.Render(result.Stories));
            }

            if (parsed.GetValue(html) is { } htmlPath)
            {
                File.WriteAllText(htmlPath, HtmlReport.Render(result.Stories));
            }

            if (parsed.GetValue(db) is { } dbPath)
            {
                using var store = new SqliteStoryStore(dbPath);
                store.AddDocuments(input.Documents);
                store.SaveStories(result.Stories, StoryJson.Writer, replaceAll: false);
            }

            return input.ExitCode;
        }));
        return command;
    }
}
