namespace Storyline.Tests.Support;

/// <summary>
/// Golden files for outputs a person reads: the expected text lives beside the test in the source
/// tree; STORYLINE_UPDATE_GOLDEN=1 rewrites it from the actual output (review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Storyline.Tests", relativePath);
        if (Environment.GetEnvironmentVariable("STORYLINE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), "golden file missing: " + path + " (run with STORYLINE_UPDATE_GOLDEN=1)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
