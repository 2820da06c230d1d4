using System.Text.Json;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public class StageCommandTests
{
    private static string Samples => Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Clean_OutDirText_OneFilePerInputWithCleanBody()
    {
        using var dir = new TempDir();
        var outDir = dir.Combine("out");
        var run = CliRun.Of("clean", Samples, "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        var inputs = Directory.GetFiles(Samples, "*.txt", SearchOption.AllDirectories);
        var outputs = Directory.GetFiles(outDir);
        Assert.Equal(inputs.Length, outputs.Length);
        Assert.All(outputs, o => Assert.EndsWith(".txt", o, StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.False(string.IsNullOrWhiteSpace(File.ReadAllText(o))));
    }

    [Fact]
    public void Clean_JsonToStdout_OneArticleLineEachWithRemovedAndReasons()
    {
        var run = CliRun.Of("clean", Samples, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Samples, "*.txt", SearchOption.AllDirectories).Length, lines.Length);
        foreach (var line in lines)
        {
            using var article = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Array, article.RootElement.GetProperty("removed").ValueKind);
            Assert.Equal(JsonValueKind.String, article.RootElement.GetProperty("text").ValueKind);
        }
    }

    [Fact]
    public void Clean_Stdin_BodyOnStdout()
    {
        var run = CliRun.WithStdin("A title\n\nThe body of a report.", "clean", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The body of a report.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_JsonLines_EveryIdAssignedOnce()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.jsonl", string.Join('\n',
            """{"id":"a","title":"Ferries collide","text":"Two ferries collided in Portvale harbour on Monday."}""",
            """{"id":"b","title":"Harbour crash","text":"A ferry collision in Portvale injured twelve."}""",
            """{"id":"c","title":"Lander","text":"A lunar lander touched down near the south pole."}""",
            "{not json"));
        var output = dir.Combine("assignments.tsv");

        var run = CliRun.Of("cluster", input, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("in.jsonl:4", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        var rows = File.ReadAllLines(output).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["a", "b", "c"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(2, r.Length));
        Assert.All(rows, r => Assert.StartsWith("s", r[1], StringComparison.Ordinal));
    }

    [Fact]
    public void Cluster_NothingReadable_OneErrorAndNoOutputFile()
    {
        using var dir = new TempDir();
        var input = dir.Write("bad.jsonl", "{not json\n");
        var output = dir.Combine("assignments.tsv");

        var run = CliRun.Of("cluster", input, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.jsonl:1", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Cluster_DegenerateArticles_EveryReadableLineAssignedAndEachReservationOneLine()
    {
        using var dir = new TempDir();
        const string crash = "A harbour crane collapsed in Portvale on Tuesday, injuring three dock workers. The port authority opened an inquiry.";
        var input = dir.Write("odd.jsonl", string.Join('\n',
            """{"id":"empty","text":"","date":"2021-10-05"}""",
            $$"""{"id":"a","title":"Crane collapses","text":"{{crash}}","date":"2021-10-05"}""",
            $$"""{"id":"b","title":"Crane collapses","text":"{{crash}}","date":"2021-10-05"}""",
            """{"id":"title-only","title":"Crane collapses in Portvale harbour","date":"1900-01-01"}""",
            """{"id":"one-word","text":"Portvale","date":"2200-05-05"}""",
            """{"id":"greek","text":"Οι λιμενεργάτες απεργούν σήμερα μετά την κατάρρευση του γερανού.","date":"soon"}""",
            """{"id":"a","text":"A different text under a repeated id about a lunar lander."}"""));
        var output = dir.Combine("assignments.tsv");

        var run = CliRun.Of("cluster", input, "--out", output);

        Assert.Equal(1, run.ExitCode);
        var rows = File.ReadAllLines(output).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["a", "a", "b", "greek", "one-word", "title-only"], rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        var storyOf = rows.ToLookup(r => r[0], r => r[1]);
        Assert.Contains(storyOf["b"].Single(), storyOf["a"]);
        Assert.Equal(2, storyOf["a"].Distinct().Count());

        // One line for each reservation, each naming its line of the input: the empty text (an error),
        // the title read as text, the unreadable date, the repeated id, and the two absurd dates.
        Assert.All(run.StderrLines, l => Assert.Matches(@"odd\.jsonl:\d+: ", l));
        foreach (var line in new[] { 1, 4, 5, 6, 7 })
        {
            Assert.Contains(run.StderrLines, l => l.Contains($"odd.jsonl:{line}: ", StringComparison.Ordinal));
        }

        Assert.Equal(2, run.StderrLines.Count(l => l.Contains("implausible", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cluster_EventsMonthsApart_SameAssignmentsAsTheBatchGroupingStoryByStory()
    {
        // Events months apart: the early stories retire from the clusterer's pool and are written as they go.
        using var dir = new TempDir();
        var input = dir.Write("in.jsonl", string.Join('\n',
            """{"id":"f1","date":"2021-01-10","title":"Ferries collide in Portvale","text":"Two ferries collided in Portvale harbour on Monday, injuring twelve passengers."}""",
            """{"id":"l1","date":"2021-01-11","title":"Lunar lander","text":"A lunar lander touched down near the south pole of the Moon."}""",
            """{"id":"f2","date":"2021-01-12","title":"Portvale ferry crash","text":"The Portvale ferry collision injured twelve passengers, the harbour master said."}""",
            """{"id":"r1","date":"2021-05-20","title":"Kellbrook flood","text":"The river Kell burst its banks in Kellbrook; rescue teams evacuated 3,200 people."}""",
            """{"id":"r2","date":"2021-05-21","title":"Flood in Kellbrook","text":"Rescue teams moved 3,200 people from Kellbrook as the Kell flooded the valley."}""",
            """{"id":"c1","date":"2021-11-02","title":"Brandt wins chess title","text":"Orlan Brandt won the Quillby Open chess title after a long final game."}""",
            """{"id":"f1","date":"2021-01-10","title":"Ferries collide in Portvale","text":"Two ferries collided in Portvale harbour on Monday, injuring twelve passengers."}""",
            """{"id":"c2","date":"2021-11-03","title":"Quillby Open chess","text":"Brandt took the Quillby Open chess title in the final game on Sunday."}"""));
        var output = dir.Combine("assignments.tsv");

        var run = CliRun.Of("cluster", input, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var documents = new Storyline.Ingest.Ingestor(Storyline.Ingest.IngestOptions.Default, TextReader.Null).Read([input])
            .OfType<Storyline.Ingest.IngestedDocument>().Select(d => d.Document).ToList();
        var groups = new Storyline.Pipeline.StorylinePipeline().Group(documents).Groups;
        var storyOf = groups.SelectMany(g => g.Select(id => (id, story: Storyline.Documents.ContentId.ForStory(g)))).ToDictionary(x => x.id, x => x.story);
        var expected = documents.Select(d => $"{d.SourceId}\t{storyOf[d.Id]}").Order(StringComparer.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal(expected, lines.Order(StringComparer.Ordinal));
        Assert.True(groups.Count >= 3, $"{groups.Count} stories");
        // Story by story: once a story's lines end, it does not come back.
        var stories = lines.Select(l => l.Split('\t')[1]).ToList();
        var runs = stories.Where((s, i) => i == 0 || stories[i - 1] != s).ToList();
        Assert.Equal(runs.Count, runs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Summarize_ClustersWithOneBadLine_SummariesForTheRestBadLineReported()
    {
        using var dir = new TempDir();
        var input = dir.Write("clusters.jsonl", string.Join('\n',
            """{"id": 7, "documents": ["Ferries collide\n\nTwo ferries collided in Portvale harbour on Monday. Twelve passengers were injured.", "Harbour crash\n\nA ferry collision in Portvale injured twelve passengers."]}""",
            """{"id": "x", "documents": []}""",
            """{"id": "lander", "documents": ["Lander lands\n\nA lunar lander touched down near the south pole on Friday."]}"""));
        var output = dir.Combine("summaries.jsonl");

        var run = CliRun.Of("summarize", input, "--words", "40", "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("clusters.jsonl:2", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(7, first.RootElement.GetProperty("id").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(first.RootElement.GetProperty("summary").GetString()));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("lander", second.RootElement.GetProperty("id").GetString());
    }
}
