using System.CommandLine;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Cli.Commands;

/// <summary>
/// `storyline cluster PATHS... [--out FILE]`: groups articles into stories with the pipeline's
/// cleaner, annotator, reuse detector and clusterer; writes <c>source-id TAB story-id</c> per input article.
/// Lines come story by story as each story's membership becomes final: the stories that retire from
/// the clusterer's active pool as it goes, in that order, then the rest in the order of their first
/// article; within a story, its articles in stream (time) order, each article's input documents in
/// input order; last, any input the clusterer left out, alone, in input order. A story's lines are
/// written when it retires, so the command does not keep every assignment until the end.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("JSON Lines files, report files, directories, or - for standard input.");
        var output = new Option<string?>("--out") { Description = "Write the assignments (TSV: source-id, story-id) to FILE instead of standard output." };
        var command = new Command("cluster", "Group articles into stories; print which story each article belongs to.") { paths, output };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var input = InputReader.Read(context, parsed.GetValue(paths) ?? []);
            if (input.Documents.Count == 0)
            {
                return input.ExitCode;
            }

            var path = parsed.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            var writer = file ?? context.Stdout;
            var documents = input.Documents.ToLookup(d => d.Id, StringComparer.Ordinal);
            var written = new HashSet<string>(StringComparer.Ordinal);
            void Write(IReadOnlyList<string> story)
            {
                var storyId = ContentId.ForStory(story);
                foreach (var articleId in story.Where(written.Add))
                {
                    foreach (var document in documents[articleId])
                    {
                        writer.Write($"{Field(document.SourceId)}\t{storyId}\n");
                    }
                }
            }

            var warnings = new List<string>();
            var stories = CliProgress.Run(context, CommonOptions.IsQuiet(parsed), input.Documents.Count,
                progress => new StorylinePipeline().GroupInto(input.Documents, Write, progress, warnings.Add));
            foreach (var warning in warnings)
            {
                CliErrors.Warn(context.Stderr, warning);
            }

            foreach (var document in input.Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).Where(d => !written.Contains(d.Id)))
            {
                // An article the clusterer left out stands alone rather than vanishing from the output.
                Write([document.Id]);
                stories++;
            }

            if (path is not null)
            {
                context.Stdout.WriteLine($"{input.Documents.Count} articles in {stories} stories written to {path}.");
            }

            return input.ExitCode;
        }));
        return command;
    }

    private static string Field(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
