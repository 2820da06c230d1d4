using System.Text.Json;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public class DigestCommandTests
{
    private static readonly string[] StoryFields = ["id", "headline", "articles", "summary", "timeline", "entities", "quotes", "facts", "discrepancies", "reused_passages"];
    private static readonly string[] ArticleFields = ["id", "file", "source", "title", "published", "language", "text", "removed", "credits"];

    [SharedDataFact]
    public void Digest_Seeds_ExitZeroJsonWithEveryContractField()
    {
        using var dir = new TempDir();
        var json = dir.Combine("out.json");
        var markdown = dir.Combine("out.md");
        var run = CliRun.Of("digest", SharedData.Seeds, "--json", json, "--markdown", markdown);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(1, doc.RootElement.GetProperty("schema").GetInt32());
        var stories = doc.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            Assert.All(StoryFields, f => Assert.True(story.TryGetProperty(f, out _), "story field " + f));
            foreach (var article in story.GetProperty("articles").EnumerateArray())
            {
                Assert.All(ArticleFields, f => Assert.True(article.TryGetProperty(f, out _), "article field " + f));
            }

            // Every headline is printed in the terminal, and the Markdown names every story.
            var headline = story.GetProperty("headline").GetString()!;
            Assert.Contains(headline, run.Stdout, StringComparison.Ordinal);
            Assert.Contains(story.GetProperty("id").GetString()!, File.ReadAllText(markdown), StringComparison.Ordinal);
        }

        var files = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray()).Select(a => a.GetProperty("file").GetString()).Order().ToList();
        Assert.Equal(SharedData.SeedFiles.Select(Path.GetFileName).Order(), files);
    }

    [SharedDataFact]
    public void Digest_SeedsPrint_SourcesNumberedAndSummaryCited()
    {
        var run = CliRun.Of("digest", SharedData.Seeds);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sources", run.Stdout, StringComparison.Ordinal);
        for (var n = 1; n <= SharedData.SeedFiles.Count; n++)
        {
            Assert.Contains($"[{n}]", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Digest_DirectoryWithOneBadFile_ExitOneOneStderrLineNamingIt()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "Ferries collide\n\nTwo ferries collided in the harbour on Monday.");
        dir.Write("b.txt", "Harbour crash\n\nA collision between two ferries injured passengers.");
        dir.WriteBytes("broken.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00]);
        var json = dir.Combine("out.json");

        var run = CliRun.Of("digest", dir.Path, "--json", json);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("storyline: ", line, StringComparison.Ordinal);
        Assert.Contains("broken.txt", line, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var articles = doc.RootElement.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray());
        Assert.Equal(["a.txt", "b.txt"], articles.Select(a => a.GetProperty("file").GetString()).Order());
    }

    [Fact]
    public void Digest_Stdin_ReadsOneReport()
    {
        var run = CliRun.WithStdin("Ferries collide\n\nTwo ferries collided in the harbour on Monday.", "digest", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 report", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_Samples_MarkdownCitesEverySource()
    {
        using var dir = new TempDir();
        var markdown = dir.Combine("samples.md");
        var run = CliRun.Of("digest", Path.Combine(SharedData.RepoRoot, "samples"), "--markdown", markdown, "--quiet");
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(markdown);
        Assert.StartsWith("# Storyline digest", text, StringComparison.Ordinal);
        var sampleFiles = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt", SearchOption.AllDirectories);
        Assert.All(sampleFiles, f => Assert.Contains(Path.GetFileName(f), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Digest_HtmlOption_WritesSelfContainedEscapedPage()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "Harbour bridge to close\n\nThe council said the <script>alert(1)</script> bridge closes in May.");
        dir.Write("b.txt", "Bridge closure confirmed\n\nThe council confirmed the bridge closes in May for repairs.");
        var page = dir.Combine("out.html");
        var run = CliRun.Of("digest", dir.Path, "--html", page, "--quiet");
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("a.txt", html, StringComparison.Ordinal);
        Assert.Contains("b.txt", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("digest")]
    [InlineData("digest", "x", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("clean", "x", "--format", "xml")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("summarize", "x", "--words", "0")]
    public void Run_UsageError_ExitTwoOneLineFirst(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("storyline: usage: ", run.StderrLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_MissingPath_ExitOneNoStackTrace()
    {
        var run = CliRun.Of("digest", "/no/such/path/anywhere");
        Assert.True(run.ExitCode == 1, run.Stderr);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("/no/such/path/anywhere", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_JsonToUnwritablePath_OneLineErrorExitOne()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "Title\n\nBody of a report.");
        var run = CliRun.Of("digest", dir.Path, "--json", dir.Combine("no/such/dir/out.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.StderrLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
