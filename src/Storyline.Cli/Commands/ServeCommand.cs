using System.CommandLine;
using Storyline.Web;

namespace Storyline.Cli.Commands;

/// <summary>`storyline serve [--db FILE] [--urls URLS] [--watch DIR]`: the web UI and JSON API over a store.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database(withDefault: true);
        db.Description = $"The SQLite store file (default ./{CommonOptions.DefaultDatabase}) or a PostgreSQL connection string (Host=...;Database=... or postgres://...).";
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (loopback by default; name another address to expose the server).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var watch = new Option<string?>("--watch") { Description = "Ingest the reports of this folder as they appear." };
        var feeds = new Option<string?>("--feeds") { Description = "Poll the RSS/Atom feeds listed in this file (one URL a line) and ingest their new items." };
        var command = new Command("serve", "Serve the stories as web pages and a JSON API (OpenAPI at /openapi/v1.json).") { db, urls, watch, feeds };
        command.SetAction(parsed => CommonOptions.Guard(context, () =>
        {
            var watchDir = parsed.GetValue(watch);
            if (watchDir is not null && !Directory.Exists(watchDir))
            {
                throw new CommandFailedException(watchDir, "no such folder to watch");
            }

            var feedsFile = parsed.GetValue(feeds);
            if (feedsFile is not null && !File.Exists(feedsFile))
            {
                throw new CommandFailedException(feedsFile, "no such feed list");
            }

            var options = new ServerOptions
            {
                DatabasePath = parsed.GetValue(db) ?? CommonOptions.DefaultDatabase,
                Urls = parsed.GetValue(urls) ?? "http://127.0.0.1:5080",
                WatchDirectory = watchDir,
                FeedsFile = feedsFile,
            };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = StorylineServer.Build(options, context.Stdout);
            }
            catch (FormatException e)
            {
                throw new CommandFailedException(feedsFile ?? "serve", e.Message);
            }

            using var disposeApp = app;
            context.Stdout.WriteLine($"serving {options.DatabasePath} on {options.Urls} (Ctrl+C stops)");
            context.Stdout.Flush();
            app.Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
