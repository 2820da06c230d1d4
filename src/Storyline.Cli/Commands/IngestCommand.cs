using System.CommandLine;
using Storyline.Pipeline;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>`storyline ingest PATHS... [--db FILE]`: stores new reports, then rebuilds every story over all stored reports.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database(withDefault: true);
        var command = new Command("ingest", "Store new reports, then rebuild the stories and briefs over everything stored.") { paths, db };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var input = InputReader.Read(context, parsed.GetValue(paths) ?? []);
            var dbPath = parsed.GetValue(db) ?? CommonOptions.DefaultDatabase;
            using var store = new SqliteStoryStore(dbPath);

            // Documents are committed before the rebuild, so a later failure never loses what was read.
            var added = store.AddDocuments(input.Documents);
            var all = store.Documents();
            var result = CliProgress.Run(context, CommonOptions.IsQuiet(parsed), all.Count, progress => new StorylinePipeline().Run(all, progress));
            store.SaveStories(result.Stories, StoryJson.Writer, replaceAll: true);
            context.Stdout.WriteLine($"{added.Added} new {Plural(added.Added, "report")} stored ({added.AlreadyStored} already stored); "
                + $"{result.Stories.Length} {Plural(result.Stories.Length, "story", "stories")} over {all.Count} {Plural(all.Count, "report")} in {dbPath}.");
            return input.ExitCode;
        }));
        return command;
    }

    private static string Plural(int n, string one, string? many = null) => n == 1 ? one : many ?? one + "s";
}
