using System.CommandLine;
using System.Text;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Cli.Commands;

/// <summary>
/// `storyline cluster PATHS... [--out FILE]`: groups articles into stories with the pipeline's
/// cleaner, annotator, reuse detector and clusterer; writes <c>source-id TAB story-id</c> per input article.
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

            var grouping = CliProgress.Run(context, CommonOptions.IsQuiet(parsed), input.Documents.Count,
                progress => new StorylinePipeline().Group(input.Documents, progress));
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in grouping.Groups)
            {
                var storyId = ContentId.ForStory(group);
                foreach (var articleId in group)
                {
                    storyOf[articleId] = storyId;
                }
            }

            var tsv = new StringBuilder();
            foreach (var document in input.Documents)
            {
                // An article the clusterer left out stands alone rather than vanishing from the output.
                var storyId = storyOf.TryGetValue(document.Id, out var s) ? s : ContentId.ForStory([document.Id]);
                tsv.Append(Field(document.SourceId)).Append('\t').Append(storyId).Append('\n');
            }

            if (parsed.GetValue(output) is { } path)
            {
                File.WriteAllText(path, tsv.ToString());
                context.Stdout.WriteLine($"{input.Documents.Count} articles in {grouping.Groups.Count} stories written to {path}.");
            }
            else
            {
                context.Stdout.Write(tsv.ToString());
            }

            return input.ExitCode;
        }));
        return command;
    }

    private static string Field(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
