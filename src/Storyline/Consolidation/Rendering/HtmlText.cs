using System.Net;

namespace Storyline.Consolidation.Rendering;

/// <summary>Escaping for the report: every piece of article content passes through here, so its markup never runs.</summary>
internal static class HtmlText
{
    /// <summary>Text safe in element content and in quoted attribute values.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
