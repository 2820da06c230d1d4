namespace Storyline.Cleaning.Html;

/// <summary>Metadata a page states about itself, each field from the most trusted source that has it.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Byline">Author names.</param>
/// <param name="Published">Publication time.</param>
/// <param name="Outlet">Site or publisher name.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Url">Canonical URL.</param>
public sealed record PageMetadata(
    string? Title = null,
    string? Byline = null,
    DateTimeOffset? Published = null,
    string? Outlet = null,
    string? Language = null,
    string? Url = null);
