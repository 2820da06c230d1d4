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
