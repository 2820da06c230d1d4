using System.Diagnostics;

namespace Storyline.Tests.Web;

public sealed class WatchTests
{
    [Fact]
    public async Task Watch_FilesAppearing_AreIngestedOnceAndServed()
    {
        await using var host = await WebHost.StartAsync(withSamples: false, watch: "inbox");
        var samples = Directory.GetFiles(Path.Combine(Support.SharedData.RepoRoot, "samples"), "*.txt", SearchOption.AllDirectories);
        foreach (var file in samples)
        {
            File.Copy(file, host.Dir.Combine(Path.Combine("inbox", Path.GetFileName(Path.GetDirectoryName(file)!) + "-" + Path.GetFileName(file))));
        }

        await WaitUntil(() => host.Gate.Current.Articles.Count == samples.Length);

        // Touching a file again must not add anything: content ids make a second read a no-op.
        File.SetLastWriteTimeUtc(host.Dir.Combine(Path.Combine("inbox", Path.GetFileName(Path.GetDirectoryName(samples[0])!) + "-" + Path.GetFileName(samples[0]))), DateTime.UtcNow);
        await Task.Delay(1000);
        Assert.Equal(samples.Length, host.Gate.With(s => s.Documents()).Count);
        var home = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.All(host.Gate.Current.Stories, s => Assert.Contains("/story/" + s.Id, home, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_FileWrittenWithPauses_EndsAsOneDocumentOfTheWholeFile()
    {
        await using var host = await WebHost.StartAsync(withSamples: false, watch: "inbox");
        var path = host.Dir.Combine(Path.Combine("inbox", "slow.txt"));
        const string First = "Harbour lights restored after storm\n\nThe harbour authority said on Tuesday that every navigation light in the outer harbour works again.";
        const string Rest = "\n\nEngineers replaced eleven lamps and two solar panels after the storm, the authority said on Wednesday.";
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync(First);
            await writer.FlushAsync();
            // A pause past the debounce: the watcher may read the file as it is now.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await writer.WriteAsync(Rest);
        }

        // The store drops the partial read before the served view is rebuilt without it: wait for both.
        await WaitUntil(() => host.Gate.Current.Articles.Values.Any(a => a.Article.Text.Contains("solar panels", StringComparison.Ordinal))
            && host.Gate.With(s => s.Documents()).Count == 1
            && host.Gate.Current.Articles.Count == 1);
        var document = Assert.Single(host.Gate.With(s => s.Documents()));
        Assert.Contains("solar panels", document.Content, StringComparison.Ordinal);
        Assert.Single(host.Gate.Current.Articles);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "timed out waiting for the watched folder to be ingested");
            await Task.Delay(100);
        }
    }
}
