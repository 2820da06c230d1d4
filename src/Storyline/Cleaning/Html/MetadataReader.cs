using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Storyline.Cleaning.Text;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Reads page metadata. Cascade per field (first non-empty wins): JSON-LD Article/NewsArticle,
/// then Open Graph / article:* meta, then other meta names (author, date, DC.*), then visible
/// markup (h1, time, html lang, the host of the canonical URL).
/// </summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IHtmlDocument document)
    {
        var found = PageElements.Collect(document);
        var meta = found.Meta;
        var ld = JsonLdArticle.Find(found.JsonLd);
        string? Meta(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var url = ld?.Url
            ?? found.Canonical
            ?? Meta("og:url", "twitter:url");
        url = AbsoluteHttp(url);

        var title = Clean(ld?.Headline) ?? Clean(Meta("og:title", "twitter:title", "dc.title"))
            ?? Clean(found.FirstH1?.TextContent) ?? SiteTitle(document.Title);

        var byline = Clean(ld?.Author) ?? NotUrl(Clean(Meta("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")))
            ?? Clean(found.Author?.TextContent);
        if (byline is not null)
        {
            byline = BylineText.Strip(byline);
        }

        var published = ParseDate(ld?.DatePublished)
            ?? ParseDate(Meta("article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"))
            ?? ParseDate(found.Time?.GetAttribute("datetime"));

        var outlet = Clean(Meta("og:site_name")) ?? Clean(ld?.Publisher) ?? Clean(Meta("application-name"))
            ?? HostOf(url);

        var language = LanguageCode(document.DocumentElement?.GetAttribute("lang"))
            ?? LanguageCode(Meta("content-language", "og:locale", "dc.language"))
            ?? LanguageCode(ld?.Language);

        return new PageMetadata(title, byline, published, outlet, language, url);
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        // Compact forms: 20211007 and 20211007T120000.
        return value.Length >= 8 && DateTimeOffset.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed)
            ? parsed
            : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length is > 0 and < 400 ? System.Net.WebUtility.HtmlDecode(collapsed) : null;
    }

    private static string? NotUrl(string? value) =>
        value is not null && (value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://", StringComparison.Ordinal)) ? null : value;

    /// <summary>The headline part of a &lt;title&gt;: "Headline | Site" keeps the longest segment.</summary>
    private static string? SiteTitle(string? title)
    {
        var clean = Clean(title);
        if (clean is null)
        {
            return null;
        }

        var parts = clean.Split([" | ", " - ", " – ", " — ", " :: ", " » ", " · "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length <= 1 ? clean : parts.MaxBy(p => p.Length);
    }

    private static string? AbsoluteHttp(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    internal static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    internal static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim();
        var cut = code.IndexOfAny(['-', '_', ',', ';', ' ']);
        code = (cut > 0 ? code[..cut] : code).ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}

/// <summary>The Article node of a page's JSON-LD, when it has one.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? Language, string? Url)
{
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var json in scripts)
        {
            if (json.Length > 2_000_000)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(parsed.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags still answer.
            }
        }

        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement node, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(node))
        {
            return new JsonLdArticle(
                Str(node, "headline") ?? Str(node, "name"),
                Names(node, "author"),
                Str(node, "datePublished") ?? Str(node, "dateCreated"),
                Names(node, "publisher"),
                Str(node, "inLanguage"),
                Str(node, "url") ?? (node.TryGetProperty("mainEntityOfPage", out var main) ? (main.ValueKind == JsonValueKind.String ? main.GetString() : Str(main, "@id")) : null));
        }

        return node.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Article(string? t) => t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
        return type.ValueKind switch
        {
            JsonValueKind.String => Article(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && Article(t.GetString())),
            _ => false,
        };
    }

    private static string? Str(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Names(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : Str(v, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.Contains("://", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
