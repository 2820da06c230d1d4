namespace Storyline.Tests.Support;

/// <summary>Finds ../shared (seeds and dev data beside the repo); tests that need it skip without it.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static bool Available => Root.Value is not null;

    public static string RootDir => Root.Value ?? throw new DirectoryNotFoundException("../shared not found");

    public static string Seeds => Path.Combine(RootDir, "seeds");

    public static string Data(params string[] parts) => Path.Combine([RootDir, "data", .. parts]);

    public static IReadOnlyList<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The repository root (where Storyline.slnx is).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "seeds")))
        {
            return Path.GetFullPath(fromEnv);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared; skipped with the reason on a machine without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = "needs ../shared (seeds and dev data) beside the repository, or STORYLINE_SHARED";
        }
    }
}

/// <summary>A theory that needs ../shared; skipped with the reason on a machine without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = "needs ../shared (seeds and dev data) beside the repository, or STORYLINE_SHARED";
        }
    }
}
