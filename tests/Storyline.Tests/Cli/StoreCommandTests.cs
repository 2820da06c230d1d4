using System.Text.Json;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public class StoreCommandTests
{
    private static string Samples => Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Ingest_ThenStoriesShowSearch_AgreeWithDigestJson()
    {
        using var dir = new TempDir();
        var db = dir.Combine("s.db");
        var json = dir.Combine("digest.json");

        var ingest = CliRun.Of("ingest", Samples, "--db", db);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(string.Empty, ingest.Stderr);
        Assert.Equal(0, CliRun.Of("digest", Samples, "--json", json).ExitCode);

        using var digest = JsonDocument.Parse(File.ReadAllText(json));
        var stories = digest.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var list = CliRun.Of("stories", "--db", db);
        Assert.Equal(0, list.ExitCode);
        foreach (var story in stories)
        {
            var id = story.GetProperty("id").GetString()!;
            Assert.Contains(id, list.Stdout, StringComparison.Ordinal);

            var show = CliRun.Of("show", id, "--db", db, "--json");
            Assert.Equal(0, show.ExitCode);
            using var shown = JsonDocument.Parse(show.Stdout);
            Assert.True(JsonElement.DeepEquals(story, shown.RootElement), "show --json differs from digest --json for " + id);

            var readable = CliRun.Of("show", id, "--db", db);
            Assert.Contains(story.GetProperty("headline").GetString()!, readable.Stdout, StringComparison.Ordinal);
        }

        var word = stories[0].GetProperty("articles")[0].GetProperty("text").GetString()!
            .Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 6 && w.All(char.IsLetter));
        var search = CliRun.Of("search", word, "--db", db, "--limit", "3");
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("[", search.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SameInputsTwice_NothingNewStoriesUnchanged()
    {
        using var dir = new TempDir();
        var db = dir.Combine("s.db");
        var first = CliRun.Of("ingest", Samples, "--db", db);
        var storiesBefore = CliRun.Of("stories", "--db", db).Stdout;
        var second = CliRun.Of("ingest", Samples, "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("0 new reports stored", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(storiesBefore, CliRun.Of("stories", "--db", db).Stdout);
        Assert.Equal(0, first.ExitCode);
    }

    [Fact]
    public void Ingest_LaterInputFails_EarlierDataKept()
    {
        using var dir = new TempDir();
        var db = dir.Combine("s.db");
        dir.Write("in/a.txt", "Title A\n\nBody of report A about the harbour.");
        Assert.Equal(0, CliRun.Of("ingest", dir.Combine("in"), "--db", db).ExitCode);
        dir.WriteBytes("in2/bad.txt", [0, 0, 0, 1]);
        dir.Write("in2/b.txt", "Title B\n\nBody of report B about the harbour.");

        var run = CliRun.Of("ingest", dir.Combine("in2"), "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.txt", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.StartsWith("1 new report stored", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("over 2 reports", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_WithDb_StoriesSavedAndSearchable()
    {
        using var dir = new TempDir();
        var db = dir.Combine("d.db");
        var json = dir.Combine("d.json");
        Assert.Equal(0, CliRun.Of("digest", Samples, "--db", db, "--json", json).ExitCode);
        using var digest = JsonDocument.Parse(File.ReadAllText(json));
        var list = CliRun.Of("stories", "--db", db).Stdout;
        Assert.All(digest.RootElement.GetProperty("stories").EnumerateArray(),
            s => Assert.Contains(s.GetProperty("id").GetString()!, list, StringComparison.Ordinal));
    }

    [Fact]
    public void StoreCommands_MissingDatabase_OneLineExitOne()
    {
        using var dir = new TempDir();
        var db = dir.Combine("missing.db");
        foreach (var args in new[] { new[] { "stories", "--db", db }, ["show", "sx", "--db", db], ["search", "x", "--db", db] })
        {
            var run = CliRun.Of(args);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("missing.db", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Show_UnknownStory_OneLineExitOne()
    {
        using var dir = new TempDir();
        var db = dir.Combine("s.db");
        CliRun.Of("ingest", Samples, "--db", db);
        var run = CliRun.Of("show", "zz-no-story", "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("zz-no-story", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
