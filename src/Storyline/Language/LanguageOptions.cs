namespace Storyline.Language;

/// <summary>Options of the Language stage. Defaults are the measured best settings.</summary>
public sealed record LanguageOptions
{
    /// <summary>The defaults.</summary>
    public static LanguageOptions Default { get; } = new();
}
