namespace Storyline.Consolidation;

/// <summary>Options of the Consolidation stage. Defaults are the measured best settings.</summary>
public sealed record ConsolidationOptions
{
    /// <summary>Summary length in words.</summary>
    public int SummaryWords { get; init; } = 100;

    /// <summary>The defaults.</summary>
    public static ConsolidationOptions Default { get; } = new();
}
