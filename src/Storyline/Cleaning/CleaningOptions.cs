namespace Storyline.Cleaning;

/// <summary>Options of the Cleaning stage. Defaults are the measured best settings.</summary>
public sealed record CleaningOptions
{
    /// <summary>The defaults.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>
    /// A block is the outlet's template when it appears in at least this many reports of the
    /// same outlet within the batch (default 2; outlets with fewer reports learn no template).
    /// </summary>
    public int TemplateMinDocuments { get; init; } = 2;
}
