using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Documents.Contract;

/// <summary>Reads and writes contract documents.</summary>
public static class ContractJson
{
    /// <summary>The contract version written in <c>"schema"</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// snake_case names, nulls written (every field is always present), non-ASCII text kept readable:
    /// the output is a data file for people and programs, never inlined into a page.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as indented JSON.</summary>
    public static string Serialize(ContractDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>One story as indented JSON.</summary>
    public static string Serialize(ContractStory story) => JsonSerializer.Serialize(story, Options);

    /// <summary>One article as indented JSON.</summary>
    public static string Serialize(ContractArticle article) => JsonSerializer.Serialize(article, Options);

    /// <summary>Reads a document; throws <see cref="JsonException"/> on malformed input.</summary>
    public static ContractDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ContractDocument>(json, Options) ?? throw new JsonException("empty contract document");
}
