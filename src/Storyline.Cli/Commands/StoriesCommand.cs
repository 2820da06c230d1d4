using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>`storyline stories [--db FILE]`: a table of the stored stories.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database(withDefault: true);
        var command = new Command("stories", "List the stored stories: id, headline, articles, outlets, dates.") { db };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var dbPath = parsed.GetValue(db) ?? CommonOptions.DefaultDatabase;
            using var store = StoryJson.OpenExisting(dbPath);
            var stories = store.Stories();
            if (stories.Count == 0)
            {
                context.Stdout.WriteLine($"No stories in {dbPath}; run 'storyline ingest PATHS --db {dbPath}'.");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("id", "headline", "articles", "outlets", "dates");
            foreach (var story in stories)
            {
                table.AddRow(
                    Markup.Escape(story.Id),
                    Markup.Escape(story.Headline),
                    story.ArticleCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", story.Outlets)),
                    Dates(story));
            }

            Console(context.Stdout).Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>A Spectre console over a writer: colours only when the writer is a terminal, plain otherwise.</summary>
    internal static IAnsiConsole Console(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    private static string Dates(StoredStory story) => (story.FirstPublished, story.LastPublished) switch
    {
        (null, _) => "",
        ({ } first, { } last) when first != last => $"{Day(first)} – {Day(last)}",
        ({ } first, _) => Day(first),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
