namespace Storyline.Bench;

/// <summary>Finds ../shared (the dev data beside the repo) from wherever the bench runs.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it is not beside the repo.</summary>
    public static string? RootOrNull => Root.Value;

    /// <summary>The shared folder; throws a one-line error when absent.</summary>
    public static string RootDir => Root.Value ?? throw new DirectoryNotFoundException(
        "../shared not found beside the repository (set STORYLINE_SHARED to its path)");

    /// <summary>A path under shared/data.</summary>
    public static string Data(params string[] parts) => Path.Combine([RootDir, "data", .. parts]);

    /// <summary>The seeds folder.</summary>
    public static string Seeds => Path.Combine(RootDir, "seeds");

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "seeds")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
