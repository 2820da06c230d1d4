using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Web.Api;

/// <summary>
/// Turns the body of <c>POST /api/articles</c> into documents: a JSON object in the ingest contract
/// (the fields of a JSON Lines line), an array of them, an HTML page or plain text. Nothing is
/// written to disk; the body is already bounded by the server's request size limit.
/// </summary>
internal static class ArticleUpload
{
    public const string Origin = "api";

    /// <summary>The documents of the body, or a one-line reason it holds none.</summary>
    public static (IReadOnlyList<RawDocument> Documents, string? Error) Parse(byte[] body, string? contentType, string? id)
    {
        if (body.Length == 0)
        {
            return ([], "empty body");
        }

        if (TextDecoder.LooksBinary(body))
        {
            return ([], "binary content; send JSON, HTML or plain text");
        }

        var text = TextDecoder.Decode(body).Text;
        var media = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        var fallbackId = id ?? "api-" + Convert.ToHexStringLower(SHA256.HashData(body))[..12];
        if (media is "application/json")
        {
            return FromJson(text, fallbackId);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], "no text in the body");
        }

        var format = media switch
        {
            "text/html" or "application/xhtml+xml" => SourceFormat.Html,
            "text/plain" => SourceFormat.Text,
            _ => FormatSniffer.Sniff(text),
        };
        return ([RawDocument.Create(text, fallbackId, Origin, format)], null);
    }

    private static (IReadOnlyList<RawDocument>, string?) FromJson(string text, string fallbackId)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return ([], "malformed JSON: " + e.Message.Split('\n')[0].Trim());
        }

        using (json)
        {
            var items = json.RootElement.ValueKind == JsonValueKind.Array
                ? json.RootElement.EnumerateArray().ToList()
                : [json.RootElement];
            var documents = new List<RawDocument>();
            for (var i = 0; i < items.Count; i++)
            {
                var origin = items.Count == 1 ? Origin : Origin + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                var id = items.Count == 1 ? fallbackId : fallbackId + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                switch (JsonLinesParser.Parse(items[i].GetRawText(), origin, id, fileName: null))
                {
                    case IngestedDocument d:
                        documents.Add(d.Document);
                        break;
                    case IngestError e:
                        return ([], e.Origin + ": " + e.Message);
                }
            }

            return documents.Count == 0 ? ([], "no articles in the JSON") : (documents, null);
        }
    }
}
