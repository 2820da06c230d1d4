namespace Storyline.Clustering;

/// <summary>Options of the Clustering stage. Defaults are the measured best settings.</summary>
public sealed record ClusteringOptions
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();
}
