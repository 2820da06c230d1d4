namespace Storyline.Cleaning;

/// <summary>Options of the Cleaning stage. Defaults are the measured best settings.</summary>
public sealed record CleaningOptions
{
    /// <summary>The defaults.</summary>
    public static CleaningOptions Default { get; } = new();
}
