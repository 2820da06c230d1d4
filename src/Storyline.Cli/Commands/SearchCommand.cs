using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary>`storyline search QUERY [--db FILE] [--limit N]`: full-text search over stored article titles and text.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words that must all occur; \"quoted phrases\" and prefix* work." };
        var db = CommonOptions.Database(withDefault: true);
        var limit = new Option<int>("--limit") { Description = "Most hits to print.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search the stored articles.") { query, db, limit };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var max = parsed.GetValue(limit);
            if (max <= 0)
            {
                throw new UsageException("--limit must be at least 1");
            }

            using var store = StoryJson.OpenExisting(parsed.GetValue(db) ?? CommonOptions.DefaultDatabase);
            var hits = store.Search(parsed.GetValue(query) ?? string.Empty, max);
            if (hits.Count == 0)
            {
                context.Stdout.WriteLine("No matches.");
                return ExitCodes.Success;
            }

            foreach (var hit in hits)
            {
                var outlet = hit.Outlet is null ? string.Empty : $" ({hit.Outlet})";
                context.Stdout.WriteLine($"{hit.StoryId ?? "-"}  {hit.SourceId}: {hit.Title ?? "(untitled)"}{outlet}");
                context.Stdout.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
