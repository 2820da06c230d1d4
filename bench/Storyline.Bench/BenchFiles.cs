namespace Storyline.Bench;

/// <summary>Finds the bench's own data folders in the source tree, above wherever the bench runs from.</summary>
internal static class BenchFiles
{
    /// <summary>The folder at <paramref name="relative"/> (from the repository root) in the nearest ancestor that has it.</summary>
    public static string Directory(params string[] relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. relative]);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(string.Join('/', relative) + " not found above " + AppContext.BaseDirectory);
    }
}
