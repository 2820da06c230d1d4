using System.CommandLine;
using Storyline.Cli.Rendering;

namespace Storyline.Cli.Commands;

/// <summary>`storyline show STORY-ID [--db FILE] [--json]`: one stored story, readable or as its contract JSON.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("story-id") { Description = "A story id from 'storyline stories', or an unambiguous prefix of it." };
        var db = CommonOptions.Database(withDefault: true);
        var json = new Option<bool>("--json") { Description = "Print the story's contract JSON, exactly as 'digest --json' gives it." };
        var command = new Command("show", "Print one stored story's brief.") { id, db, json };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var storyId = parsed.GetValue(id) ?? string.Empty;
            using var store = StoryJson.OpenExisting(parsed.GetValue(db) ?? CommonOptions.DefaultDatabase);
            var text = store.StoryJson(storyId) ?? throw new CommandFailedException(storyId, "no such story (or the prefix matches several)");
            if (parsed.GetValue(json))
            {
                context.Stdout.WriteLine(text);
            }
            else
            {
                TerminalReport.Write(context.Stdout, StoryJson.ReadStory(text), 1, 1);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
