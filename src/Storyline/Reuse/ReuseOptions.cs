namespace Storyline.Reuse;

/// <summary>Options of the Reuse stage. Defaults are the measured best settings.</summary>
public sealed record ReuseOptions
{
    /// <summary>The defaults.</summary>
    public static ReuseOptions Default { get; } = new();
}
