using System.Globalization;
using System.Text.Json;
using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>
/// Turns one line of JSON Lines into a document: fields <c>id</c>, <c>title</c>, <c>text</c>,
/// <c>date</c>, <c>source</c>, <c>url</c>, <c>lang</c>; the news-please names <c>maintext</c>,
/// <c>date_publish</c>, <c>source_domain</c>, <c>language</c>; and names other scrapers and news
/// APIs use (<c>body</c>, <c>content</c>, <c>headline</c>, <c>published_at</c>, <c>publishedAt</c>,
/// <c>pubDate</c>, <c>domain</c>, <c>link</c>, ...), each read when the earlier names are absent.
/// Unknown fields are ignored.
/// </summary>
internal static class JsonLinesParser
{
    private static readonly string[] IdNames = ["id", "article_id", "doc_id", "uuid"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] TextNames = ["text", "maintext", "body", "content", "article"];
    private static readonly string[] DateNames = ["date", "date_publish", "published", "published_at", "publishedAt", "pubDate", "datetime"];
    private static readonly string[] SourceNames = ["source", "source_domain", "outlet", "domain", "site", "publisher"];
    private static readonly string[] UrlNames = ["url", "link"];
    private static readonly string[] LanguageNames = ["lang", "language"];

    /// <summary>Parses a line; <paramref name="origin"/> is "file:line", <paramref name="fallbackId"/> names an article without id.</summary>
    public static IngestItem Parse(string line, string origin, string fallbackId, string? fileName)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new IngestError(origin, "malformed JSON: " + WithoutPosition(FirstLine(e.Message)));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new IngestError(origin, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var warnings = new List<string>();
            var title = Blank(Field(root, TitleNames));
            var text = Field(root, TextNames);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (title is null)
                {
                    return new IngestError(origin, "no article text (fields \"text\", \"maintext\", \"body\" or \"content\" missing or empty)");
                }

                // A feed item often carries only its headline; that still says which story it belongs to.
                text = title;
                warnings.Add("no article text; read from the title alone");
            }

            var rawDate = Blank(Field(root, DateNames));
            var published = DateParsing.Parse(rawDate);
            if (rawDate is not null && published is null)
            {
                warnings.Add($"date \"{Shorten(rawDate)}\" not understood; read as undated");
            }

            var hints = new DocumentHints(
                Title: title,
                Published: published,
                Source: Blank(Field(root, SourceNames)),
                Url: Blank(Field(root, UrlNames)),
                Language: Blank(Field(root, LanguageNames)));
            var id = Blank(Field(root, IdNames)) ?? fallbackId;
            return new IngestedDocument(RawDocument.Create(text, id, origin, FormatSniffer.Sniff(text), hints, fileName)) { Warnings = warnings };
        }
    }

    private static string? Field(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.Object when value.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String:
                    // News APIs give the outlet as an object ({"id": ..., "name": "..."}).
                    return named.GetString();
                case JsonValueKind.Array:
                    // Some scrapers give the body as a list of paragraphs.
                    var parts = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToList();
                    if (parts.Count > 0)
                    {
                        return string.Join("\n\n", parts);
                    }

                    break;
            }
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The parser's position suffix counts within the line alone, which misleads next to "file:line".</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    /// <summary>The id of an article whose line gave none: the input's name and the line number.</summary>
    public static string FallbackId(string stem, int lineNumber) => stem + "-" + lineNumber.ToString(CultureInfo.InvariantCulture);
}
