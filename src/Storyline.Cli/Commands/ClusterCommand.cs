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
/// written when it retires, and the input is taken in batches
/// (<see cref="Storyline.Clustering.ClusteringOptions.MaxBatchArticles"/>; a longer input is put in time order
/// through a spool file first), so the command holds a batch, the active pool and an id per article rather than
/// the whole input.
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
            var input = new InputStream(context, parsed.GetValue(paths) ?? []);
            var path = parsed.GetValue(output);
            // Opened with the first line, so a run that reads nothing leaves no empty file behind.
            StreamWriter? file = null;
            void Line(string sourceId, string storyId) =>
                (path is null ? context.Stdout : file ??= new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                    .Write($"{Field(sourceId)}\t{storyId}\n");

            // Source ids of the articles not written yet, and the story of each article written (for a
            // copy of it that comes later): an id per article rather than the articles themselves.
            var pending = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            void Write(IReadOnlyList<string> story)
            {
                var storyId = ContentId.ForStory(story);
                foreach (var articleId in story)
                {
                    if (!pending.Remove(articleId, out var sources))
                    {
                        continue;
                    }

                    storyOf[articleId] = storyId;
                    foreach (var source in sources)
                    {
                        Line(source, storyId);
                    }
                }
            }

            IEnumerable<RawDocument> Track(IEnumerable<RawDocument> documents)
            {
                foreach (var document in documents)
                {
                    if (storyOf.TryGetValue(document.Id, out var storyId))
                    {
                        Line(document.SourceId, storyId);
                    }
                    else if (pending.TryGetValue(document.Id, out var sources))
                    {
                        sources.Add(document.SourceId);
                    }
                    else
                    {
                        pending[document.Id] = [document.SourceId];
                        yield return document;
                    }
                }
            }

            try
            {
                var warnings = new List<string>();
                var stories = CliProgress.Run(context, CommonOptions.IsQuiet(parsed),
                    progress => new StorylinePipeline().GroupInto(Track(input.Documents()), Write, progress, warnings.Add));
                foreach (var warning in warnings)
                {
                    CliErrors.Warn(context.Stderr, warning);
                }

                // An article the clusterer left out stands alone rather than vanishing from the output.
                foreach (var articleId in pending.Keys.ToList())
                {
                    Write([articleId]);
                    stories++;
                }

                if (path is not null && input.Count > 0)
                {
                    context.Stdout.WriteLine($"{input.Count} articles in {stories} stories written to {path}.");
                }
            }
            finally
            {
                file?.Dispose();
            }

            return input.ExitCode;
        }));
        return command;
    }

    private static string Field(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
