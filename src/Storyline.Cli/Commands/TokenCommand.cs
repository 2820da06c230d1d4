using System.CommandLine;
using Storyline.Web.Security;

namespace Storyline.Cli.Commands;

/// <summary>`storyline token [--db FILE]`: replaces the server's write token and prints the new one once.</summary>
internal static class TokenCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database(withDefault: true);
        var command = new Command("token", "Make a new write token for the server (the old one stops working); printed once, stored hashed.") { db };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            using var store = StoryJson.OpenExisting(parsed.GetValue(db) ?? CommonOptions.DefaultDatabase);
            context.Stdout.WriteLine(WriteToken.Rotate(store));
            return ExitCodes.Success;
        }));
        return command;
    }
}
